package de.kommunalmesse.feedback;

import de.kommunalmesse.common.Problem;
import de.kommunalmesse.feedback.FeedbackViews.CommentView;
import de.kommunalmesse.feedback.FeedbackViews.MyFeedback;
import de.kommunalmesse.feedback.FeedbackViews.NewRating;
import de.kommunalmesse.feedback.FeedbackViews.RatingView;
import de.kommunalmesse.feedback.FeedbackViews.Results;
import de.kommunalmesse.feedback.FeedbackViews.Visibility;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ratings of talks after they ended, and their results for the speakers' side and admins (docs/insights.md). */
@Path("/talks/{id}/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talk feedback", description = "Ratings (1–5 stars, optional comment) of talks that have ended")
@APIResponse(responseCode = "404", description = "No such talk")
public class FeedbackResource {

    static final String NOT_ENDED = """
            {"type":"urn:kommunalmesse:problem:conflict","title":"Konflikt","status":409,
             "detail":"Der Beitrag 12 ist noch nicht zu Ende. Bewerten können Sie ihn, sobald er vorbei ist.",
             "instance":"/api/talks/12/feedback"}""";
    static final String RATED = """
            {"type":"urn:kommunalmesse:problem:conflict","title":"Konflikt","status":409,
             "detail":"Sie haben den Beitrag 12 schon bewertet. Ändern können Sie Ihre Bewertung.",
             "instance":"/api/talks/12/feedback"}""";

    @Inject
    FeedbackService feedback;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's rating of the talk and what they may do (rate, read the results); anonymous callers may do nothing")
    @APIResponse(responseCode = "200", description = "Whether the talk is over, may rate, may read results, own rating")
    public MyFeedback mine(@PathParam("id") long talkId) {
        return feedback.mine(talkId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Rate a talk that has ended: one rating per user and talk")
    @APIResponse(responseCode = "201", description = "The stored rating")
    @APIResponse(responseCode = "400", description = "Stars outside 1–5, comment empty after cleaning or too long")
    @APIResponse(responseCode = "403", description = "Muted or banned in the chat (the comment's moderation)")
    @APIResponse(responseCode = "409", description = "The talk has not ended, or the caller rated it already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
                @ExampleObject(name = "not ended", value = NOT_ENDED), @ExampleObject(name = "rated", value = RATED)}))
    public Response rate(@PathParam("id") long talkId, @Valid @NotNull NewRating rating) {
        return Response.status(Response.Status.CREATED).entity(feedback.rate(talkId, rating)).build();
    }

    @PUT
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Change the caller's own rating (stars and comment)")
    @APIResponse(responseCode = "200", description = "The changed rating")
    @APIResponse(responseCode = "400", description = "Stars outside 1–5, comment empty after cleaning or too long")
    @APIResponse(responseCode = "404", description = "No such talk, or the caller has not rated it")
    public RatingView update(@PathParam("id") long talkId, @Valid @NotNull NewRating rating) {
        return feedback.update(talkId, rating);
    }

    @GET
    @Authenticated
    @Operation(summary = "Results: average, distribution per star, comments (admins, moderators, staff of the talk's booths)")
    @APIResponse(responseCode = "200", description = "The results; speakers get comments without names and without hidden ones")
    @APIResponse(responseCode = "403", description = "Not an admin, moderator or staff of one of the talk's booths")
    public Results results(@PathParam("id") long talkId) {
        return feedback.results(talkId);
    }

    @PUT
    @Path("{feedbackId}/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Hide a comment from the speakers, or show it again (admins)")
    @APIResponse(responseCode = "200", description = "The comment with its new visibility")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such comment at this talk")
    public CommentView setHidden(@PathParam("id") long talkId, @PathParam("feedbackId") long feedbackId,
            @Valid @NotNull Visibility visibility) {
        return feedback.setHidden(talkId, feedbackId, visibility.hidden());
    }
}
