package de.kommunalmesse.stage;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.CaptionsViews.CaptionsPreview;
import de.kommunalmesse.stage.CaptionsViews.CaptionsView;
import de.kommunalmesse.stage.CaptionsViews.TranscriptInput;
import de.kommunalmesse.stage.CaptionsViews.WaiverInput;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Captions", description = "WebVTT captions and transcripts of talks; no recording online without them"
        + " or an admin's recorded decision")
public class TalkCaptionsResource {

    static final String WEBVTT = "text/vtt";

    @Inject
    TalkCaptionsService captions;

    @Inject
    Messages messages;

    @GET
    @Path("talks/{id}/captions")
    @Operation(summary = "The captions state of a talk: cue count, transcript, admin decision, what the caller may do")
    @APIResponse(responseCode = "404", description = "No such talk")
    public CaptionsView captions(@PathParam("id") long talkId) {
        return captions.captions(talkId);
    }

    @GET
    @Path("talks/{id}/captions.vtt")
    @Produces(WEBVTT)
    @Operation(summary = "The WebVTT captions of a talk's recording (for the player's text track)")
    @APIResponse(responseCode = "404", description = "No captions for this talk")
    public Response vtt(@PathParam("id") long talkId) {
        return Response.ok(captions.vtt(talkId), WEBVTT + "; charset=utf-8").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache").build();
    }

    @PUT
    @Path("talks/{id}/captions")
    @Consumes({ WEBVTT, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Authenticated
    @Operation(summary = "Check and store the WebVTT captions of a talk (admins, moderators, staff of the talk's booths)",
            description = "The body is the WebVTT file (UTF-8, at most 1 MB). dryRun=true only checks it and returns"
                    + " the cues for a preview. The transcript follows the captions unless it was written by hand.")
    @RequestBody(description = "WEBVTT\\n\\n00:00.500 --> 00:04.000\\nWillkommen zur Kommunalmesse.")
    @APIResponse(responseCode = "200", description = "The cues and the transcript made of them")
    @APIResponse(responseCode = "400", description = "No valid WebVTT: errors[] name each line and what is wrong")
    @APIResponse(responseCode = "403", description = "Neither admin, moderator nor staff of a booth of the talk")
    public CaptionsPreview save(@PathParam("id") long talkId,
            @QueryParam("dryRun") @Parameter(description = "Only check, store nothing") boolean dryRun,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, byte[] vtt) {
        return captions.save(talkId, vtt, dryRun, messages.resolve(language));
    }

    @PUT
    @Path("talks/{id}/transcript")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Write or correct the transcript of a talk (admins, moderators, staff of the talk's booths)")
    @APIResponse(responseCode = "403", description = "Neither admin, moderator nor staff of a booth of the talk")
    public CaptionsView transcript(@PathParam("id") long talkId, @Valid @NotNull TranscriptInput input) {
        return captions.saveTranscript(talkId, input.text());
    }

    @PUT
    @Path("talks/{id}/captions-waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Decide that the talk's recording may go online without captions, with the reason (admins; logged)")
    @APIResponse(responseCode = "400", description = "No reason given")
    public CaptionsView waive(@PathParam("id") long talkId, @Valid @NotNull WaiverInput input) {
        return captions.waive(talkId, input.reason());
    }

    @DELETE
    @Path("talks/{id}/captions-waiver")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Withdraw the decision to publish without captions (admins; logged)")
    @APIResponse(responseCode = "409", description = "A recording without captions is online: remove it first")
    public CaptionsView revoke(@PathParam("id") long talkId) {
        return captions.revokeWaiver(talkId);
    }
}
