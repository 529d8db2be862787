package de.kommunalmesse.chat.delivery;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatEvent.ConversationChanged;
import de.kommunalmesse.chat.ChatEvent.MessagesStored;
import de.kommunalmesse.chat.ChatEvent.SanctionImposed;
import de.kommunalmesse.chat.ChatEvent.SettingsChanged;
import de.kommunalmesse.chat.ChatEvent.StoredMessage;
import de.kommunalmesse.chat.ChatEvent.UserNotice;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.SanctionKind;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.MessageEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.NotificationEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.SettingsEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unsubscribed;
import de.kommunalmesse.chat.protocol.CloseCodes;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.channel.EventLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections of this instance and what each one receives: channel subscribers, staff consoles
 * (on duty) and presence watchers per booth. Delivery writes one pre-serialised frame to every local
 * receiver; it never blocks and never waits for a slow connection (see {@link ChatSession#send}).
 */
@ApplicationScoped
public class ChatHub {

    private static final long SWEEP_MILLIS = 5_000;

    /** Subscribers of one channel on this instance, by event loop, and the revisions delivered to them. */
    static final class LocalChannel {
        final LoopGroups<ChatSession> subscribers = new LoopGroups<>();
        final SeenRevisions seen = new SeenRevisions();
    }

    /**
     * A frame for the local subscribers of a channel, encoded once for all of them; {@code acceptedAt} is
     * when the change was accepted, for stored messages (else null).
     */
    record Delivery(LocalChannel channel, byte[] utf8, Instant acceptedAt) {
    }

    @Inject
    ChatConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    FrameEncoder frames;

    @Inject
    MeterRegistry registry;

    /** Every open connection of this instance, by connection id (all closed with 1001 in {@link #stop}). */
    private final Map<String, ChatSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, LocalChannel> channels = new ConcurrentHashMap<>();
    private final Map<String, Set<ChatSession>> consoles = new ConcurrentHashMap<>();
    private final Map<String, Set<ChatSession>> watchers = new ConcurrentHashMap<>();
    private final Map<Long, Set<ChatSession>> talkWatchers = new ConcurrentHashMap<>();
    private final Set<ChatSession> dashboardWatchers = ConcurrentHashMap.newKeySet();
    private OutboundBudget budget;
    private long sweeper;
    private Timer deliveryLatency;

    void start(@Observes StartupEvent event) {
        budget = new OutboundBudget(config.outboundBufferBytes(), config.outboundTotalBytes());
        deliveryLatency = Timer.builder("kommunalmesse.chat.delivery.latency")
                .description("From a chat change accepted by the instance that stored it to its frame written to"
                        + " the sockets of one event loop of this instance")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
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
    public void closeAll(CloseReason reason) {
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
    }

    /**
     * A connection opened: its session joins this instance's sessions, sharing the outbound memory budget
     * with all of them.
     */
    public ChatSession open(WebSocketConnection connection, ChatUser user, Locale locale) {
        ChatSession session = new ChatSession(connection, user, locale, config, budget, clock.millis());
        if (sessions.put(session.id(), session) == null) {
            budget.opened();
        }
        return session;
    }

    public Optional<ChatSession> session(String connectionId) {
        return Optional.ofNullable(sessions.get(connectionId));
    }

    /** How many connections this instance holds. */
    public int connectionCount() {
        return sessions.size();
    }

    /** Forgets a closed connection everywhere; returns the booths it was on duty at. */
    public Set<String> unregister(ChatSession session) {
        if (sessions.remove(session.id()) != null) {
            budget.closed();
        }
        session.subscriptions().keySet().forEach(channel -> leave(session, channel));
        session.dutyBooths().forEach(booth -> removeFrom(consoles, booth, session));
        session.watchedBooths().forEach(booth -> removeFrom(watchers, booth, session));
        session.watchedTalks().forEach(talk -> removeFrom(talkWatchers, talk, session));
        dashboardWatchers.remove(session);
        return Set.copyOf(session.dutyBooths());
    }

    public void join(ChatSession session, Subscription subscription) {
        String channel = subscription.channel().id().toString();
        session.subscriptions().put(channel, subscription);
        channels.compute(channel, (id, local) -> {
            LocalChannel joined = local == null ? new LocalChannel() : local;
            joined.subscribers.add(session, session.eventLoop());
            return joined;
        });
    }

    public void leave(ChatSession session, String channel) {
        session.subscriptions().remove(channel);
        channels.computeIfPresent(channel, (id, local) -> {
            local.subscribers.remove(session, session.eventLoop());
            return local.subscribers.isEmpty() ? null : local;
        });
    }

    /**
     * Delivers stored message changes to the local subscribers, each once per (channel, rev), each frame
     * encoded once for all receivers. All changes of one writer batch go to each event loop as one task
     * for all the subscribers it serves, and each connection is flushed once per task. Written from the
     * caller's thread (the message writer), every single write would be handed over to its loop on its
     * own, which for a stage channel's thousands of subscribers was most of the fan-out's cost (found with
     * bench/chat). One loop runs its tasks in order, so a subscriber still gets a message after the ack
     * queued before it, and the changes of a channel in the order of their revisions.
     */
    void messagesStored(@Observes MessagesStored event) {
        List<StoredMessage> changes = event.messages();
        List<Delivery> deliveries = new ArrayList<>(changes.size());
        for (StoredMessage change : changes) {
            LocalChannel local = channels.get(change.channel());
            if (local != null && local.seen.firstTime(change.message().rev())) {
                deliveries.add(new Delivery(local, frames.utf8(new MessageEvent(change.channel(), change.message())),
                        change.acceptedAt()));
            }
        }
        deliverPerEventLoop(deliveries);
    }

    /** A conversation changed: its channel's subscribers and the booth's staff on duty learn it. */
    void conversationChanged(@Observes ConversationChanged event) {
        String frame = frames.json(new ConversationEvent(event.conversation(), event.lastSeq()));
        deliverToChannel(event.conversation().channel(), frame);
        deliverToConsole(event.conversation().booth(), frame);
    }

    /** New settings of a channel: subscribers get them, anonymous ones lose the channel when it closes to them. */
    void settingsChanged(@Observes SettingsChanged event) {
        LocalChannel local = channels.get(event.channel());
        if (local == null) {
            return;
        }
        String frame = frames.json(new SettingsEvent(event.channel(), event.settings()));
        for (ChatSession subscriber : local.subscribers.all()) {
            if (subscriber.user().isAnonymous() && !event.settings().anonymousRead()) {
                removeSubscription(subscriber, event.channel(), ChatError.LOGIN_REQUIRED);
            } else {
                subscriber.send(frame);
            }
        }
    }

    /** A new notification: every local connection of its user gets the frame. */
    void userNotice(@Observes UserNotice event) {
        String frame = frames.json(new NotificationEvent(Instant.now()));
        sessionsOf(event.username()).forEach(session -> session.send(frame));
    }

    /** A ban takes the banned user's connections out of the channels it covers. */
    void sanctionImposed(@Observes SanctionImposed event) {
        if (!SanctionKind.BAN.value().equals(event.kind())) {
            return;
        }
        for (ChatSession session : sessionsOf(event.username())) {
            session.subscriptions().keySet().stream()
                    .filter(channel -> event.channel() == null || event.channel().equals(channel))
                    .toList()
                    .forEach(channel -> removeSubscription(session, channel, ChatError.BANNED));
        }
    }

    private void removeSubscription(ChatSession session, String channel, ChatError reason) {
        leave(session, channel);
        session.send(frames.json(new Unsubscribed(null, channel, reason.code())));
    }

    /** Delivers a frame to the local subscribers of a channel. */
    public void deliverToChannel(String channel, String frame) {
        LocalChannel local = channels.get(channel);
        if (local != null) {
            deliverPerEventLoop(List.of(new Delivery(local, frame.getBytes(StandardCharsets.UTF_8), null)));
        }
    }

    /**
     * Writes frames to the subscribers of their channels with one task per event loop: each loop writes to
     * its own connections directly and flushes each of them once, however many frames it got.
     */
    private void deliverPerEventLoop(List<Delivery> deliveries) {
        Set<EventLoop> loops = new HashSet<>(4);
        for (Delivery delivery : deliveries) {
            loops.addAll(delivery.channel().subscribers.loops());
            for (ChatSession subscriber : delivery.channel().subscribers.unbound()) {
                subscriber.send(new String(delivery.utf8(), StandardCharsets.UTF_8));
            }
        }
        for (EventLoop loop : loops) {
            loop.execute(() -> {
                List<ChatSession> written = new ArrayList<>();
                for (Delivery delivery : deliveries) {
                    writeAll(delivery.channel().subscribers.on(loop), delivery.utf8(), written);
                }
                // A connection in several of the batch's channels is flushed more than once, which costs nothing
                written.forEach(ChatSession::flush);
                recordLatency(deliveries, loop);
            });
        }
    }

    /**
     * Writes one frame to some connections (e.g. the audience of a talk) with one task per event loop,
     * like a channel's delivery.
     */
    public void deliverToEach(Collection<ChatSession> receivers, String frame) {
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

    /**
     * The delivery latency of each stored change this loop wrote. Measured by wall clock, because a change
     * stored by another instance carries that instance's accept time (then the Redis hop is included, and
     * any difference between the two clocks; a negative span is dropped).
     */
    private void recordLatency(List<Delivery> deliveries, EventLoop loop) {
        Instant now = null;
        for (Delivery delivery : deliveries) {
            Set<ChatSession> here = delivery.channel().subscribers.on(loop);
            if (delivery.acceptedAt() == null || here == null || here.isEmpty()) {
                continue;
            }
            if (now == null) {
                now = Instant.now();
            }
            Duration latency = Duration.between(delivery.acceptedAt(), now);
            if (!latency.isNegative()) {
                deliveryLatency.record(latency);
            }
        }
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

    /** The local connections of a user. */
    public Collection<ChatSession> sessionsOf(String username) {
        return sessions.values().stream().filter(s -> username.equals(s.user().username())).toList();
    }

    public void goOnDuty(ChatSession session, String booth) {
        session.dutyBooths().add(booth);
        consoles.computeIfAbsent(booth, b -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void goOffDuty(ChatSession session, String booth) {
        session.dutyBooths().remove(booth);
        removeFrom(consoles, booth, session);
    }

    void deliverToConsole(String booth, String frame) {
        Set<ChatSession> console = consoles.get(booth);
        if (console != null) {
            deliverToEach(console, frame);
        }
    }

    public void watch(ChatSession session, String booth) {
        session.watchedBooths().add(booth);
        watchers.computeIfAbsent(booth, b -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void unwatch(ChatSession session, String booth) {
        session.watchedBooths().remove(booth);
        removeFrom(watchers, booth, session);
    }

    public Set<String> watchedBooths() {
        return Set.copyOf(watchers.keySet());
    }

    public void deliverToWatchers(String booth, String frame) {
        Set<ChatSession> watching = watchers.get(booth);
        if (watching != null) {
            deliverToEach(watching, frame);
        }
    }

    /** An admin's connection follows the organiser dashboard (the caller checked the role). */
    public void watchDashboard(ChatSession session) {
        dashboardWatchers.add(session);
    }

    public void unwatchDashboard(ChatSession session) {
        dashboardWatchers.remove(session);
    }

    /** The local connections that follow the organiser dashboard. */
    public Set<ChatSession> dashboardWatchers() {
        return Set.copyOf(dashboardWatchers);
    }

    public void watchTalk(ChatSession session, long talkId) {
        session.watchedTalks().add(talkId);
        talkWatchers.computeIfAbsent(talkId, t -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void unwatchTalk(ChatSession session, long talkId) {
        session.watchedTalks().remove(talkId);
        removeFrom(talkWatchers, talkId, session);
    }

    /**
     * The local connections that follow a talk: subscribers of its stage's channel and watchers of the talk,
     * each once.
     */
    public Set<ChatSession> talkAudience(String stageChannel, long talkId) {
        Set<ChatSession> audience = new HashSet<>();
        LocalChannel local = channels.get(stageChannel);
        if (local != null) {
            audience.addAll(local.subscribers.all());
        }
        Set<ChatSession> watching = talkWatchers.get(talkId);
        if (watching != null) {
            audience.addAll(watching);
        }
        return audience;
    }

    /** Connections on this instance per channel of one kind, e.g. {@code stage}: key → subscribers. */
    public Map<String, Integer> subscriberCounts(ChannelId.Kind kind) {
        String prefix = kind.prefix() + ":";
        Map<String, Integer> counts = new HashMap<>();
        channels.forEach((channel, local) -> {
            if (channel.startsWith(prefix)) {
                counts.put(channel.substring(prefix.length()), local.subscribers.size());
            }
        });
        return counts;
    }

    /**
     * The logged-in connections on this instance per stage channel: stage key (as in the channel name) → username →
     * display name; anonymous viewers and stages without logged-in viewers are left out.
     */
    public Map<String, Map<String, String>> stageAudience() {
        String prefix = ChannelId.Kind.STAGE.prefix() + ":";
        Map<String, Map<String, String>> audience = new HashMap<>();
        channels.forEach((channel, local) -> {
            if (channel.startsWith(prefix)) {
                Map<String, String> users = new HashMap<>();
                for (ChatSession session : local.subscribers.all()) {
                    ChatUser user = session.user();
                    if (user != null && !user.isAnonymous()) {
                        users.putIfAbsent(user.username(), user.name());
                    }
                }
                if (!users.isEmpty()) {
                    audience.put(channel.substring(prefix.length()), users);
                }
            }
        });
        return audience;
    }

    /** Connections on this instance subscribed to the channel. */
    public int subscriberCount(String channel) {
        LocalChannel local = channels.get(channel);
        return local == null ? 0 : local.subscribers.size();
    }

    private static <K> void removeFrom(Map<K, Set<ChatSession>> registry, K booth, ChatSession session) {
        registry.computeIfPresent(booth, (b, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }
}
