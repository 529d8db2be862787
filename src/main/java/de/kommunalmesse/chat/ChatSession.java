package de.kommunalmesse.chat;

import de.kommunalmesse.chat.ChatPolicy.Access;
import de.kommunalmesse.identity.Role;
import io.quarkus.websockets.next.CloseReason;
import io.netty.channel.EventLoop;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** One open WebSocket connection: who is behind it, what it is subscribed to, and its flow control. */
public final class ChatSession {

    private static final Logger LOG = Logger.getLogger(ChatSession.class);

    /** A channel the connection receives, with what the user may do in it. */
    public record Subscription(ChannelState channel, Access access) {
    }

    private final WebSocketConnection connection;
    /** The event loop the connection lives on (null when opened off an event loop, e.g. in unit tests). */
    private final EventLoop eventLoop;
    private final Locale locale;
    private final int outboundLimit;
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
    private double frameTokens;
    private long lastRefillMillis;
    private int invalidFrames;

    ChatSession(WebSocketConnection connection, ChatUser user, Locale locale, ChatConfig config, long nowMillis) {
        this.connection = connection;
        this.eventLoop = Vertx.currentContext() instanceof ContextInternal context ? context.nettyEventLoop() : null;
        this.user = user;
        this.locale = locale;
        this.outboundLimit = config.outboundBufferBytes();
        this.framesPerMilli = config.inboundFramesPerSecond() / 1000.0;
        this.frameBurst = config.inboundFrameBurst();
        this.frameTokens = frameBurst;
        this.lastRefillMillis = nowMillis;
        this.lastSeenMillis = nowMillis;
    }

    public String id() {
        return connection.id();
    }

    EventLoop eventLoop() {
        return eventLoop;
    }

    public ChatUser user() {
        return user;
    }

    void user(ChatUser user) {
        this.user = user;
    }

    public Locale locale() {
        return locale;
    }

    Map<String, Subscription> subscriptions() {
        return subscriptions;
    }

    Set<String> dutyBooths() {
        return dutyBooths;
    }

    Set<String> watchedBooths() {
        return watchedBooths;
    }

    Set<Long> watchedTalks() {
        return watchedTalks;
    }

    /** Moderators of stages see pending questions and draft polls. */
    boolean isStageModerator() {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.MODERATOR);
    }

    long lastSeenMillis() {
        return lastSeenMillis;
    }

    /** Any frame from the client, pongs included, shows the connection is alive. */
    void touch(long nowMillis) {
        lastSeenMillis = nowMillis;
    }

    /**
     * Takes one frame from the connection's budget (a token bucket); false when the client floods.
     * Frames of one connection are handled one after the other, so no lock is needed.
     */
    boolean admitFrame(long nowMillis) {
        frameTokens = Math.min(frameBurst, frameTokens + (nowMillis - lastRefillMillis) * framesPerMilli);
        lastRefillMillis = nowMillis;
        if (frameTokens < 1) {
            return false;
        }
        frameTokens -= 1;
        return true;
    }

    /** Counts an invalid frame; true when the connection has used up its tolerance. */
    boolean invalidFrame(int tolerated) {
        return ++invalidFrames > tolerated;
    }

    /**
     * Queues a frame. A connection whose unsent frames exceed the limit is a slow consumer: it is closed
     * (4503) rather than letting its backlog grow; the client reconnects and catches up from its last seq.
     */
    public void send(String frame) {
        if (closing) {
            return;
        }
        long queued = queuedChars.addAndGet(frame.length());
        // One large frame (a history page) may pass an empty queue; a backlog over the limit may not
        if (queued > outboundLimit && queued != frame.length()) {
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
