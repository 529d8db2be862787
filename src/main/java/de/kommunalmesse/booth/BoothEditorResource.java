package de.kommunalmesse.booth;

import de.kommunalmesse.common.Uploads;
import java.net.URI;
import de.kommunalmesse.booth.EditorViews.CarryOver;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.booth.EditorViews.AuditView;
import de.kommunalmesse.booth.EditorViews.Decision;
import de.kommunalmesse.booth.EditorViews.DraftUpdate;
import de.kommunalmesse.booth.EditorViews.DraftView;
import de.kommunalmesse.booth.EditorViews.EditorBooth;
import de.kommunalmesse.booth.EditorViews.MaterialView;
import de.kommunalmesse.booth.EditorViews.Placement;
import de.kommunalmesse.booth.EditorViews.ReviewView;
import de.kommunalmesse.booth.EditorViews.VersionRef;
import de.kommunalmesse.booth.HallViews.ContactRequestView;
import de.kommunalmesse.booth.HallViews.StatsView;
import de.kommunalmesse.booth.HallViews.StatusUpdate;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import de.kommunalmesse.common.Messages;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Editing a booth (its exhibitor's staff and admins) and reviewing it (admins). */
@Path("/booths/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Booth editor", description = "Working copy, uploads, inbox, statistics and review of a booth")
@APIResponse(responseCode = "404", description = "No booth with this slug")
// Unless an operation says otherwise (archive mode, admins only)
@APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor",
        content = @Content(mediaType = Problem.MEDIA_TYPE,
                examples = @ExampleObject(name = "not-staff", value = HallApiExamples.NOT_STAFF)))
public class BoothEditorResource {

    @Inject
    BoothEditorService editor;

    @Inject
    MaterialService materials;

    @Inject
    BoothVideos videos;

    @Inject
    BoothVideoUploads videoUploads;

    @Inject
    ContactRequests contactRequests;

    @Inject
    ReuseRequests reuseRequests;

    @Inject
    Messages messages;

    @PathParam("slug")
    String slug;

    @QueryParam("edition")
    @Parameter(description = EditionScope.DESCRIPTION)
    String edition;

    @Inject
    EditionService editions;

    private EditionRef edition() {
        return editions.resolve(edition);
    }

    @GET
    @Path("draft")
    @Operation(summary = "The working copy (or the approved content when there is none)")
    @APIResponse(responseCode = "200", description = "The working copy with its version, the uploads and whether editing is open")
    public DraftView draft() {
        return editor.draft(edition(), slug);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the working copy; the public booth stays as approved until review")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftUpdate.class),
            examples = @ExampleObject(name = "save", value = HallApiExamples.SAVE_DRAFT)))
    @APIResponse(responseCode = "200", description = "Saved; the answer carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields (errors[] names each), unknown topic field, event day or material,"
            + " a video address that is no https/site .m3u8, .mp4 or .webm, a video without captions",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = { @ExampleObject(name = "validation", value = HallApiExamples.VALIDATION),
                            @ExampleObject(name = "video-address", value = HallApiExamples.VIDEO_ADDRESS) }))
    @APIResponse(responseCode = "403", description = "Not a lead of this booth's exhibitor (staff with the role staff only read), or archive mode closed editing",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "archive-mode", value = HallApiExamples.ARCHIVE)))
    @APIResponse(responseCode = "409", description = "Someone saved in between (stale version); nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = HallApiExamples.STALE)))
    public DraftView save(@Valid @NotNull DraftUpdate update) {
        return editor.save(edition(), slug, update);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the working copy for review")
    @APIResponse(responseCode = "200", description = "Submitted: the working copy waits in the admins' review queue")
    @APIResponse(responseCode = "400", description = "Version missing")
    @APIResponse(responseCode = "403", description = "Not a lead of this booth's exhibitor (staff with the role staff only read), or archive mode closed editing",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "archive-mode", value = HallApiExamples.ARCHIVE)))
    @APIResponse(responseCode = "409", description = "Nothing to submit, already submitted, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "stale", value = HallApiExamples.STALE)))
    public DraftView submit(@Valid @NotNull VersionRef version) {
        return editor.submit(edition(), slug, version.version());
    }

    @POST
    @Path("materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a material (PDF, PNG, JPEG, WebP, GIF, PPTX, ODP; at most 25 MB; type by content)")
    @APIResponseSchema(value = MaterialView.class, responseCode = "201",
            responseDescription = "Stored, with its checksum; show it by listing it in the working copy")
    @APIResponse(responseCode = "400", description = "No file, or an empty one")
    @APIResponse(responseCode = "403", description = "Not a lead of this booth's exhibitor (staff with the role staff only read), or archive mode closed editing",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "archive-mode", value = HallApiExamples.ARCHIVE)))
    @APIResponse(responseCode = "413", description = "Larger than 25 MB; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "too-large", value = HallApiExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not one of the accepted file types, whatever its name says; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "renamed-program", value = HallApiExamples.WRONG_TYPE)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm("title") String title) {
        MaterialView stored = materials.upload(edition(), slug, Uploads.required(file).uploadedFile(), file.fileName(), title);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @POST
    @Path("video-captions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload WebVTT captions for the booth's video (at most 1 MB)",
            description = "The file is checked line by line; set its id as video.captionsId in the working copy to use it.")
    @APIResponseSchema(value = EditorViews.CaptionsFileView.class, responseCode = "201",
            responseDescription = "Stored, with the number of cues")
    @APIResponse(responseCode = "400", description = "No file, an empty one, or no valid WebVTT (errors[] name each line)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = HallApiExamples.CAPTIONS_INVALID)))
    @APIResponse(responseCode = "403", description = "Not a lead of this booth's exhibitor (staff with the role staff only read), or archive mode closed editing",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "archive-mode", value = HallApiExamples.ARCHIVE)))
    @APIResponse(responseCode = "413", description = "Larger than 1 MB; nothing was stored")
    @APIResponse(responseCode = "415", description = "Not starting with \"WEBVTT\"; nothing was stored")
    public Response uploadCaptions(@RestForm("file") FileUpload file,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        EditorViews.CaptionsFileView stored = videos.upload(edition(), slug, Uploads.required(file).uploadedFile(),
                file.fileName(), messages.resolve(language));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @POST
    @Path("video-uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a video (MP4, WebM or MOV; size limit kommunalmesse.video.max-upload-megabytes, 100 MB by default)",
            description = "The server transcodes it in the background to HLS (H.264/AAC, at most 720p). Poll"
                    + " GET video-uploads/{id} until state is ready, then set its playlistUrl as video.url in the working copy.")
    @APIResponseSchema(value = EditorViews.VideoUploadView.class, responseCode = "201",
            responseDescription = "Stored; state processing (\"wird umgewandelt\")")
    @APIResponse(responseCode = "400", description = "No file, or an empty one")
    @APIResponse(responseCode = "403", description = "Not a lead of this booth's exhibitor, or archive mode closed editing")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit; nothing was stored")
    @APIResponse(responseCode = "415", description = "Neither MP4, WebM nor MOV (by content); nothing was stored")
    @APIResponse(responseCode = "503", description = "The server has no ffmpeg: videos can only be given by address",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "no-ffmpeg", value = HallApiExamples.NO_TRANSCODING)))
    public Response uploadVideo(@RestForm("file") FileUpload file) {
        EditorViews.VideoUploadView stored = videoUploads.upload(edition(), slug, Uploads.required(file).uploadedFile(),
                file.fileName());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("video-uploads/{id}")
    @Operation(summary = "An uploaded video with its transcoding state (processing, ready, failed)")
    @APIResponse(responseCode = "200", description = "The upload; playlistUrl once ready, error when failed")
    @APIResponse(responseCode = "404", description = "No such upload of this booth")
    public EditorViews.VideoUploadView videoUpload(@PathParam("id") long id) {
        return videoUploads.status(edition(), slug, id);
    }

    @GET
    @Path("contact-requests")
    @Operation(summary = "The booth's inbox of contact requests, newest first")
    @APIResponse(responseCode = "200", description = "The contact requests with the visitors' consented contact data")
    public List<ContactRequestView> inbox() {
        return contactRequests.inbox(edition(), slug);
    }

    @POST
    @Path("services/publiccode")
    @Consumes({ MediaType.TEXT_PLAIN, "application/yaml", "application/x-yaml", "text/yaml" })
    @Operation(summary = "Add a service from a publiccode.yml (version 0.4 or later) to the working copy",
            description = "The file is checked first; every problem is listed by line and key in errors[] and nothing is "
                    + "saved. The service goes into the working copy, not into the hall, until an admin approves it.")
    @APIResponse(responseCode = "200", description = "The working copy with the new service, and the keys not taken over")
    @APIResponse(responseCode = "400", description = "Not YAML, a version before 0.4, missing or invalid keys (errors[] with line and field)")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor, or editing closed")
    public EditorViews.PublicCodeImport importPublicCode(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            String yaml) {
        return editor.importPublicCode(edition(), slug, yaml, messages.resolve(language));
    }

    @POST
    @Path("services/publiccode")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same import with the file's text in JSON ({\"yaml\": \"…\"}), as the web app sends it")
    @APIResponse(responseCode = "200", description = "The working copy with the new service, and the keys not taken over")
    @APIResponse(responseCode = "400", description = "As for the YAML body")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor, or editing closed")
    public EditorViews.PublicCodeImport importPublicCodeJson(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Valid @NotNull EditorViews.PublicCodeText text) {
        return editor.importPublicCode(edition(), slug, text.yaml(), messages.resolve(language));
    }

    @GET
    @Path("reuse-requests")
    @Operation(summary = "The booth's reuse board: its staff and its reuse requests with history, newest first")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not-staff", value = HallApiExamples.NOT_STAFF)))
    public ReuseViews.ReuseBoard reuseBoard() {
        return reuseRequests.board(edition(), slug);
    }

    @PATCH
    @Path("contact-requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the status of a contact request (neu, in-bearbeitung, erledigt)")
    @APIResponse(responseCode = "200", description = "The contact request with its new status")
    @APIResponse(responseCode = "400", description = "Unknown status")
    public ContactRequestView setStatus(@PathParam("id") long id, @Valid @NotNull StatusUpdate update) {
        return contactRequests.setStatus(edition(), slug, id, update.status());
    }

    @GET
    @Path("stats")
    @Operation(summary = "Views, downloads and contact requests per day (no personal data)")
    @APIResponse(responseCode = "200", description = "Totals and one entry per day with activity")
    public StatsView stats() {
        return editor.stats(edition(), slug);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The booth's audit log: who changed what, when")
    @APIResponse(responseCode = "200", description = "Entries, newest first")
    public List<AuditView> audit() {
        return editor.auditLog(edition(), slug);
    }

    @GET
    @Path("review")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A submitted change next to the approved content (admins)")
    @APIResponse(responseCode = "200", description = "The approved content (null for a new booth) and the proposed one")
    public ReviewView review() {
        return editor.review(edition(), slug);
    }

    @POST
    @Path("approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Approve the submitted change: it becomes the public booth (admins)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decision.class),
            examples = @ExampleObject(name = "approve", value = "{\"version\":4}")))
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "400", description = "Version missing or reason too long")
    @APIResponse(responseCode = "409", description = "Not submitted, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not-submitted", value = HallApiExamples.NOT_SUBMITTED)))
    public EditorBooth approve(@Valid @NotNull Decision decision) {
        return editor.approve(edition(), slug, decision);
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Reject the submitted change with a reason (admins)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decision.class),
            examples = @ExampleObject(name = "reject", value = HallApiExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Rejected; the exhibitor sees the reason")
    @APIResponse(responseCode = "400", description = "Reason missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "reason-missing", value = HallApiExamples.REASON_MISSING)))
    @APIResponse(responseCode = "409", description = "Not submitted, or stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "not-submitted", value = HallApiExamples.NOT_SUBMITTED)))
    public EditorBooth reject(@Valid @NotNull Decision decision) {
        return editor.reject(edition(), slug, decision);
    }

    @PUT
    @Path("placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Hall order, tile size and featured flag (admins)")
    @APIResponse(responseCode = "200", description = "The booth with its new placement")
    @APIResponse(responseCode = "400", description = "Order out of range or unknown tile size")
    public EditorBooth place(@Valid @NotNull Placement placement) {
        return editor.place(edition(), slug, placement);
    }

    @POST
    @Path("carry-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "\"Stand übernehmen\": copy this booth of an earlier edition (the edition parameter) into another edition"
            + " as a working copy with its content, services and materials, to be edited and submitted for review")
    @APIResponseSchema(value = DraftView.class, responseCode = "201", responseDescription = "The working copy in the target edition")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor, or the target edition is archived")
    @APIResponse(responseCode = "404", description = "No such booth or edition")
    @APIResponse(responseCode = "409", description = "The exhibitor does not take part in the target edition, or the booth is there already")
    public Response carryOver(@Valid @NotNull CarryOver request) {
        DraftView created = editor.carryOver(edition(), slug, editions.resolve(request.edition()));
        return Response.created(URI.create("/api/booths/" + created.slug() + "/draft?edition=" + created.edition()))
                .entity(created).build();
    }
}
