package de.kommunalmesse.chat.protocol;

import io.quarkus.websockets.next.CloseReason;

/**
 * The close codes of the chat protocol. Besides these, Quarkus closes with 1008 when the token of the
 * connection expires. {@code docs/protocol.md} lists what a client should do for each.
 */
public final class CloseCodes {

    /** A frame above the size limit (kommunalmesse.chat.max-frame-chars). */
    public static final CloseReason FRAME_TOO_LARGE = new CloseReason(1009, "frame too large");
    /** Too many invalid frames. Do not reconnect without fixing the client. */
    public static final CloseReason PROTOCOL_VIOLATION = new CloseReason(4400, "too many invalid frames");
    /** The client asked for a protocol version the server does not speak. */
    public static final CloseReason UNSUPPORTED_VERSION = new CloseReason(4406, "unsupported protocol version");
    /** No frame (not even a pong) within the idle timeout: the connection is presumed dead. */
    public static final CloseReason IDLE = new CloseReason(4408, "idle timeout");
    /** The client sent frames faster than allowed. */
    public static final CloseReason FLOODING = new CloseReason(4429, "too many frames");
    /** The client did not read fast enough; the server will not buffer more. Reconnect and resume. */
    public static final CloseReason SLOW_CONSUMER = new CloseReason(4503, "slow consumer");
    /** The handshake's token could not be verified. Get a fresh token, then reconnect. */
    public static final CloseReason AUTHENTICATION_FAILED = new CloseReason(1008, "authentication failed");
    /** The server shuts down. Reconnect (to another instance) and resume. */
    public static final CloseReason GOING_AWAY = new CloseReason(1001, "server shutting down");

    private CloseCodes() {
    }
}
