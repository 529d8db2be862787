package de.kommunalmesse.fair;

import de.kommunalmesse.fair.EditionViews.EditionDetail;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionViews.EditionUpdate;
import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.fair.EditionViews.StateChange;
import de.kommunalmesse.identity.Role;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "The editions of the series: current, in preparation and archived")
public class EditionResource {

    @Inject
    EditionService editions;

    @GET
    @Path("editions")
    @Operation(summary = "The editions the caller may see, newest first; the current one is marked")
    public List<EditionRef> list() {
        return editions.visibleEditions();
    }

    @GET
    @Path("editions/{slug}")
    @Operation(summary = "One edition")
    @APIResponse(responseCode = "404", description = "No such edition, or one in preparation the caller may not see")
    public EditionRef get(@PathParam("slug") String slug) {
        return editions.resolve(slug);
    }

    @GET
    @Path("admin/editions")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "All editions with their event days (admins)")
    public List<EditionDetail> adminList() {
        return editions.details();
    }

    @POST
    @Path("admin/editions")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an edition, optionally copying the stages and settings of an earlier one (admins)")
    @APIResponse(responseCode = "201", description = "Created, in preparation unless it is the first or marked current")
    @APIResponse(responseCode = "409", description = "Slug taken, dates overlap another edition, or a second current edition")
    public Response create(@NotNull @Valid NewEdition draft) {
        EditionDetail created = editions.create(draft);
        return Response.created(URI.create("/api/editions/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("admin/editions/{slug}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an edition's title, dates and archive delay (admins)")
    @APIResponse(responseCode = "409", description = "Dates overlap another edition or leave event days outside")
    public EditionDetail update(@PathParam("slug") String slug, @NotNull @Valid EditionUpdate update) {
        return editions.update(slug, update);
    }

    @POST
    @Path("admin/editions/{slug}/current")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Make this the current edition, the one the plain addresses lead to (admins)")
    public EditionDetail makeCurrent(@PathParam("slug") String slug) {
        return editions.makeCurrent(slug);
    }

    @POST
    @Path("admin/editions/{slug}/state")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open, archive or re-open an edition (admins)")
    @APIResponse(responseCode = "409", description = "A change the life cycle does not allow")
    public EditionDetail changeState(@PathParam("slug") String slug, @NotNull @Valid StateChange change) {
        return editions.changeState(slug, change.state());
    }
}
