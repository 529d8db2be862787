package de.kommunalmesse.chat.delivery;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.protocol.CloseCodes;
import de.kommunalmesse.identity.Role;
import io.netty.channel.EventLoop;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** One open WebSocket connection: who is behind it, what it is subscribed to, and its flow control. */
public final class ChatSession {

    private static final Logger LOG = Logger.getLogger(ChatSession.class);

    private final WebSocketConnection connection;
    /** Direct access to the connection's channel; null where it is not available. */
    private final DirectSocket socket;
    /** The event loop that does the connection's I/O (the one it was opened on). */
    private final EventLoop eventLoop;
    private final OutboundBudget budget;
    private final Locale locale;
    private final double framesPerMilli;
    private final int frameBurst;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Set<String> dutyBooths = ConcurrentHashMap.newKeySet();
    private final Set<String> watchedBooths = ConcurrentHashMap.newKeySet();
    private final Set<Long> watchedTalks = ConcurrentHashMap.newKeySet();
    private final AtomicLong queuedChars = new AtomicLong();
    private volatile ChatUser user;
    private volatile long lastSeenMillis;
    private volatile boolean closing;
    /** A client of protocol version 1, which names booth and stage channels without their edition. */
    private volatile boolean legacy;
    /** The edition a version-1 client's channel names mean: the current one when it first needed it. */
    private volatile String legacyEdition;
    private double frameTokens;
    private long lastRefillMillis;
    private int invalidFrames;

    ChatSession(WebSocketConnection connection, ChatUser user, Locale locale, ChatConfig config,
            OutboundBudget budget, long nowMillis) {
        this.connection = connection;
        this.socket = DirectSocket.of(connection).orElse(null);
        ContextInternal context = (ContextInternal) Vertx.currentContext();
        this.eventLoop = socket != null ? socket.eventLoop() : context == null ? null : context.nettyEventLoop();
        this.budget = budget;
        this.user = user;
        this.locale = locale;
        this.framesPerMilli = config.inboundFramesPerSecond() / 1000.0;
        this.frameBurst = config.inboundFrameBurst();
        this.frameTokens = frameBurst;
        this.lastRefillMillis = nowMillis;
        this.lastSeenMillis = nowMillis;
    }

    public String id() {
        return connection.id();
    }

    /** The event loop that does the connection's I/O; null only outside an event loop (never for real). */
    EventLoop eventLoop() {
        return eventLoop;
    }

    public ChatUser user() {
        return user;
    }

    public void user(ChatUser user) {
        this.user = user;
    }

    public Locale locale() {
        return locale;
    }

    public Map<String, Subscription> subscriptions() {
        return subscriptions;
    }

    Set<String> dutyBooths() {
        return dutyBooths;
    }

    Set<String> watchedBooths() {
        return watchedBooths;
    }

    public Set<Long> watchedTalks() {
        return watchedTalks;
    }

    /** Moderators of stages see pending questions and draft polls. */
    /** Marks the connection as a protocol version 1 client (channel names without edition). */
    public void legacy(boolean legacy) {
        this.legacy = legacy;
    }

    public boolean legacy() {
        return legacy;
    }

    /** The edition a version-1 client's channel names mean, once known; null for version 2 clients. */
    public String legacyEdition() {
        return legacyEdition;
    }

    public void legacyEdition(String edition) {
        this.legacyEdition = edition;
    }

    /** The channel as the server names it: a version-1 client's booth and stage names get the edition. */
    public ChannelId qualify(ChannelId id) {
        String edition = legacyEdition;
        return legacy && edition != null ? id.withEdition(edition) : id;
    }

    /** A booth as the server names it ({@code <edition>/<slug>}); a version-1 client names only the slug. */
    public String qualifyBooth(String booth) {
        String edition = legacyEdition;
        return legacy && edition != null && booth.indexOf('/') < 0 ? edition + "/" + booth : booth;
    }

    /**
     * A frame as a version-1 client reads it: channel and booth names of its edition without the edition. Only
     * values are rewritten ({@code ":"booth:…}); a message text cannot contain that sequence, since JSON escapes
     * its quotes.
     */
    private String forClient(String frame) {
        String edition = legacyEdition;
        if (!legacy || edition == null || frame.indexOf(edition + "/") < 0) {
            return frame;
        }
        return frame.replace("\":\"booth:" + edition + "/", "\":\"booth:")
                .replace("\":\"stage:" + edition + "/", "\":\"stage:")
                .replace("\"booth\":\"" + edition + "/", "\"booth\":\"")
                .replace("\"stage\":\"" + edition + "/", "\"stage\":\"");
    }

    public boolean isStageModerator() {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.MODERATOR);
    }

    long lastSeenMillis() {
        return lastSeenMillis;
    }

    /** Any frame from the client, pongs included, shows the connection is alive. */
    public void touch(long nowMillis) {
        lastSeenMillis = nowMillis;
    }

    /**
     * Takes one frame from the connection's budget (a token bucket); false when the client floods.
     * Frames of one connection are handled one after the other, so no lock is needed.
     */
    public boolean admitFrame(long nowMillis) {
        frameTokens = Math.min(frameBurst, frameTokens + (nowMillis - lastRefillMillis) * framesPerMilli);
        lastRefillMillis = nowMillis;
        if (frameTokens < 1) {
            return false;
        }
        frameTokens -= 1;
        return true;
    }

    /** Counts an invalid frame; true when the connection has used up its tolerance. */
    public boolean invalidFrame(int tolerated) {
        return ++invalidFrames > tolerated;
    }

    /**
     * Sends a frame from any thread. Written directly when called on the connection's event loop, else
     * handed to the loop as one task (see {@link #write}).
     */
    public void send(String encoded) {
        if (closing) {
            return;
        }
        String frame = forClient(encoded);
        if (eventLoop == null) {
            sendThroughQuarkus(frame);
            return;
        }
        byte[] utf8 = frame.getBytes(StandardCharsets.UTF_8);
        EventLoop loop = eventLoop;
        if (loop.inEventLoop()) {
            if (write(utf8)) {
                flush();
            }
        } else {
            loop.execute(() -> {
                if (write(utf8)) {
                    flush();
                }
            });
        }
    }

    /**
     * Queues an encoded frame without flushing it; on the connection's event loop only. Many frames to
     * one connection (a batch of messages) then leave in one write to the network. A connection whose
     * unsent bytes would pass its share of the outbound budget is a slow consumer: it is closed (4503)
     * rather than letting its backlog grow; the client reconnects and catches up from its last seq.
     *
     * @return whether the frame was queued, i.e. a {@link #flush()} is due
     */
    boolean write(byte[] encoded) {
        if (closing) {
            return false;
        }
        byte[] utf8 = legacy && legacyEdition != null
                ? forClient(new String(encoded, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : encoded;
        if (socket == null) {
            sendThroughQuarkus(new String(utf8, StandardCharsets.UTF_8));
            return false;
        }
        long pending = socket.pendingBytes();
        if (pending < 0) {
            // Closed underneath us; the close callback cleans up
            return false;
        }
        // One large frame (a history page) may pass an empty queue; a backlog over the limit may not
        if (pending > 0 && pending + utf8.length > budget.perConnection()) {
            close(CloseCodes.SLOW_CONSUMER);
            return false;
        }
        socket.write(utf8);
        return true;
    }

    /** Whether frames go straight to the channel ({@link DirectSocket}) rather than through sendText. */
    public boolean writesDirectly() {
        return socket != null;
    }

    /** Sends what {@link #write} queued; on the connection's event loop only. */
    void flush() {
        if (socket != null) {
            socket.flush();
        }
    }

    /** The portable path, used only where the direct socket is not available (see {@link DirectSocket}). */
    private void sendThroughQuarkus(String frame) {
        long queued = queuedChars.addAndGet(frame.length());
        if (queued > budget.perConnection() && queued != frame.length()) {
            queuedChars.addAndGet(-frame.length());
            close(CloseCodes.SLOW_CONSUMER);
            return;
        }
        connection.sendText(frame).subscribe().with(
                sent -> queuedChars.addAndGet(-frame.length()),
                failure -> queuedChars.addAndGet(-frame.length()));
    }

    public void close(CloseReason reason) {
        if (closing) {
            return;
        }
        closing = true;
        connection.close(reason).subscribe().with(
                closed -> LOG.debugf("Closed chat connection %s: %s", connection.id(), reason),
                failure -> LOG.debugf("Closing chat connection %s failed: %s", connection.id(), failure.getMessage()));
    }

    boolean isOpen() {
        return !closing && connection.isOpen();
    }
}
