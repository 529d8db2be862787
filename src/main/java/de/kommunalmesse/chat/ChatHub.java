package de.kommunalmesse.chat;

import de.kommunalmesse.chat.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.ChatSession.Subscription;
import io.netty.channel.EventLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    /** Subscribers of one channel on this instance, and the channel state they need. */
    static final class LocalChannel {
        final Set<ChatSession> subscribers = ConcurrentHashMap.newKeySet();
        final SeenRevisions seen = new SeenRevisions();
        final Map<String, Long> lastPostMillis = new ConcurrentHashMap<>();
        volatile ChannelSettings settings;

        LocalChannel(ChannelSettings settings) {
            this.settings = settings;
        }
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
    private long sweeper;

    void start(@Observes StartupEvent event) {
        sweeper = vertx.setPeriodic(SWEEP_MILLIS, id -> sweep());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(sweeper);
        sessions.values().forEach(session -> session.close(CloseCodes.GOING_AWAY));
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

    void register(ChatSession session) {
        sessions.put(session.id(), session);
    }

    Optional<ChatSession> session(String connectionId) {
        return Optional.ofNullable(sessions.get(connectionId));
    }

    int connectionCount() {
        return sessions.size();
    }

    /** Forgets a closed connection everywhere; returns the booths it was on duty at. */
    Set<String> unregister(ChatSession session) {
        sessions.remove(session.id());
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
            joined.subscribers.add(session);
            return joined;
        });
    }

    void leave(ChatSession session, String channel) {
        session.subscriptions().remove(channel);
        channels.computeIfPresent(channel, (id, local) -> {
            local.subscribers.remove(session);
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

    /** Delivers a message change to the local subscribers, once per (channel, rev). */
    void deliverMessage(String channel, long rev, String frame) {
        LocalChannel local = channels.get(channel);
        if (local == null || !local.seen.firstTime(rev)) {
            return;
        }
        for (ChatSession subscriber : local.subscribers) {
            subscriber.send(frame);
        }
    }

    /** Delivers a frame to the local subscribers of a channel. */
    void deliverToChannel(String channel, String frame) {
        LocalChannel local = channels.get(channel);
        if (local != null) {
            local.subscribers.forEach(subscriber -> subscriber.send(frame));
        }
    }

    /**
     * Delivers a frame to the local subscribers of a channel with one task per event loop instead of one
     * cross-thread hand-over per connection: each loop writes to its own connections directly. For frames
     * that go to a whole audience at once (a stage's live state to thousands of viewers). The frames of one
     * connection keep their order, since everything written to it passes its loop's task queue.
     */
    void deliverToChannelBatched(String channel, String frame) {
        LocalChannel local = channels.get(channel);
        if (local == null) {
            return;
        }
        Map<EventLoop, List<ChatSession>> byLoop = new HashMap<>();
        for (ChatSession subscriber : local.subscribers) {
            EventLoop loop = subscriber.eventLoop();
            if (loop == null) {
                subscriber.send(frame);
            } else {
                byLoop.computeIfAbsent(loop, l -> new ArrayList<>()).add(subscriber);
            }
        }
        byLoop.forEach((loop, sessions) -> loop.execute(() -> sessions.forEach(session -> session.send(frame))));
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
            console.forEach(session -> session.send(frame));
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
            watching.forEach(session -> session.send(frame));
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
