package de.kommunalmesse.stage;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.InteractionViews.FaqEntry;
import de.kommunalmesse.stage.InteractionViews.NewPoll;
import de.kommunalmesse.stage.InteractionViews.NewQuestion;
import de.kommunalmesse.stage.InteractionViews.OptionView;
import de.kommunalmesse.stage.InteractionViews.PollView;
import de.kommunalmesse.stage.InteractionViews.QuestionModeration;
import de.kommunalmesse.stage.InteractionViews.QuestionView;
import de.kommunalmesse.stage.InteractionViews.TalkChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import de.kommunalmesse.fair.EditionService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Q&A, FAQ and polls of talks. Moderators are admins and users with the moderator role. */
@ApplicationScoped
@Transactional
public class Interactions {

    @Inject
    EditionService editions;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ProgrammeService programme;

    @Inject
    Event<TalkChanged> talkChanged;

    /**
     * Questions of a talk. Visitors see approved and answered ones plus their own; moderators see all.
     * Pinned first, then by votes (or newest first).
     */
    public List<QuestionView> questions(long talkId, String sort) {
        programme.find(talkId);
        boolean moderator = isModerator();
        String me = caller.usernameIfLoggedIn().orElse(null);
        String order = "newest".equals(sort) ? "q.pinned desc, q.createdAt desc, q.id desc"
                : "q.pinned desc, q.votes desc, q.createdAt, q.id";
        List<Question> questions = moderator
                ? Question.list("from Question q where q.talkId = ?1 order by " + order, talkId)
                : Question.list("from Question q where q.talkId = ?1 and (q.status in ?2 or q.username = ?3) order by " + order,
                        talkId, List.of(QuestionStatus.APPROVED, QuestionStatus.ANSWERED), Objects.toString(me, ""));
        Set<Long> voted = me == null || questions.isEmpty() ? Set.of() : votedBy(me, questions);
        return questions.stream().map(q -> view(q, moderator, me, voted.contains(q.id))).toList();
    }

    /** A visitor asks; the question waits for a moderator. */
    public QuestionView ask(long talkId, NewQuestion request) {
        Talk talk = programme.find(talkId);
        Question question = new Question();
        question.talkId = talkId;
        question.username = caller.username();
        question.authorName = caller.displayName();
        question.anonymous = request.anonymous();
        question.text = request.text().strip();
        question.status = QuestionStatus.PENDING;
        question.createdAt = Instant.now();
        question.persist();
        // Pending: only moderators (and the author, who has the answer) can see it yet
        changed(talk, true, TalkChanged.QUESTIONS);
        return view(question, isModerator(), question.username, false);
    }

    /** One vote per user and visible question; voting again changes nothing. */
    public QuestionView vote(long talkId, long questionId, boolean up) {
        Question question = visibleQuestion(talkId, questionId);
        String me = caller.username();
        int changed = up
                ? em.createNativeQuery("INSERT IGNORE INTO question_vote (question_id, username) VALUES (?1, ?2)")
                        .setParameter(1, questionId).setParameter(2, me).executeUpdate()
                : em.createNativeQuery("DELETE FROM question_vote WHERE question_id = ?1 AND username = ?2")
                        .setParameter(1, questionId).setParameter(2, me).executeUpdate();
        if (changed > 0) {
            em.createNativeQuery("UPDATE question SET votes = votes + ?1 WHERE id = ?2")
                    .setParameter(1, up ? 1 : -1).setParameter(2, questionId).executeUpdate();
            em.refresh(question);
            changed(programme.find(talkId), false, TalkChanged.QUESTIONS);
        }
        return view(question, isModerator(), me, up);
    }

    /** Approve, reject, pin, answer, mark answered, promote to the FAQ (moderators). */
    public QuestionView moderate(long talkId, long questionId, QuestionModeration change) {
        requireModerator();
        Question question = Question.<Question>find("id = ?1 and talkId = ?2", questionId, talkId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.question", questionId));
        if (change.status() != null) {
            question.status = change.status();
        }
        if (change.pinned() != null) {
            question.pinned = change.pinned();
        }
        if (change.answer() != null) {
            question.answer = change.answer().isBlank() ? null : change.answer().strip();
        }
        boolean wasInFaq = question.inFaq;
        if (change.inFaq() != null) {
            if (change.inFaq() && (question.answer == null || question.status == QuestionStatus.REJECTED)) {
                throw ProblemException.conflict("conflict.faqNeedsAnswer", questionId);
            }
            question.inFaq = change.inFaq();
        }
        em.flush();
        if (wasInFaq || question.inFaq) {
            changed(programme.find(talkId), false, TalkChanged.QUESTIONS, TalkChanged.FAQ);
        } else {
            changed(programme.find(talkId), false, TalkChanged.QUESTIONS);
        }
        return view(question, true, caller.username(), false);
    }

    /** The talk's FAQ: promoted questions with their answers. */
    public List<FaqEntry> faq(long talkId) {
        programme.find(talkId);
        return Question.<Question>list("talkId = ?1 and inFaq = true order by votes desc, createdAt", talkId).stream()
                .map(q -> new FaqEntry(q.id, q.text, q.answer)).toList();
    }

    /** Polls of a talk with their results; visitors do not see drafts. */
    public List<PollView> polls(long talkId) {
        programme.find(talkId);
        List<Poll> polls = isModerator() ? Poll.list("talkId = ?1 order by createdAt", talkId)
                : Poll.list("talkId = ?1 and state <> ?2 order by createdAt", talkId, PollState.DRAFT);
        return polls.stream().map(this::view).toList();
    }

    public PollView createPoll(long talkId, NewPoll request) {
        requireModerator();
        programme.find(talkId);
        Poll poll = new Poll();
        poll.talkId = talkId;
        poll.question = request.question().strip();
        poll.multiple = request.multiple();
        poll.state = PollState.DRAFT;
        poll.createdAt = Instant.now();
        int position = 0;
        for (String text : request.options()) {
            PollOption option = new PollOption();
            option.position = position++;
            option.text = text.strip();
            poll.options.add(option);
        }
        poll.persistAndFlush();
        changed(programme.find(talkId), true, TalkChanged.POLLS);
        return view(poll);
    }

    public PollView setState(long pollId, PollState state) {
        requireModerator();
        Poll poll = poll(pollId);
        boolean wasDraft = poll.state == PollState.DRAFT;
        poll.state = state;
        // Back to draft hides it from visitors: they must refetch as well
        changed(programme.find(poll.talkId), wasDraft && state == PollState.DRAFT, TalkChanged.POLLS);
        return view(poll);
    }

    /** A user's vote: once per poll, only while it is open, one option unless multiple choice. */
    public PollView vote(long pollId, List<Long> optionIds) {
        String me = caller.username();
        // Lock the poll row so that two votes of one user cannot both pass the "not yet voted" check
        em.createNativeQuery("SELECT id FROM poll WHERE id = ?1 FOR UPDATE").setParameter(1, pollId).getResultList();
        Poll poll = poll(pollId);
        if (poll.state != PollState.OPEN) {
            throw ProblemException.conflict("conflict.pollNotOpen", pollId);
        }
        Set<Long> chosen = new HashSet<>(optionIds);
        Set<Long> valid = new HashSet<>(poll.options.stream().map(o -> o.id).toList());
        if (!valid.containsAll(chosen)) {
            throw ProblemException.badRequest("poll.unknownOption");
        }
        if (!poll.multiple && chosen.size() > 1) {
            throw ProblemException.badRequest("poll.singleChoice");
        }
        long already = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM poll_vote WHERE poll_id = ?1 AND username = ?2")
                .setParameter(1, pollId).setParameter(2, me).getSingleResult()).longValue();
        if (already > 0) {
            throw ProblemException.conflict("conflict.alreadyVoted", pollId);
        }
        for (Long optionId : chosen) {
            em.createNativeQuery("INSERT INTO poll_vote (poll_id, username, option_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, pollId).setParameter(2, me).setParameter(3, optionId).executeUpdate();
        }
        changed(programme.find(poll.talkId), false, TalkChanged.POLLS);
        return view(poll);
    }

    /** Announces a change of the talk's interactions; observers hear it after the commit. */
    private void changed(Talk talk, boolean moderatorsOnly, String... what) {
        talkChanged.fire(new TalkChanged(talk.id, editions.byId(talk.stage.editionId).qualify(talk.stage.key), List.of(what),
                moderatorsOnly));
    }

    private Poll poll(long pollId) {
        return Poll.<Poll>findByIdOptional(pollId).orElseThrow(() -> ProblemException.notFound("notFound.poll", pollId));
    }

    @SuppressWarnings("unchecked")
    private PollView view(Poll poll) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT option_id, COUNT(*) FROM poll_vote WHERE poll_id = ?1 GROUP BY option_id")
                .setParameter(1, poll.id).getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        int voters = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT username) FROM poll_vote WHERE poll_id = ?1")
                .setParameter(1, poll.id).getSingleResult()).intValue();
        List<Long> mine = !caller.loggedIn() ? List.of()
                : ((List<Number>) em.createNativeQuery("SELECT option_id FROM poll_vote WHERE poll_id = ?1 AND username = ?2")
                        .setParameter(1, poll.id).setParameter(2, caller.username()).getResultList())
                        .stream().map(Number::longValue).toList();
        return new PollView(poll.id, poll.question, poll.multiple, poll.state,
                poll.options.stream().map(o -> new OptionView(o.id, o.text, counts.getOrDefault(o.id, 0))).toList(),
                voters, mine);
    }

    private Question visibleQuestion(long talkId, long questionId) {
        return Question.<Question>find("id = ?1 and talkId = ?2 and status in ?3", questionId, talkId,
                List.of(QuestionStatus.APPROVED, QuestionStatus.ANSWERED)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.question", questionId));
    }

    @SuppressWarnings("unchecked")
    private Set<Long> votedBy(String username, List<Question> questions) {
        List<Number> ids = em.createNativeQuery("SELECT question_id FROM question_vote WHERE username = ?1 AND question_id IN (?2)")
                .setParameter(1, username).setParameter(2, questions.stream().map(q -> q.id).toList()).getResultList();
        return new HashSet<>(ids.stream().map(Number::longValue).toList());
    }

    private static QuestionView view(Question q, boolean moderator, String me, boolean voted) {
        boolean mine = q.username.equals(me);
        String author = q.anonymous && !moderator && !mine ? null : q.authorName;
        return new QuestionView(q.id, q.text, author, q.anonymous, q.status, q.pinned, q.votes, voted, mine, q.answer,
                q.inFaq, q.createdAt);
    }

    private boolean isModerator() {
        return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.MODERATOR);
    }

    private void requireModerator() {
        caller.username();
        if (!isModerator()) {
            throw ProblemException.forbidden("forbidden");
        }
    }
}
