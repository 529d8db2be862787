package de.kommunalmesse.accessibility;

import de.kommunalmesse.accessibility.AccessibilityViews.NewReply;
import de.kommunalmesse.accessibility.AccessibilityViews.Overview;
import de.kommunalmesse.accessibility.AccessibilityViews.ReplyView;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportDetail;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportUpdate;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportView;
import de.kommunalmesse.accessibility.AccessibilityViews.SignVideoView;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementAdminView;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementUpdate;
import de.kommunalmesse.accessibility.ReportService.Download;
import de.kommunalmesse.accessibility.SignVideoService.SlotUpdate;
import de.kommunalmesse.common.FileResponses;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The admins' side of the accessibility duties: the statement, the queue of barrier reports and the DGS
 * videos. Visitors, exhibitors and moderators are refused (403). The class sits at the root, as
 * HallAdminResource explains.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Accessibility administration", description = "Statement, barrier reports and DGS videos (admins)")
@APIResponse(responseCode = "401", description = "Not logged in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AccessibilityAdminResource {

    @Inject
    StatementService statement;

    @Inject
    ReportService reports;

    @Inject
    SignVideoService signVideos;

    @Inject
    Caller caller;

    @GET
    @Path("admin/accessibility/overview")
    @Operation(summary = "What needs doing: statement review due, open and overdue reports")
    public Overview overview() {
        long[] counts = reports.openAndOverdue();
        return new Overview(statement.exists(), statement.review().orElse(null), counts[0], counts[1],
                statement.answerDays());
    }

    @GET
    @Path("admin/accessibility/statement")
    @Operation(summary = "The statement in German and English with its review state")
    @APIResponse(responseCode = "404", description = "No statement written yet")
    public StatementAdminView statement() {
        return statement.forAdmin();
    }

    @PUT
    @Path("admin/accessibility/statement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the statement (both languages at once)")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementAdminView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields")
    @APIResponse(responseCode = "409", description = "Someone else saved it in the meantime")
    public StatementAdminView saveStatement(@Valid @NotNull StatementUpdate update) {
        return statement.save(update, caller.username());
    }

    @GET
    @Path("admin/accessibility/reports")
    @Operation(summary = "The queue of barrier reports, earliest deadline first")
    public List<ReportView> reports(
            @QueryParam("status") @Parameter(description = "neu, in-bearbeitung, beantwortet or abgeschlossen") String status,
            @QueryParam("overdue") @Parameter(description = "Only reports past their deadline without a reply") boolean overdue) {
        return reports.queue(status == null || status.isBlank() ? null : status(status), overdue);
    }

    @GET
    @Path("admin/accessibility/reports/{id}")
    @Operation(summary = "A report with its replies")
    @APIResponse(responseCode = "404", description = "No such report")
    public ReportDetail report(@PathParam("id") long id) {
        return reports.detail(id);
    }

    @PATCH
    @Path("admin/accessibility/reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set status and assignee of a report")
    public ReportView update(@PathParam("id") long id, @Valid @NotNull ReportUpdate update) {
        return reports.update(id, update);
    }

    @POST
    @Path("admin/accessibility/reports/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a report (final or interim); mailed to the reporter where they gave an address")
    @APIResponse(responseCode = "201", description = "Recorded; mailSent tells whether the e-mail went out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplyView.class)))
    @APIResponse(responseCode = "409", description = "The report is closed")
    public Response reply(@PathParam("id") long id, @Valid @NotNull NewReply reply) {
        return Response.status(Response.Status.CREATED).entity(reports.reply(id, reply, caller.username())).build();
    }

    @GET
    @Path("admin/accessibility/reports/{id}/attachment")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the file attached to a report")
    @APIResponse(responseCode = "404", description = "No such report or no attachment")
    public Response attachment(@PathParam("id") long id) {
        Download file = reports.attachment(id);
        return FileResponses.stored(file.content(), file.mediaType(), file.size(), "private, no-store")
                .header("Content-Disposition", FileResponses.disposition("attachment", file.fileName()))
                .build();
    }

    @PUT
    @Path("admin/accessibility/sign-videos/{slot}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Set the DGS video of a Leichte-Sprache page: title, transcript, video (MP4/WebM) with WebVTT captions",
            description = "Slots: angebot, bedienung, erklaerung, weitere. A video needs captions (sent now or before).")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignVideoView.class)))
    @APIResponse(responseCode = "400", description = "Missing title or transcript, or a video without captions")
    @APIResponse(responseCode = "415", description = "Not an MP4/WebM video or not a WebVTT file by content")
    public SignVideoView saveSignVideo(@PathParam("slot") String slot,
            @RestForm @NotBlank @Size(max = 200) String title,
            @RestForm @NotBlank @Size(max = 20000) String transcript,
            @RestForm @Min(1) @Max(36000) Integer durationSeconds,
            @RestForm FileUpload video,
            @RestForm FileUpload captions) {
        return signVideos.save(slot, new SlotUpdate(title, transcript, durationSeconds,
                video == null ? null : video.uploadedFile(), captions == null ? null : captions.uploadedFile()),
                caller.username());
    }

    private static ReportStatus status(String code) {
        try {
            return ReportStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "unknownFilterValue", null, code, "status");
        }
    }
}
