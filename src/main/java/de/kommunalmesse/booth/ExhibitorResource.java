package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.booth.BoothViews.ExhibitorView;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.EditorViews.DraftView;
import de.kommunalmesse.booth.EditorViews.NewBoothRequest;
import de.kommunalmesse.booth.EditorViews.AuditView;
import de.kommunalmesse.booth.EditorViews.StaffUpdate;
import de.kommunalmesse.booth.StaffViews.ExhibitorOverview;
import de.kommunalmesse.booth.StaffViews.StaffInvitation;
import de.kommunalmesse.booth.StaffViews.StaffInvited;
import de.kommunalmesse.booth.StaffViews.StaffRoleChange;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exhibitors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exhibitors", description = "Organisations that show services in the hall")
public class ExhibitorResource {

    @Inject
    EditionService editions;

    @Inject
    BoothService booths;

    @Inject
    BoothEditorService editor;

    @Inject
    ExhibitorStaff staff;

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All exhibitors with their booths in the edition and their staff (admins)")
    @APIResponse(responseCode = "200", description = "The exhibitors by name")
    public List<ExhibitorOverview> list(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @QueryParam("q") @Parameter(description = "Part of the name, slug or a staff entry") String query) {
        return staff.list(scope(edition), query);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One exhibitor (its staff only for admins)")
    @APIResponse(responseCode = "200", description = "The exhibitor")
    @APIResponse(responseCode = "404", description = "No exhibitor with this slug")
    public ExhibitorView exhibitor(@PathParam("slug") String slug) {
        return booths.exhibitor(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create an exhibitor (admins)")
    @APIResponseSchema(value = ExhibitorView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown region")
    @APIResponse(responseCode = "409", description = "Slug already taken")
    public Response create(@Valid @NotNull NewExhibitor draft, UriInfo uri) {
        ExhibitorView created = booths.createExhibitor(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("{slug}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Replace the staff of an exhibitor: Keycloak usernames or e-mail addresses (admins)")
    @APIResponse(responseCode = "200", description = "The exhibitor with its new staff")
    @APIResponse(responseCode = "400", description = "Too many or over-long entries")
    @APIResponse(responseCode = "404", description = "No exhibitor with this slug")
    public ExhibitorView assignStaff(@PathParam("slug") String slug, @Valid @NotNull StaffUpdate update) {
        return booths.assignStaff(slug, update.staff());
    }

    @POST
    @Path("{slug}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Invite a person by e-mail to the exhibitor's staff (admins)",
            description = "Links the Keycloak account with this e-mail address, or creates one with a one-time password,"
                    + " adds it to the staff and mails the invitation (docs/operations.md).")
    @APIResponseSchema(value = StaffInvited.class, responseCode = "201", responseDescription = "Invited")
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "404", description = "No exhibitor with this slug")
    @APIResponse(responseCode = "409", description = "Already on the staff; nothing was created or sent")
    @APIResponse(responseCode = "503", description = "Keycloak, or for a new account the mail, is out of reach")
    public Response invite(@PathParam("slug") String slug,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull StaffInvitation invitation) {
        return Response.status(Response.Status.CREATED)
                .entity(staff.invite(scope(edition), slug, invitation.email())).build();
    }

    @DELETE
    @Path("{slug}/staff/{member}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Remove a username or e-mail address from the exhibitor's staff (admins)")
    @APIResponse(responseCode = "200", description = "The exhibitor without them")
    @APIResponse(responseCode = "404", description = "No such exhibitor, or not on its staff")
    public ExhibitorOverview removeStaff(@PathParam("slug") String slug, @PathParam("member") String member,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return staff.remove(scope(edition), slug, member);
    }

    @PUT
    @Path("{slug}/staff/{member}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Give a staff member the role lead (edits the booths) or staff (chat and conversations only) (admins)",
            description = "A change is logged in the exhibitor's audit log (action staff.role.lead or staff.role.staff).")
    @APIResponse(responseCode = "200", description = "The exhibitor with the staff's roles")
    @APIResponse(responseCode = "400", description = "Neither lead nor staff")
    @APIResponse(responseCode = "404", description = "No such exhibitor, or not on its staff")
    public ExhibitorOverview changeRole(@PathParam("slug") String slug, @PathParam("member") String member,
            @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull StaffRoleChange change) {
        return staff.changeRole(scope(edition), slug, member, StaffRole.valueOf(change.role().toUpperCase(Locale.ROOT)));
    }

    @GET
    @Path("{slug}/audit")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "What admins did to the exhibitor's staff, newest first (admins)")
    @APIResponse(responseCode = "200", description = "The audit log")
    @APIResponse(responseCode = "404", description = "No exhibitor with this slug")
    public List<AuditView> audit(@PathParam("slug") String slug) {
        return staff.audit(slug);
    }

    @POST
    @Path("{slug}/booths")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Create a new booth for an exhibitor the user staffs (admins: any)")
    @APIResponseSchema(value = DraftView.class, responseCode = "201",
            responseDescription = "Created as a draft, hidden until approved")
    @APIResponse(responseCode = "400", description = "Invalid slug or name")
    @APIResponse(responseCode = "403", description = "Not staff of this exhibitor, or archive mode closed editing")
    @APIResponse(responseCode = "404", description = "No exhibitor with this slug")
    @APIResponse(responseCode = "409", description = "Slug already taken")
    public Response createBooth(@PathParam("slug") String slug, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull NewBoothRequest request) {
        DraftView created = editor.createBooth(editions.resolve(edition), slug, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The edition whose booths the admins' exhibitor views show; none before a fair is set up (exhibitors exist then). */
    private Optional<EditionRef> scope(String edition) {
        return edition == null || edition.isBlank() ? editions.currentIfAny() : Optional.of(editions.resolve(edition));
    }
}
