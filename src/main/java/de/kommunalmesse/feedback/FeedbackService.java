package de.kommunalmesse.feedback;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.common.AdminCheck;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.TextModeration;
import de.kommunalmesse.feedback.FeedbackViews.CommentView;
import de.kommunalmesse.feedback.FeedbackViews.MyFeedback;
import de.kommunalmesse.feedback.FeedbackViews.NewRating;
import de.kommunalmesse.feedback.FeedbackViews.RatingView;
import de.kommunalmesse.feedback.FeedbackViews.Results;
import de.kommunalmesse.feedback.FeedbackViews.StarCount;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.TalkFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Talk feedback (docs/insights.md): after a talk has ended, every logged-in user rates it once (1–5 stars,
 * optional comment) and may change their own rating; comments pass the chat's moderation
 * ({@link TextModeration}). Results are for admins, moderators and the staff of the booths the talk belongs
 * to (the speakers' side); admins may hide a comment from the speakers.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @Inject
    ProgrammeService programme;

    @Inject
    BoothService booths;

    @Inject
    TextModeration moderation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What the caller may do with the talk's feedback, and their own rating; 404 for an unknown talk. */
    public MyFeedback mine(long talkId) {
        TalkFacts talk = talk(talkId);
        boolean ended = talk.endedAt(clock.instant());
        if (!caller.loggedIn()) {
            return new MyFeedback(talkId, ended, false, false, null);
        }
        Optional<TalkFeedback> own = own(talkId);
        return new MyFeedback(talkId, ended, ended && own.isEmpty(), mayViewResults(talk),
                own.map(FeedbackService::view).orElse(null));
    }

    /** Rates a talk that has ended: 401 anonymous, 404 unknown talk, 409 not over yet or rated already. */
    public RatingView rate(long talkId, NewRating rating) {
        caller.requireLogin();
        TalkFacts talk = talk(talkId);
        requireEnded(talk);
        if (own(talkId).isPresent()) {
            throw ProblemException.conflict("conflict.feedbackExists", talkId);
        }
        String comment = comment(talk, rating.comment());
        TalkFeedback feedback = new TalkFeedback();
        feedback.talkId = talkId;
        feedback.editionId = talk.editionId();
        feedback.username = caller.username();
        feedback.displayName = caller.displayName();
        feedback.stars = rating.stars();
        feedback.comment = comment;
        feedback.createdAt = clock.instant();
        feedback.updatedAt = feedback.createdAt;
        feedback.persistAndFlush();
        return view(feedback);
    }

    /**
     * Replaces the caller's own rating (stars and comment); 404 when they have none. A changed comment is
     * shown again even if an admin had hidden the earlier one, so it passes the moderation anew.
     */
    public RatingView update(long talkId, NewRating rating) {
        caller.requireLogin();
        TalkFacts talk = talk(talkId);
        requireEnded(talk);
        TalkFeedback feedback = own(talkId).orElseThrow(() -> ProblemException.notFound("notFound.ownFeedback", talkId));
        String comment = comment(talk, rating.comment());
        if (comment == null || !comment.equals(feedback.comment)) {
            feedback.commentHiddenAt = null;
            feedback.commentHiddenBy = null;
        }
        feedback.stars = rating.stars();
        feedback.comment = comment;
        feedback.displayName = caller.displayName();
        feedback.updatedAt = clock.instant();
        return view(feedback);
    }

    /** Average, distribution and comments of a talk: 401 anonymous, 403 for anyone but its speakers' side and admins. */
    public Results results(long talkId) {
        caller.requireLogin();
        TalkFacts talk = talk(talkId);
        if (!mayViewResults(talk)) {
            throw ProblemException.forbidden("forbidden.feedbackResults");
        }
        boolean admin = caller.isAdmin();
        List<TalkFeedback> all = TalkFeedback.list("talkId = ?1 order by createdAt desc, id desc", talkId);
        long[] perStar = new long[6];
        long sum = 0;
        List<CommentView> comments = new ArrayList<>();
        for (TalkFeedback feedback : all) {
            perStar[feedback.stars]++;
            sum += feedback.stars;
            boolean hidden = feedback.commentHiddenAt != null;
            if (feedback.comment != null && (admin || !hidden)) {
                comments.add(new CommentView(feedback.id, feedback.stars, feedback.comment, feedback.createdAt, hidden,
                        admin ? feedback.displayName : null));
            }
        }
        List<StarCount> distribution = new ArrayList<>();
        for (int stars = 5; stars >= 1; stars--) {
            distribution.add(new StarCount(stars, perStar[stars]));
        }
        Double average = all.isEmpty() ? null : Math.round(sum * 10.0 / all.size()) / 10.0;
        return new Results(talkId, talk.title(), all.size(), average, distribution, comments);
    }

    /** Hides a comment from the speakers or shows it again (admins). */
    public CommentView setHidden(long talkId, long feedbackId, boolean hidden) {
        AdminCheck.require(caller);
        TalkFeedback feedback = TalkFeedback.<TalkFeedback>find("id = ?1 and talkId = ?2", feedbackId, talkId)
                .firstResultOptional()
                .filter(f -> f.comment != null)
                .orElseThrow(() -> ProblemException.notFound("notFound.feedbackComment", feedbackId));
        feedback.commentHiddenAt = hidden ? clock.instant() : null;
        feedback.commentHiddenBy = hidden ? caller.username() : null;
        return new CommentView(feedback.id, feedback.stars, feedback.comment, feedback.createdAt, hidden,
                feedback.displayName);
    }

    /**
     * Stores a rating as the demo data has it, given {@code afterEnd} after the talk ended (no checks of the
     * caller); a second rating of the user is ignored.
     */
    public void addDemoRating(long talkId, String username, String displayName, int stars, String comment,
            Duration afterEnd) {
        TalkFacts talk = talk(talkId);
        Instant at = talk.endsAt().plus(afterEnd);
        if (TalkFeedback.count("talkId = ?1 and username = ?2", talkId, username) > 0) {
            return;
        }
        TalkFeedback feedback = new TalkFeedback();
        feedback.talkId = talkId;
        feedback.editionId = talk.editionId();
        feedback.username = username;
        feedback.displayName = displayName;
        feedback.stars = stars;
        feedback.comment = comment;
        feedback.createdAt = at;
        feedback.updatedAt = at;
        feedback.persist();
    }

    private boolean mayViewResults(TalkFacts talk) {
        if (caller.isAdmin() || caller.hasRole(Role.MODERATOR)) {
            return true;
        }
        List<Long> staffed = booths.staffedBoothIds();
        return talk.boothIds().stream().anyMatch(staffed::contains);
    }

    private String comment(TalkFacts talk, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return moderation.moderate(caller.username(), talk.stageKey(), text);
        } catch (ProblemException e) {
            throw e.at("comment");
        }
    }

    private Optional<TalkFeedback> own(long talkId) {
        return TalkFeedback.find("talkId = ?1 and username = ?2", talkId, caller.username()).firstResultOptional();
    }

    private TalkFacts talk(long talkId) {
        return programme.talkFacts(talkId).orElseThrow(() -> ProblemException.notFound("notFound.talk", talkId));
    }

    private void requireEnded(TalkFacts talk) {
        if (!talk.endedAt(clock.instant())) {
            throw ProblemException.conflict("conflict.feedbackTalkNotEnded", talk.id());
        }
    }

    private static RatingView view(TalkFeedback f) {
        return new RatingView(f.id, f.stars, f.comment, f.commentHiddenAt != null, f.createdAt, f.updatedAt);
    }
}
