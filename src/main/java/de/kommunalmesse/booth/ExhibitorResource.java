package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import de.kommunalmesse.booth.BoothViews.ExhibitorView;
import de.kommunalmesse.booth.BoothViews.NewExhibitor;
import de.kommunalmesse.booth.EditorViews.DraftView;
import de.kommunalmesse.booth.EditorViews.NewBoothRequest;
import de.kommunalmesse.booth.EditorViews.StaffUpdate;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
}
