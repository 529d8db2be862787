package de.kommunalmesse.chat.delivery;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.websockets.next.runtime.WebSocketConnectionBase;
import io.vertx.core.http.impl.WebSocketInternal;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Writes already encoded text frames straight to a connection's Netty channel. The chat sends the same
 * frame to thousands of connections; {@code WebSocketConnection.sendText} would encode it once per
 * connection and wrap every write in a Mutiny {@code Uni} with context propagation, which bench/chat
 * measured as most of the fan-out's cost. Here a frame is encoded once, every connection gets a
 * wrapper around the same bytes, and frames to one connection are flushed together.
 * <p>
 * Quarkus does not expose the Vert.x WebSocket behind a connection, so it is read once per connection
 * through the package-private {@code WebSocketConnectionBase.webSocket()} and the wrapper Vert.x Web puts
 * around it; everything after that is public Vert.x and Netty API. Where that method is missing (another Quarkus version) the session falls back to
 * {@code sendText}, and {@code ChatSocketTest.framesGoStraightToTheConnectionsSocket} fails, so an upgrade cannot silently lose the fast path.
 * All methods but {@link #of} run on the connection's event loop.
 */
public final class DirectSocket {

    private static final Logger LOG = Logger.getLogger(DirectSocket.class);
    private static final Method WEB_SOCKET = webSocketAccessor();

    private final WebSocketInternal webSocket;
    private final ChannelHandlerContext context;
    private final Channel channel;

    private DirectSocket(WebSocketInternal webSocket, ChannelHandlerContext context) {
        this.webSocket = webSocket;
        this.context = context;
        this.channel = context.channel();
    }

    /** The direct socket of a connection, if this Quarkus version allows it. */
    static Optional<DirectSocket> of(WebSocketConnection connection) {
        if (WEB_SOCKET == null) {
            return Optional.empty();
        }
        try {
            if (unwrap(WEB_SOCKET.invoke(connection)) instanceof WebSocketInternal internal
                    && internal.channelHandlerContext() != null) {
                return Optional.of(new DirectSocket(internal, internal.channelHandlerContext()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("No direct socket for chat connection %s: %s", connection.id(), e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether connections of this Quarkus version can be written to directly. */
    public static boolean available() {
        return WEB_SOCKET != null;
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    /** Bytes written but not yet taken by the network; -1 when the connection is closed or closing. */
    long pendingBytes() {
        if (!channel.isActive() || webSocket.isClosed()) {
            return -1;
        }
        ChannelOutboundBuffer outbound = channel.unsafe().outboundBuffer();
        return outbound == null ? -1 : outbound.totalPendingWriteBytes();
    }

    /** Queues one text frame; the bytes are shared with the other receivers and must not change. */
    void write(byte[] utf8) {
        context.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8)), context.voidPromise());
    }

    void flush() {
        context.flush();
    }

    /**
     * The Vert.x WebSocket itself: Vert.x Web hands Quarkus a {@code ServerWebSocketWrapper} (with the
     * request's host and scheme) around it, whose {@code delegate} is read here.
     */
    private static Object unwrap(Object webSocket) throws ReflectiveOperationException {
        Object current = webSocket;
        for (int depth = 0; depth < 3 && current != null && !(current instanceof WebSocketInternal); depth++) {
            Field delegate = current.getClass().getDeclaredField("delegate");
            delegate.setAccessible(true);
            current = delegate.get(current);
        }
        return current;
    }

    private static Method webSocketAccessor() {
        try {
            Method method = WebSocketConnectionBase.class.getDeclaredMethod("webSocket");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Chat frames go through WebSocketConnection.sendText (slower): %s", e.getMessage());
            return null;
        }
    }
}
