package de.kommunalmesse.chat.rest;

import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.ChatViews.LogEntryView;
import de.kommunalmesse.chat.ChatViews.NewSanction;
import de.kommunalmesse.chat.ChatViews.ReportResolution;
import de.kommunalmesse.chat.ChatViews.ReportView;
import de.kommunalmesse.chat.ChatViews.SanctionView;
import de.kommunalmesse.chat.moderation.ModerationService;
import de.kommunalmesse.common.PageView;
import de.kommunalmesse.identity.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moderation of the chat: mutes and bans (admins everywhere, booth staff in their booth's channels),
 * the admins' report queue and the moderation log.
 */
@Path("/chat/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Chat moderation", description = "Mutes, bans, the report queue and the moderation log")
public class ModerationResource {

    @Inject
    ModerationService moderation;

    @Inject
    Caller caller;

    @POST
    @Path("sanctions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mute or ban a user in a channel (its moderators) or everywhere (admins)")
    @APIResponse(responseCode = "201", description = "In force on every instance")
    @APIResponse(responseCode = "400", description = "No user, or a mute without minutes")
    @APIResponse(responseCode = "403", description = "Not a moderator of the channel (or not an admin for all channels)")
    @APIResponse(responseCode = "409", description = "A moderator cannot sanction themselves")
    public Response impose(@Valid @NotNull NewSanction draft) {
        SanctionView created = moderation.impose(ChatUser.of(caller), draft);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("sanctions")
    @Operation(summary = "Sanctions of a channel (its moderators) or of all channels (admins), newest first")
    @APIResponse(responseCode = "403", description = "Not a moderator of the channel (or not an admin)")
    public PageView<SanctionView> sanctions(
            @Parameter(example = "booth:kreis-soest-umzug") @QueryParam("channel") String channel,
            @QueryParam("active") @DefaultValue("true") boolean active,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return moderation.sanctions(ChatUser.of(caller), channel, active, page, size);
    }

    @POST
    @Path("sanctions/{id}/lift")
    @Operation(summary = "Lift a mute or ban before it expires")
    @APIResponse(responseCode = "200", description = "Lifted")
    @APIResponse(responseCode = "403", description = "Not a moderator of its channel")
    @APIResponse(responseCode = "404", description = "No such sanction")
    public SanctionView lift(@PathParam("id") long id) {
        return moderation.lift(ChatUser.of(caller), id);
    }

    @GET
    @Path("reports")
    @Operation(summary = "The report queue (admins), oldest first")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageView<ReportView> reports(
            @QueryParam("status") @DefaultValue("open") @Pattern(regexp = "open|resolved|dismissed|all") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return moderation.reports(ChatUser.of(caller), status, page, size);
    }

    @POST
    @Path("reports/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Handle a report (admins), optionally deleting the message")
    @APIResponse(responseCode = "200", description = "Handled")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such report")
    public ReportView resolve(@PathParam("id") long id, @Valid @NotNull ReportResolution resolution) {
        return moderation.resolve(ChatUser.of(caller), id, resolution);
    }

    @GET
    @Path("log")
    @Operation(summary = "The moderation log (admins), newest first")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageView<LogEntryView> log(@QueryParam("channel") String channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return moderation.log(ChatUser.of(caller), channel, page, size);
    }
}
