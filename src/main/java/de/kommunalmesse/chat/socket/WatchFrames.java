package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.presence.PresenceService;
import de.kommunalmesse.chat.protocol.ChatProtocol.DashboardEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.Duty;
import de.kommunalmesse.chat.protocol.ChatProtocol.DutyState;
import de.kommunalmesse.chat.protocol.ChatProtocol.Presence;
import de.kommunalmesse.chat.protocol.ChatProtocol.TalkEvent;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unwatch;
import de.kommunalmesse.chat.protocol.ChatProtocol.Watch;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.stage.ProgrammeService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Frames that follow something besides a channel: staff going on duty at a booth, the number of experts
 * online at a booth, and the Q&A and polls of a talk.
 */
@ApplicationScoped
class WatchFrames {

    @Inject
    PresenceService presence;

    @Inject
    ProgrammeService programme;

    @Inject
    ChatHub hub;

    @Inject
    ChatConfig config;

    @Inject
    Replies replies;

    Uni<Void> duty(ChatSession session, Duty frame) {
        String named = Replies.required(frame.booth(), "booth");
        boolean on = frame.on() == null || frame.on();
        return replies.blocking(session, frame.ref(), () -> {
            String booth = session.qualifyBooth(named);
            presence.duty(session, booth, on);
            replies.reply(session, new DutyState(frame.ref(), booth, on));
        });
    }

    Uni<Void> watch(ChatSession session, Watch frame) {
        if (Boolean.TRUE.equals(frame.dashboard())) {
            return watchDashboard(session, frame);
        }
        if (frame.talk() != null) {
            return watchTalk(session, frame);
        }
        String named = Replies.required(frame.booth(), "booth");
        return replies.blocking(session, frame.ref(), () -> {
            String booth = session.qualifyBooth(named);
            presence.requireBooth(booth);
            // Watch before counting, so that a change in between is counted again for this watcher
            hub.watch(session, booth);
            replies.reply(session, new Presence(frame.ref(), booth, presence.expertsOnline(booth)));
        });
    }

    /**
     * Follows the Q&A and polls of one talk. Anyone may: the frames say only that something changed, and
     * what the user may see is decided when the client fetches it over REST.
     */
    private Uni<Void> watchTalk(ChatSession session, Watch frame) {
        long talkId = frame.talk();
        if (!session.watchedTalks().contains(talkId) && session.watchedTalks().size() >= config.maxSubscriptions()) {
            throw ChatError.TOO_MANY_SUBSCRIPTIONS.exception(config.maxSubscriptions());
        }
        return replies.blocking(session, frame.ref(), () -> {
            programme.talkStage(talkId).orElseThrow(() -> ProblemException.notFound("notFound.talk", talkId));
            hub.watchTalk(session, talkId);
            replies.reply(session, new TalkEvent(frame.ref(), talkId, List.of()));
        });
    }

    /**
     * An admin follows the organiser dashboard (docs/insights.md): the reply carries no figures (the page has them
     * from REST), later {@code dashboard} frames carry them whenever they changed.
     */
    private Uni<Void> watchDashboard(ChatSession session, Watch frame) {
        if (!session.user().isAdmin()) {
            throw ChatError.ADMIN_ONLY.exception();
        }
        hub.watchDashboard(session);
        replies.reply(session, new DashboardEvent(frame.ref(), null));
        return Replies.done();
    }

    Uni<Void> unwatch(ChatSession session, Unwatch frame) {
        if (Boolean.TRUE.equals(frame.dashboard())) {
            hub.unwatchDashboard(session);
        } else if (frame.talk() != null) {
            hub.unwatchTalk(session, frame.talk());
        } else {
            hub.unwatch(session, session.qualifyBooth(Replies.required(frame.booth(), "booth")));
        }
        return Replies.done();
    }
}
