package de.kommunalmesse.chat.live;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatEvent.StageLiveChanged;
import de.kommunalmesse.chat.ChatEvent.TalkActivity;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.Live;
import de.kommunalmesse.chat.protocol.ChatProtocol.TalkEvent;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import de.kommunalmesse.stage.InteractionViews.TalkChanged;
import de.kommunalmesse.stage.StageService;
import de.kommunalmesse.stage.StageViews.LiveChanged;
import de.kommunalmesse.stage.StageViews.LiveView;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the stages push to their viewers over the chat WebSocket, besides messages: the live state of a
 * stage ({@code live}) and "fetch again" hints for the Q&A and polls of a talk ({@code talk}). The stage
 * feature's own events are turned into chat events here and published after their commit; every instance
 * observes them and delivers to its own connections.
 */
@ApplicationScoped
public class StagePush {

    @Inject
    ChatHub hub;

    @Inject
    ChatFanOut fanOut;

    @Inject
    FrameEncoder frames;

    @Inject
    StageService stages;

    @Inject
    ChatConfig config;

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    /** The newest live state known per stage; its lock keeps the live frames of a stage in order. */
    private final Map<String, LatestLive> latest = new ConcurrentHashMap<>();

    /** Talk changes waiting for their turn, per talk. */
    private final Map<Long, PendingTalk> pending = new ConcurrentHashMap<>();

    /** A stage's live state changes here: after the commit every instance tells its subscribers. */
    void liveChanged(@Observes LiveChanged change) {
        fanOut.publish(new StageLiveChanged(frame(change.stageKey(), change.live())));
    }

    /** The Q&A or polls of a talk change here: after the commit every instance tells the talk's audience. */
    void talkChanged(@Observes TalkChanged change) {
        fanOut.publish(new TalkActivity(change.talkId(), change.stageKey(), change.changed(), change.moderatorsOnly()));
    }

    /** Sends the stage's live state to a connection that just subscribed to its channel (worker thread). */
    public void subscribed(ChatSession session, String stageKey) {
        Live current = stages.live(stageKey).map(live -> frame(stageKey, live)).orElse(null);
        if (current == null) {
            return;
        }
        LatestLive known = latest.computeIfAbsent(stageKey, key -> new LatestLive());
        synchronized (known) {
            if (known.live != null && isNewer(known.live, current)) {
                current = known.live;
            } else {
                known.live = current;
            }
            session.send(frames.json(current));
        }
    }

    /**
     * Delivers a live state to this instance's subscribers of the stage, unless a newer one was delivered
     * already. Under the stage's lock, so that a subscriber never gets an older state after a newer one.
     */
    void deliverLive(@Observes StageLiveChanged event) {
        Live live = event.live();
        LatestLive known = latest.computeIfAbsent(live.stage(), key -> new LatestLive());
        synchronized (known) {
            if (known.live != null && isNewer(known.live, live)) {
                return;
            }
            known.live = live;
            hub.deliverToChannel(ChannelId.stage(live.stage()).toString(), frames.json(live));
        }
    }

    /**
     * Records a change of a talk for its audience on this instance. The first change goes out at once; later
     * ones within {@code talk-interval} are merged into one frame at the end of the interval.
     */
    void deliverTalkActivity(@Observes TalkActivity change) {
        PendingTalk talk = pending.computeIfAbsent(change.talkId(), id -> new PendingTalk());
        long wait;
        synchronized (talk) {
            talk.stageKey = change.stageKey();
            (change.moderatorsOnly() ? talk.forModerators : talk.forEveryone).addAll(change.changed());
            if (talk.timer != null) {
                return;
            }
            wait = talk.lastSentMillis + config.stage().talkInterval().toMillis() - clock.millis();
            if (wait > 0) {
                talk.timer = vertx.setTimer(wait, id -> flush(change.talkId(), talk));
                return;
            }
        }
        flush(change.talkId(), talk);
    }

    private void flush(long talkId, PendingTalk talk) {
        List<String> everyone;
        List<String> moderators;
        String stageKey;
        synchronized (talk) {
            talk.timer = null;
            talk.lastSentMillis = clock.millis();
            Set<String> all = new TreeSet<>(talk.forEveryone);
            all.addAll(talk.forModerators);
            moderators = new ArrayList<>(all);
            everyone = new ArrayList<>(talk.forEveryone);
            stageKey = talk.stageKey;
            talk.forEveryone.clear();
            talk.forModerators.clear();
        }
        if (moderators.isEmpty()) {
            return;
        }
        String toModerators = frames.json(new TalkEvent(null, talkId, moderators));
        String toEveryone = everyone.isEmpty() ? null : frames.json(new TalkEvent(null, talkId, everyone));
        Map<Boolean, List<ChatSession>> audience = hub.talkAudience(ChannelId.stage(stageKey).toString(), talkId)
                .stream().collect(Collectors.partitioningBy(ChatSession::isStageModerator));
        hub.deliverToEach(audience.get(true), toModerators);
        if (toEveryone != null) {
            hub.deliverToEach(audience.get(false), toEveryone);
        }
    }

    /** Forgets talks without changes for a minute (called by the viewer counter's timer). */
    void forgetIdleTalks(long nowMillis) {
        pending.entrySet().removeIf(entry -> {
            PendingTalk talk = entry.getValue();
            synchronized (talk) {
                return talk.timer == null && talk.forEveryone.isEmpty() && talk.forModerators.isEmpty()
                        && nowMillis - talk.lastSentMillis > 60_000;
            }
        });
    }

    static Live frame(String stageKey, LiveView live) {
        return new Live(stageKey, live.state().code(), live.message(), live.changedAt());
    }

    /** Whether {@code a} is strictly newer than {@code b}; states without a time are the oldest. */
    private static boolean isNewer(Live a, Live b) {
        if (a.changedAt() == null) {
            return false;
        }
        return b.changedAt() == null || a.changedAt().isAfter(b.changedAt());
    }

    private static final class LatestLive {
        Live live;
    }

    private static final class PendingTalk {
        final Set<String> forEveryone = new TreeSet<>();
        final Set<String> forModerators = new TreeSet<>();
        String stageKey;
        long lastSentMillis;
        Long timer;
    }
}
