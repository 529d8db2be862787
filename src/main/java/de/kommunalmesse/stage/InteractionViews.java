package de.kommunalmesse.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of Q&A, FAQ and polls. */
public final class InteractionViews {

    private InteractionViews() {
    }

    @Schema(name = "Question")
    public record QuestionView(long id, String text,
            @Schema(description = "Null when the author asked anonymously (moderators always see it)") String author,
            boolean anonymous, QuestionStatus status, boolean pinned, int votes, boolean votedByMe, boolean mine,
            String answer, boolean inFaq, Instant createdAt) {
    }

    @Schema(name = "NewQuestion")
    public record NewQuestion(@NotBlank @Size(max = 1000) String text,
            @Schema(description = "Hide my name from other visitors") boolean anonymous) {
    }

    @Schema(name = "QuestionModeration", description = "Only the fields given are changed")
    public record QuestionModeration(QuestionStatus status, Boolean pinned, @Size(max = 5000) String answer,
            @Schema(description = "Show question and answer in the talk's FAQ") Boolean inFaq) {
    }

    @Schema(name = "FaqEntry")
    public record FaqEntry(long questionId, String question, String answer) {
    }

    @Schema(name = "PollOption")
    public record OptionView(long id, String text, int votes) {
    }

    @Schema(name = "Poll")
    public record PollView(long id, String question, boolean multiple, PollState state, List<OptionView> options,
            int voters, @Schema(description = "Options the user chose") List<Long> myVote) {
    }

    @Schema(name = "NewPoll")
    public record NewPoll(@NotBlank @Size(max = 300) String question,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 200) String> options, boolean multiple) {
    }

    @Schema(name = "PollStateUpdate")
    public record PollStateUpdate(@NotNull PollState state) {
    }

    @Schema(name = "PollVote")
    public record PollVote(@NotEmpty @Size(max = 10) List<@NotNull Long> optionIds) {
    }

    /**
     * Fired inside the transaction that changes the Q&A, FAQ or polls of a talk; the chat's {@code StagePush}
     * tells the talk's viewers to fetch again once it has committed. It carries no content on purpose: what a
     * viewer may see is decided by the REST answers.
     *
     * @param talkId the talk
     * @param stageKey the talk's stage, named across editions ({@code <edition>/<key>})
     * @param changed what changed: {@value #QUESTIONS}, {@value #POLLS}, {@value #FAQ}
     * @param moderatorsOnly only moderators can see the change (a pending question, a draft poll)
     */
    public record TalkChanged(long talkId, String stageKey, List<String> changed, boolean moderatorsOnly) {
        public static final String QUESTIONS = "questions";
        public static final String POLLS = "polls";
        public static final String FAQ = "faq";
    }
}
