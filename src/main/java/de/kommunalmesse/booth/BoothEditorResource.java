package de.kommunalmesse.booth;

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
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Editing a booth (its exhibitor's staff and admins) and reviewing it (admins). */
@Path("/booths/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "keycloak")
@Tag(name = "Booth editor", description = "Working copy, uploads, inbox, statistics and review of a booth")
public class BoothEditorResource {

    @Inject
    BoothEditorService editor;

    @Inject
    MaterialService materials;

    @Inject
    ContactRequests contactRequests;

    @PathParam("slug")
    String slug;

    @GET
    @Path("draft")
    @Operation(summary = "The working copy (or the approved content when there is none)")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public DraftView draft() {
        return editor.draft(slug);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the working copy; the public booth stays as approved until review")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown topic field, event day or material")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor, or editing is closed")
    @APIResponse(responseCode = "409", description = "Someone saved in between (stale version)")
    public DraftView save(@Valid @NotNull DraftUpdate update) {
        return editor.save(slug, update);
    }

    @POST
    @Path("submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the working copy for review")
    @APIResponse(responseCode = "409", description = "Nothing to submit, already submitted, or stale version")
    public DraftView submit(@Valid @NotNull VersionRef version) {
        return editor.submit(slug, version.version());
    }

    @POST
    @Path("materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a material (PDF, PNG, JPEG, WebP, GIF, PPTX, ODP; at most 25 MB; type by content)")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "413", description = "Larger than 25 MB")
    @APIResponse(responseCode = "415", description = "Not one of the accepted file types")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("title") String title) {
        if (file == null) {
            throw ProblemException.badRequest("upload.missing");
        }
        MaterialView stored = materials.upload(slug, file.uploadedFile(), file.fileName(), title);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("contact-requests")
    @Operation(summary = "The booth's inbox of contact requests, newest first")
    public List<ContactRequestView> inbox() {
        return contactRequests.inbox(slug);
    }

    @PATCH
    @Path("contact-requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the status of a contact request (neu, in-bearbeitung, erledigt)")
    public ContactRequestView setStatus(@PathParam("id") long id, @Valid @NotNull StatusUpdate update) {
        return contactRequests.setStatus(slug, id, update.status());
    }

    @GET
    @Path("stats")
    @Operation(summary = "Views, downloads and contact requests per day (no personal data)")
    public StatsView stats() {
        return editor.stats(slug);
    }

    @GET
    @Path("audit")
    @Operation(summary = "The booth's audit log: who changed what, when")
    public List<AuditView> audit() {
        return editor.auditLog(slug);
    }

    @GET
    @Path("review")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "A submitted change next to the approved content (admins)")
    public ReviewView review() {
        return editor.review(slug);
    }

    @POST
    @Path("approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Approve the submitted change: it becomes the public booth (admins)")
    @APIResponse(responseCode = "409", description = "Not submitted, or stale version")
    public EditorBooth approve(@Valid @NotNull Decision decision) {
        return editor.approve(slug, decision);
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Reject the submitted change with a reason (admins)")
    @APIResponse(responseCode = "400", description = "Reason missing")
    @APIResponse(responseCode = "409", description = "Not submitted, or stale version")
    public EditorBooth reject(@Valid @NotNull Decision decision) {
        return editor.reject(slug, decision);
    }

    @PUT
    @Path("placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Hall order, tile size and featured flag (admins)")
    public EditorBooth place(@Valid @NotNull Placement placement) {
        return editor.place(slug, placement);
    }
}
