package de.kommunalmesse.stage;

import de.kommunalmesse.stage.InteractionViews.FaqEntry;
import de.kommunalmesse.stage.InteractionViews.NewPoll;
import de.kommunalmesse.stage.InteractionViews.NewQuestion;
import de.kommunalmesse.stage.InteractionViews.PollStateUpdate;
import de.kommunalmesse.stage.InteractionViews.PollView;
import de.kommunalmesse.stage.InteractionViews.PollVote;
import de.kommunalmesse.stage.InteractionViews.QuestionModeration;
import de.kommunalmesse.stage.InteractionViews.QuestionView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Q&A and polls", description = "Questions, FAQ and polls of talks")
public class InteractionResource {

    @Inject
    Interactions interactions;

    @GET
    @Path("talks/{id}/questions")
    @Operation(summary = "Questions of a talk: pinned first, then by votes (speaker view) or newest")
    public List<QuestionView> questions(@PathParam("id") long talkId,
            @QueryParam("sort") @Pattern(regexp = "votes|newest") String sort) {
        return interactions.questions(talkId, sort);
    }

    @POST
    @Path("talks/{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Ask a question (waits for a moderator); optionally anonymous to other visitors")
    @APIResponse(responseCode = "201", description = "Stored, pending")
    public Response ask(@PathParam("id") long talkId, @Valid @NotNull NewQuestion question) {
        return Response.status(Response.Status.CREATED).entity(interactions.ask(talkId, question)).build();
    }

    @PUT
    @Path("talks/{id}/questions/{questionId}/vote")
    @Authenticated
    @Operation(summary = "Upvote a visible question (once per user)")
    public QuestionView upvote(@PathParam("id") long talkId, @PathParam("questionId") long questionId) {
        return interactions.vote(talkId, questionId, true);
    }

    @DELETE
    @Path("talks/{id}/questions/{questionId}/vote")
    @Authenticated
    @Operation(summary = "Take an upvote back")
    public QuestionView unvote(@PathParam("id") long talkId, @PathParam("questionId") long questionId) {
        return interactions.vote(talkId, questionId, false);
    }

    @PATCH
    @Path("talks/{id}/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Moderate a question: approve, reject, pin, answer, promote to the FAQ (moderators)")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public QuestionView moderate(@PathParam("id") long talkId, @PathParam("questionId") long questionId,
            @Valid @NotNull QuestionModeration change) {
        return interactions.moderate(talkId, questionId, change);
    }

    @GET
    @Path("talks/{id}/faq")
    @Operation(summary = "FAQ of a talk: answered questions promoted by moderators")
    public List<FaqEntry> faq(@PathParam("id") long talkId) {
        return interactions.faq(talkId);
    }

    @GET
    @Path("talks/{id}/polls")
    @Operation(summary = "Polls of a talk with their results")
    public List<PollView> polls(@PathParam("id") long talkId) {
        return interactions.polls(talkId);
    }

    @POST
    @Path("talks/{id}/polls")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Prepare a poll (moderators); it opens with PUT /api/polls/{id}/state")
    @APIResponse(responseCode = "201", description = "Created as draft")
    public Response createPoll(@PathParam("id") long talkId, @Valid @NotNull NewPoll poll) {
        return Response.status(Response.Status.CREATED).entity(interactions.createPoll(talkId, poll)).build();
    }

    @PUT
    @Path("polls/{pollId}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Open or close a poll (moderators)")
    public PollView setState(@PathParam("pollId") long pollId, @Valid @NotNull PollStateUpdate update) {
        return interactions.setState(pollId, update.state());
    }

    @POST
    @Path("polls/{pollId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Vote in an open poll (once per user)")
    @APIResponse(responseCode = "409", description = "Already voted, or the poll is not open")
    public PollView vote(@PathParam("pollId") long pollId, @Valid @NotNull PollVote vote) {
        return interactions.vote(pollId, vote.optionIds());
    }
}
