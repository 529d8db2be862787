package de.kommunalmesse.accessibility;

import de.kommunalmesse.accessibility.AccessibilityViews.FormToken;
import de.kommunalmesse.accessibility.AccessibilityViews.ReportReceipt;
import de.kommunalmesse.accessibility.AccessibilityViews.SignVideoView;
import de.kommunalmesse.accessibility.AccessibilityViews.StatementView;
import de.kommunalmesse.accessibility.ReportService.NewReport;
import de.kommunalmesse.accessibility.SignVideoService.Stream;
import de.kommunalmesse.common.FileResponses;
import de.kommunalmesse.common.Messages;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The public side of the accessibility duties: the statement, "Barriere melden" and the DGS videos. No login. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accessibility", description = "Erklärung zur Barrierefreiheit, Barriere melden, Gebärdensprache (public)")
public class AccessibilityResource {

    @Inject
    StatementService statement;

    @Inject
    ReportService reports;

    @Inject
    FormGuard guard;

    @Inject
    SignVideoService signVideos;

    @Inject
    Messages messages;

    @GET
    @Path("accessibility/statement")
    @Operation(summary = "The Erklärung zur Barrierefreiheit in the language of Accept-Language (German by default)")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No statement written yet")
    public StatementView statement(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return statement.published(messages.resolve(language));
    }

    @GET
    @Path("accessibility/reports/form")
    @Operation(summary = "A signed token for the form \"Barriere melden\"",
            description = "Fetch it when the form is shown and send it back as formToken: a report that comes back "
                    + "sooner than minFillSeconds, or with an old or forged token, is refused.")
    public FormToken form() {
        return new FormToken(guard.issue(), guard.minFillSeconds());
    }

    @POST
    @Path("accessibility/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Report a barrier (\"Barriere melden\"); no login needed",
            description = "Multipart form: description (what), location (where, e.g. the address of the page), "
                    + "optional contactEmail for the answer, optional file (screenshot or PDF, by content), formToken "
                    + "from GET /api/accessibility/reports/form, and the field website, which people leave empty. "
                    + "At most a few reports per client address and hour.")
    @APIResponse(responseCode = "201", description = "Received; the answer is due by answerDueAt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, a filled honeypot, a missing, old or forged token, or sent too fast")
    @APIResponse(responseCode = "413", description = "Attachment too large")
    @APIResponse(responseCode = "415", description = "Attachment neither an image nor a PDF by its content")
    @APIResponse(responseCode = "429", description = "Too many reports from this address; see Retry-After")
    public Response submit(
            @RestForm @NotBlank @Size(max = 5000) String description,
            @RestForm @NotBlank @Size(max = 1000) String location,
            @RestForm @Email @Size(max = 254) String contactEmail,
            @RestForm String formToken,
            @RestForm String website,
            @RestForm FileUpload file,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Context HttpServerRequest request) {
        guard.count(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        guard.check(formToken, website);
        ReportReceipt receipt = reports.submit(new NewReport(description, location, contactEmail,
                messages.resolve(language), file == null ? null : file.uploadedFile(), file == null ? null : file.fileName()));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("accessibility/sign-videos")
    @Operation(summary = "The sign-language (DGS) videos of the Leichte-Sprache pages, with transcripts")
    public List<SignVideoView> signVideos() {
        return signVideos.all();
    }

    @GET
    @Path("accessibility/sign-videos/{slot}/video")
    @Produces({ "video/mp4", "video/webm" })
    @Operation(summary = "The video of a slot")
    @APIResponse(responseCode = "404", description = "No video in this slot")
    public Response video(@PathParam("slot") String slot) {
        Stream video = signVideos.video(slot);
        return FileResponses.stored(video.content(), video.mediaType(), video.size(), "public, max-age=300").build();
    }

    @GET
    @Path("accessibility/sign-videos/{slot}/captions")
    @Produces("text/vtt")
    @Operation(summary = "The WebVTT captions of a slot's video")
    @APIResponse(responseCode = "404", description = "No captions in this slot")
    public Response captions(@PathParam("slot") String slot) {
        Stream captions = signVideos.captions(slot);
        return Response.ok(captions.content(), captions.mediaType()).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=300").build();
    }
}
