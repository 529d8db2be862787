package de.kommunalmesse.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of talk feedback. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    @Schema(name = "NewTalkRating", description = "A rating of a talk that has ended")
    public record NewRating(
            @NotNull @Min(1) @Max(5) @Schema(description = "Stars, 1 (poor) to 5 (excellent)", examples = "4") Integer stars,
            @Size(max = 4000) @Schema(description = "Optional comment; checked like a chat message (length, mutes, bans)",
                    examples = "Sehr praxisnah, danke!") String comment) {
    }

    @Schema(name = "TalkRating", description = "The caller's own rating")
    public record RatingView(long id, int stars, String comment,
            @Schema(description = "An admin hid the comment from the talk's speakers") boolean commentHidden,
            Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "MyTalkFeedback", description = "What the caller may do with a talk's feedback")
    public record MyFeedback(long talkId,
            @Schema(description = "The talk is over, so it can be rated") boolean ended,
            @Schema(description = "The caller may rate (logged in, talk over, no rating yet)") boolean mayRate,
            @Schema(description = "The caller may read the results (admins, moderators, staff of the talk's booths)") boolean mayViewResults,
            @Schema(description = "The caller's rating, if any; change it with PUT .../feedback/mine") RatingView rating) {
    }

    @Schema(name = "StarCount")
    public record StarCount(@Schema(examples = "5") int stars, @Schema(examples = "12") long count) {
    }

    @Schema(name = "TalkFeedbackComment")
    public record CommentView(long id, int stars, String comment, Instant createdAt,
            @Schema(description = "Hidden by an admin; hidden comments are shown to admins only") boolean hidden,
            @Schema(description = "Who wrote it; admins only, speakers see comments without names") String author) {
    }

    @Schema(name = "TalkFeedbackResults", description = "Average, distribution and comments of a talk's ratings")
    public record Results(long talkId, String title, @Schema(examples = "17") long count,
            @Schema(description = "Mean stars, rounded to one decimal; null without ratings", examples = "4.2") Double average,
            @Schema(description = "Count per star value, 5 down to 1") List<StarCount> distribution,
            @Schema(description = "Comments, newest first") List<CommentView> comments) {
    }

    @Schema(name = "CommentVisibility")
    public record Visibility(@NotNull Boolean hidden) {
    }
}
