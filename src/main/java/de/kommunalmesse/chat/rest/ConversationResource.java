package de.kommunalmesse.chat.rest;

import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.ChatViews.ConversationView;
import de.kommunalmesse.chat.ChatViews.NewConversation;
import de.kommunalmesse.chat.ChatViews.WaitingConversations;
import de.kommunalmesse.chat.conversation.ConversationService;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.identity.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Gespräch mit dem Standteam": private conversations between a visitor and a booth team. Their
 * messages go over the WebSocket like any channel ({@code dm:<id>}).
 */
@Path("/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chat conversations", description = "Private conversations between visitors and booth teams")
public class ConversationResource {

    @Inject
    EditionService editions;

    @Inject
    ConversationService conversations;

    @Inject
    Caller caller;

    @Inject
    Messages texts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a conversation with a booth team (returns and reopens an existing one)")
    @APIResponse(responseCode = "200", description = "The conversation; subscribe to its channel")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    @APIResponse(responseCode = "409", description = "The caller is staff of this booth")
    public ConversationView open(@Valid @NotNull NewConversation draft) {
        // A booth named without its edition (clients before editions) is the current edition's
        String booth = draft.booth().indexOf('/') > 0 ? draft.booth() : editions.current().qualify(draft.booth());
        return conversations.open(ChatUser.of(caller), booth);
    }

    @POST
    @Path("support")
    @Operation(summary = "\"Hilfe\": open a conversation with the organiser's support team (returns and reopens an"
            + " existing one); admins answer it")
    @APIResponse(responseCode = "200", description = "The conversation; subscribe to its channel")
    public ConversationView openSupport() {
        return conversations.openSupport(ChatUser.of(caller));
    }

    @GET
    @Path("support")
    @Operation(summary = "The admins' console: the conversations with the support team, latest activity first")
    @APIResponse(responseCode = "200", description = "The support conversations with unread counts for the caller")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<ConversationView> support(@QueryParam("status") String status) {
        return conversations.support(ChatUser.of(caller), status);
    }

    @GET
    @Operation(summary = "The caller's conversations as a visitor, latest activity first")
    public List<ConversationView> mine() {
        return conversations.mine(ChatUser.of(caller));
    }

    @GET
    @Path("waiting")
    @Operation(summary = "For staff: per booth of the current edition they staff, the open conversations no staff member"
            + " has answered or claimed yet (the header's count; it refreshes on the socket's conversation frames)")
    @APIResponse(responseCode = "200", description = "Booths with waiting conversations; empty for callers who staff no booth",
            content = @Content(examples = @ExampleObject(value = "[{\"booth\":\"2026/kreis-soest-umzug\",\"slug\":"
                    + "\"kreis-soest-umzug\",\"boothName\":\"Umzug digital melden\",\"waiting\":2}]")))
    public List<WaitingConversations> waiting() {
        return conversations.waitingAtMyBooths(ChatUser.of(caller), editions.current().slug());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One conversation (its visitor, staff of the booth, admins)")
    @APIResponse(responseCode = "403", description = "Neither its visitor nor staff of the booth")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView conversation(@PathParam("id") long id) {
        return conversations.get(ChatUser.of(caller), id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Take the conversation over (staff of the booth, admins)")
    @APIResponse(responseCode = "200", description = "The caller handles the conversation now")
    @APIResponse(responseCode = "403", description = "Not staff of the booth")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView claim(@PathParam("id") long id) {
        return conversations.claim(ChatUser.of(caller), id);
    }

    @POST
    @Path("{id}/video")
    @Operation(summary = "Start an instant video meeting: the room link is posted into the conversation (staff of the"
            + " booth, admins in support conversations, either visitor of a conversation between visitors)")
    @APIResponse(responseCode = "200", description = "The link is in the conversation")
    @APIResponse(responseCode = "403", description = "The visitor of a booth conversation, or not a side of it")
    @APIResponse(responseCode = "404", description = "No such conversation")
    @APIResponse(responseCode = "409", description = "The conversation is closed, or no video service is configured")
    @APIResponse(responseCode = "503", description = "The configured video service lacks a setting")
    public ConversationView video(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return conversations.startVideo(ChatUser.of(caller), id, texts.resolve(language));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the conversation (its visitor, staff of the booth, admins)")
    @APIResponse(responseCode = "200", description = "Closed; nobody can write until it is reopened")
    @APIResponse(responseCode = "403", description = "Neither its visitor nor staff of the booth")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView close(@PathParam("id") long id) {
        return conversations.setStatus(ChatUser.of(caller), id, false);
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed conversation (its visitor, staff of the booth, admins)")
    @APIResponse(responseCode = "200", description = "Open again")
    @APIResponse(responseCode = "403", description = "Neither its visitor nor staff of the booth")
    @APIResponse(responseCode = "404", description = "No such conversation")
    public ConversationView reopen(@PathParam("id") long id) {
        return conversations.setStatus(ChatUser.of(caller), id, true);
    }
}
