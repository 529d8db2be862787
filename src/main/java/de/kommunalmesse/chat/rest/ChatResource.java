package de.kommunalmesse.chat.rest;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.ChatViews.ChannelView;
import de.kommunalmesse.chat.ChatViews.ConversationView;
import de.kommunalmesse.chat.ChatViews.HistoryView;
import de.kommunalmesse.chat.ChatViews.NewReport;
import de.kommunalmesse.chat.ChatViews.PresenceView;
import de.kommunalmesse.chat.ChatViews.ReadUpdate;
import de.kommunalmesse.chat.ChatViews.ReadView;
import de.kommunalmesse.chat.ChatViews.ReportView;
import de.kommunalmesse.chat.ChatViews.SettingsUpdate;
import de.kommunalmesse.chat.ChatViews.UnreadView;
import de.kommunalmesse.chat.channel.ChatPolicy.Access;
import de.kommunalmesse.chat.channel.SanctionCache;
import de.kommunalmesse.chat.conversation.ConversationService;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageService.MessagePage;
import de.kommunalmesse.chat.message.MessageService.Opened;
import de.kommunalmesse.chat.message.MessageService.ReadMark;
import de.kommunalmesse.chat.moderation.ModerationService;
import de.kommunalmesse.chat.presence.PresenceService;
import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.chat.protocol.ChatProtocol.Permissions;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.identity.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The chat over HTTP, for what does not need a live connection: channel state, history pages, read
 * pointers, settings, deleting and reporting messages, the staff console and presence. The live part is
 * the WebSocket {@code /ws/chat} ({@code docs/protocol.md}). Like the WebSocket's frame handlers it only
 * translates: the rules live in the use cases it calls.
 */
@Path("/chat")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat", description = "Channels, history, read pointers, staff console (live messages: WebSocket /ws/chat)")
public class ChatResource {

    @Inject
    MessageService messages;

    @Inject
    ModerationService moderation;

    @Inject
    ConversationService conversations;

    @Inject
    PresenceService presence;

    @Inject
    Caller caller;

    @Inject
    EditionService editions;

    @Inject
    SanctionCache sanctions;

    @GET
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}")
    @Operation(summary = "A channel: latest sequence number, settings, what the caller may do, unread count")
    @APIResponse(responseCode = "200", description = "The channel")
    @APIResponse(responseCode = "400", description = "Malformed channel id")
    @APIResponse(responseCode = "401", description = "Anonymous, and the channel is not open to anonymous readers")
    @APIResponse(responseCode = "403", description = "Not allowed to read the channel (a conversation of others, a ban)")
    @APIResponse(responseCode = "404", description = "No such booth, stage, event day or conversation")
    public ChannelView channel(
            @Parameter(example = "booth:2026/kreis-soest-umzug") @PathParam("channel") String channel) {
        ChatUser user = user();
        Opened opened = messages.open(user, channelId(channel));
        ChannelState state = opened.subscription().channel();
        Access access = opened.subscription().access();
        ReadMark mark = opened.mark();
        return new ChannelView(state.id().toString(), state.head(), state.settings(),
                sanctions.permissions(user, state.id().toString(), access.write(), access.moderate()),
                mark == null ? null : mark.lastReadSeq(),
                mark == null ? null : mark.unread());
    }

    @GET
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}/messages")
    @Operation(summary = "A page of the channel's history, oldest first; older pages with before = the first seq")
    @APIResponse(responseCode = "200", description = "Messages in seq order")
    @APIResponse(responseCode = "401", description = "Anonymous, and the channel is not open to anonymous readers")
    @APIResponse(responseCode = "403", description = "Not allowed to read the channel")
    @APIResponse(responseCode = "404", description = "No such channel")
    public HistoryView history(@PathParam("channel") String channel,
            @Parameter(description = "Only messages with a smaller seq") @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        ChannelId id = channelId(channel);
        MessagePage page = messages.history(user(), id, before, limit);
        return new HistoryView(id.toString(), page.messages(), page.hasMore());
    }

    @PUT
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Move the caller's read pointer forward")
    @APIResponse(responseCode = "200", description = "The read pointer and the remaining unread messages")
    @APIResponse(responseCode = "403", description = "Not allowed to read the channel")
    public ReadView read(@PathParam("channel") String channel, @Valid @NotNull ReadUpdate update) {
        ChannelId id = channelId(channel);
        ReadMark mark = messages.markRead(user(), id, update.seq());
        return new ReadView(id.toString(), mark.lastReadSeq(), mark.unread());
    }

    @GET
    @Path("unread")
    @Authenticated
    @Operation(summary = "Unread counts of every channel the caller has read in")
    public List<UnreadView> unread() {
        return messages.unreadOverview(user()).stream()
                .map(u -> new UnreadView(u.channel(), u.head(), u.lastReadSeq(), u.unread())).toList();
    }

    @PUT
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Slow mode (moderators of the channel) and anonymous reading (admins)")
    @APIResponse(responseCode = "200", description = "The settings now in force")
    @APIResponse(responseCode = "400", description = "Nothing to change or an invalid value")
    @APIResponse(responseCode = "403", description = "Not a moderator of the channel (or not an admin for anonymous reading)")
    public ChannelSettings settings(@PathParam("channel") String channel, @Valid @NotNull SettingsUpdate update) {
        return moderation.updateSettings(user(), channelId(channel), update);
    }

    @DELETE
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}/messages/{seq}")
    @Authenticated
    @Operation(summary = "Delete a message: one's own, or any as a moderator of the channel")
    @APIResponse(responseCode = "204", description = "Deleted; subscribers see it as deleted")
    @APIResponse(responseCode = "403", description = "Someone else's message and not a moderator")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "Deleted already")
    public Response delete(@PathParam("channel") String channel, @PathParam("seq") long seq) {
        moderation.deleteMessage(user(), channelId(channel), seq);
        return Response.noContent().build();
    }

    @POST
    @Path("channels/{channel: [^/]+(?:/[^/]+)?}/messages/{seq}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Report a message to the admins")
    @APIResponse(responseCode = "201", description = "Reported")
    @APIResponse(responseCode = "403", description = "Not allowed to read the channel")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "Reported by the caller already, or deleted")
    public Response report(@PathParam("channel") String channel, @PathParam("seq") long seq, @Valid NewReport report) {
        ReportView created = moderation.report(user(), channelId(channel), seq, report == null ? null : report.reason());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("booths/{slug}/conversations")
    @Authenticated
    @Operation(summary = "Staff console: the booth's conversations with unread counts for the caller")
    @APIResponse(responseCode = "200", description = "Conversations, latest activity first")
    @APIResponse(responseCode = "403", description = "Not staff of the booth's exhibitor (nor an admin)")
    public List<ConversationView> console(@PathParam("slug") String slug,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Parameter(description = "open, closed or all (default)") @QueryParam("status") String status) {
        return conversations.forBooth(user(), editions.resolve(edition).qualify(slug), status);
    }

    @GET
    @Path("booths/{slug}/presence")
    @Operation(summary = "How many experts of the booth are on duty (\"N Expertinnen/Experten online\")")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    public PresenceView presence(@PathParam("slug") String slug,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        String booth = editions.resolve(edition).qualify(slug);
        return new PresenceView(booth, presence.expertsOnlineAt(booth));
    }

    private ChatUser user() {
        return ChatUser.of(caller);
    }

    /** A channel named over REST; a booth or stage channel without edition means the current edition's. */
    private ChannelId channelId(String channel) {
        ChannelId id = ChannelId.parse(channel).orElseThrow(() -> ChatError.INVALID_CHANNEL.exception(channel));
        return id.hasEdition() ? id : id.withEdition(editions.current().slug());
    }
}
