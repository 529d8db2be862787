package de.kommunalmesse.chat;

import de.kommunalmesse.chat.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.ChatSession.Subscription;
import io.netty.channel.EventLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections of this instance and what each one receives: channel subscribers, staff consoles
 * (on duty) and presence watchers per booth. Delivery writes one pre-serialised frame to every local
 * receiver; it never blocks and never waits for a slow connection (see {@link ChatSession#send}).
 */
@ApplicationScoped
public class ChatHub {

    private static final long SWEEP_MILLIS = 5_000;

    /**
     * Subscribers of one channel on this instance, and the channel state they need. The subscribers are
     * also kept per event loop, so that a delivery does not have to sort thousands of them each time.
     */
    static final class LocalChannel {
        final Set<ChatSession> subscribers = ConcurrentHashMap.newKeySet();
        final Map<EventLoop, Set<ChatSession>> byLoop = new ConcurrentHashMap<>(4);
        /** Subscribers without a known event loop (not opened on one; not the case for real connections). */
        final Set<ChatSession> unbound = ConcurrentHashMap.newKeySet();
        final SeenRevisions seen = new SeenRevisions();
        final Map<String, Long> lastPostMillis = new ConcurrentHashMap<>();
        volatile ChannelSettings settings;

        LocalChannel(ChannelSettings settings) {
            this.settings = settings;
        }

        void add(ChatSession session) {
            subscribers.add(session);
            EventLoop loop = session.eventLoop();
            if (loop != null) {
                byLoop.computeIfAbsent(loop, l -> ConcurrentHashMap.newKeySet()).add(session);
            } else {
                unbound.add(session);
            }
        }

        void remove(ChatSession session) {
            subscribers.remove(session);
            EventLoop loop = session.eventLoop();
            if (loop != null) {
                Set<ChatSession> group = byLoop.get(loop);
                if (group != null) {
                    group.remove(session);
                }
            } else {
                unbound.remove(session);
            }
        }
    }

    /** A frame for the local subscribers of a channel, encoded once for all of them. */
    record Delivery(LocalChannel channel, byte[] utf8) {
    }

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    RateLimiter rateLimiter;

    private final Map<String, ChatSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, LocalChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Set<ChatSession>> consoles = new ConcurrentHashMap<>();
    private final Map<String, Set<ChatSession>> watchers = new ConcurrentHashMap<>();
    private final Map<Long, Set<ChatSession>> talkWatchers = new ConcurrentHashMap<>();
    private OutboundBudget budget;
    private long sweeper;

    void start(@Observes StartupEvent event) {
        budget = new OutboundBudget(config.outboundBufferBytes(), config.outboundTotalBytes());
        sweeper = vertx.setPeriodic(SWEEP_MILLIS, id -> sweep());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(sweeper);
        sessions.values().forEach(session -> session.close(CloseCodes.GOING_AWAY));
    }

    /**
     * Closes every connection with the reason, each on its own event loop so that the close frame follows
     * whatever was queued for the connection before (the acks of a drained writer).
     */
    void closeAll(CloseReason reason) {
        for (ChatSession session : sessions.values()) {
            EventLoop loop = session.eventLoop();
            if (loop == null) {
                session.close(reason);
            } else {
                loop.execute(() -> session.close(reason));
            }
        }
    }

    /** Closes connections that have been silent past the idle timeout (half-open or gone clients). */
    void sweep() {
        long now = clock.millis();
        long idleMillis = config.idleTimeout().toMillis();
        for (ChatSession session : sessions.values()) {
            if (now - session.lastSeenMillis() > idleMillis) {
                session.close(CloseCodes.IDLE);
            }
        }
        rateLimiter.forgetIdle(now);
    }

    /** The outbound memory budget that every session of this instance shares. */
    OutboundBudget budget() {
        return budget;
    }

    void register(ChatSession session) {
        if (sessions.put(session.id(), session) == null) {
            budget.opened();
        }
    }

    Optional<ChatSession> session(String connectionId) {
        return Optional.ofNullable(sessions.get(connectionId));
    }

    int connectionCount() {
        return sessions.size();
    }

    /** Forgets a closed connection everywhere; returns the booths it was on duty at. */
    Set<String> unregister(ChatSession session) {
        if (sessions.remove(session.id()) != null) {
            budget.closed();
        }
        session.subscriptions().keySet().forEach(channel -> leave(session, channel));
        session.dutyBooths().forEach(booth -> removeFrom(consoles, booth, session));
        session.watchedBooths().forEach(booth -> removeFrom(watchers, booth, session));
        session.watchedTalks().forEach(talk -> removeFrom(talkWatchers, talk, session));
        return Set.copyOf(session.dutyBooths());
    }

    void join(ChatSession session, Subscription subscription) {
        String channel = subscription.channel().id().toString();
        session.subscriptions().put(channel, subscription);
        channels.compute(channel, (id, local) -> {
            LocalChannel joined = local == null ? new LocalChannel(subscription.channel().settings()) : local;
            joined.settings = subscription.channel().settings();
            joined.add(session);
            return joined;
        });
    }

    void leave(ChatSession session, String channel) {
        session.subscriptions().remove(channel);
        channels.computeIfPresent(channel, (id, local) -> {
            local.remove(session);
            return local.subscribers.isEmpty() ? null : local;
        });
    }

    /** The settings of a channel as this instance last learned them. */
    Optional<ChannelSettings> settings(String channel) {
        return Optional.ofNullable(channels.get(channel)).map(local -> local.settings);
    }

    /**
     * Slow mode: records a post of the user in the channel unless the previous one is too recent; returns
     * 0 when allowed, else the milliseconds to wait. Kept per instance, like the rate limit.
     */
    long slowModeWait(String channel, String username, int slowModeSeconds, long nowMillis) {
        LocalChannel local = channels.get(channel);
        if (local == null || slowModeSeconds <= 0) {
            return 0;
        }
        long[] wait = { 0 };
        local.lastPostMillis.compute(username, (user, last) -> {
            long earliest = last == null ? 0 : last + slowModeSeconds * 1000L;
            if (nowMillis < earliest) {
                wait[0] = earliest - nowMillis;
                return last;
            }
            return nowMillis;
        });
        return wait[0];
    }

    /**
     * Delivers stored message changes to the local subscribers, each once per (channel, rev). All changes
     * of one writer batch go to each event loop as one task for all the subscribers it serves, and each
     * connection is flushed once per task. Written from the caller's thread (the message writer), every
     * single write would be handed over to its loop on its own, which for a stage channel's thousands of
     * subscribers was most of the fan-out's cost (found with bench/chat). One loop runs its tasks in order,
     * so a subscriber still gets a message after the ack queued before it, and the changes of a channel
     * in the order of their revisions.
     *
     * @param changes (channel, rev, frame) of each change, in the order they were stored
     */
    void deliverMessages(List<MessageFrame> changes) {
        List<Delivery> deliveries = new ArrayList<>(changes.size());
        for (MessageFrame change : changes) {
            LocalChannel local = channels.get(change.channel());
            if (local != null && local.seen.firstTime(change.rev())) {
                deliveries.add(new Delivery(local, change.frame().getBytes(StandardCharsets.UTF_8)));
            }
        }
        deliverPerEventLoop(deliveries);
    }

    /** One stored change of a channel and its {@code message} frame. */
    record MessageFrame(String channel, long rev, String frame) {
    }

    /** Delivers a frame to the local subscribers of a channel. */
    void deliverToChannel(String channel, String frame) {
        LocalChannel local = channels.get(channel);
        if (local != null) {
            deliverPerEventLoop(List.of(new Delivery(local, frame.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /**
     * Writes frames to the subscribers of their channels with one task per event loop: each loop writes to
     * its own connections directly and flushes each of them once, however many frames it got.
     */
    private static void deliverPerEventLoop(List<Delivery> deliveries) {
        Set<EventLoop> loops = new HashSet<>(4);
        for (Delivery delivery : deliveries) {
            loops.addAll(delivery.channel().byLoop.keySet());
            for (ChatSession subscriber : delivery.channel().unbound) {
                subscriber.send(new String(delivery.utf8(), StandardCharsets.UTF_8));
            }
        }
        for (EventLoop loop : loops) {
            loop.execute(() -> {
                List<ChatSession> written = new ArrayList<>();
                for (Delivery delivery : deliveries) {
                    writeAll(delivery.channel().byLoop.get(loop), delivery.utf8(), written);
                }
                // A connection in several of the batch's channels is flushed more than once, which costs nothing
                written.forEach(ChatSession::flush);
            });
        }
    }

    /**
     * Writes one frame to some connections (e.g. the audience of a talk) with one task per event loop,
     * like a channel's delivery.
     */
    void deliverToEach(Collection<ChatSession> receivers, String frame) {
        byte[] utf8 = frame.getBytes(StandardCharsets.UTF_8);
        Map<EventLoop, List<ChatSession>> byLoop = new HashMap<>(4);
        for (ChatSession receiver : receivers) {
            EventLoop loop = receiver.eventLoop();
            if (loop == null) {
                receiver.send(frame);
            } else {
                byLoop.computeIfAbsent(loop, l -> new ArrayList<>()).add(receiver);
            }
        }
        byLoop.forEach((loop, group) -> loop.execute(() -> {
            List<ChatSession> written = new ArrayList<>(group.size());
            writeAll(group, utf8, written);
            written.forEach(ChatSession::flush);
        }));
    }

    /** On the receivers' event loop: queues the frame for each of them and notes who needs a flush. */
    private static void writeAll(Collection<ChatSession> receivers, byte[] utf8, List<ChatSession> written) {
        if (receivers == null) {
            return;
        }
        for (ChatSession receiver : receivers) {
            if (receiver.write(utf8)) {
                written.add(receiver);
            }
        }
    }

    void updateSettings(String channel, ChannelSettings settings, String frame, Consumer<ChatSession> lostAccess) {
        LocalChannel local = channels.get(channel);
        if (local == null) {
            return;
        }
        local.settings = settings;
        for (ChatSession subscriber : local.subscribers) {
            if (subscriber.user().isAnonymous() && !settings.anonymousRead()) {
                lostAccess.accept(subscriber);
            } else {
                subscriber.send(frame);
            }
        }
    }

    /** The local connections of a user. */
    Collection<ChatSession> sessionsOf(String username) {
        return sessions.values().stream().filter(s -> username.equals(s.user().username())).toList();
    }

    void goOnDuty(ChatSession session, String booth) {
        session.dutyBooths().add(booth);
        consoles.computeIfAbsent(booth, b -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void goOffDuty(ChatSession session, String booth) {
        session.dutyBooths().remove(booth);
        removeFrom(consoles, booth, session);
    }

    void deliverToConsole(String booth, String frame) {
        Set<ChatSession> console = consoles.get(booth);
        if (console != null) {
            deliverToEach(console, frame);
        }
    }

    void watch(ChatSession session, String booth) {
        session.watchedBooths().add(booth);
        watchers.computeIfAbsent(booth, b -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unwatch(ChatSession session, String booth) {
        session.watchedBooths().remove(booth);
        removeFrom(watchers, booth, session);
    }

    Set<String> watchedBooths() {
        return Set.copyOf(watchers.keySet());
    }

    void deliverToWatchers(String booth, String frame) {
        Set<ChatSession> watching = watchers.get(booth);
        if (watching != null) {
            deliverToEach(watching, frame);
        }
    }

    void watchTalk(ChatSession session, long talkId) {
        session.watchedTalks().add(talkId);
        talkWatchers.computeIfAbsent(talkId, t -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unwatchTalk(ChatSession session, long talkId) {
        session.watchedTalks().remove(talkId);
        removeFrom(talkWatchers, talkId, session);
    }

    /**
     * The local connections that follow a talk: subscribers of its stage's channel and watchers of the talk,
     * each once.
     */
    Set<ChatSession> talkAudience(String stageChannel, long talkId) {
        Set<ChatSession> audience = new HashSet<>();
        LocalChannel local = channels.get(stageChannel);
        if (local != null) {
            audience.addAll(local.subscribers);
        }
        Set<ChatSession> watching = talkWatchers.get(talkId);
        if (watching != null) {
            audience.addAll(watching);
        }
        return audience;
    }

    /** Connections on this instance per channel of one kind, e.g. {@code stage}: key → subscribers. */
    Map<String, Integer> subscriberCounts(ChannelId.Kind kind) {
        String prefix = kind.prefix() + ":";
        Map<String, Integer> counts = new HashMap<>();
        channels.forEach((channel, local) -> {
            if (channel.startsWith(prefix)) {
                counts.put(channel.substring(prefix.length()), local.subscribers.size());
            }
        });
        return counts;
    }

    /** Connections on this instance subscribed to the channel. */
    int subscriberCount(String channel) {
        LocalChannel local = channels.get(channel);
        return local == null ? 0 : local.subscribers.size();
    }

    private static <K> void removeFrom(Map<K, Set<ChatSession>> registry, K booth, ChatSession session) {
        registry.computeIfPresent(booth, (b, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Which revisions of a channel were delivered already, for the last {@value #WINDOW} revisions: an event
     * that reaches the instance twice (its own publication and the Redis echo) is delivered once.
     */
    static final class SeenRevisions {
        static final int WINDOW = 1024;
        private final boolean[] seen = new boolean[WINDOW];
        private long max;

        synchronized boolean firstTime(long rev) {
            if (rev > max) {
                for (long r = Math.max(max + 1, rev - WINDOW + 1); r < rev; r++) {
                    seen[(int) (r % WINDOW)] = false;
                }
                seen[(int) (rev % WINDOW)] = true;
                max = rev;
                return true;
            }
            if (rev <= max - WINDOW) {
                return false;
            }
            int slot = (int) (rev % WINDOW);
            if (seen[slot]) {
                return false;
            }
            seen[slot] = true;
            return true;
        }
    }
}
