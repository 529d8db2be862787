package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The exhibitors taking part in an edition (admins). */
@Path("/admin/editions/{edition}/exhibitors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Editions")
public class ParticipationResource {

    @Inject
    Participation participation;

    @Inject
    EditionService editions;

    @PathParam("edition")
    String edition;

    /** An exhibitor to invite. */
    @Schema(name = "Invitation")
    public record Invitation(@NotBlank @Size(max = 60) @Schema(examples = "kreis-soest") String exhibitor) {
    }

    @GET
    @Operation(summary = "The exhibitors taking part in the edition, by name")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ExhibitorRef> list() {
        return participation.exhibitors(editions.resolve(edition));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite an exhibitor into the edition: its staff may then create or carry over booths there")
    @APIResponse(responseCode = "404", description = "No such edition or exhibitor")
    public List<ExhibitorRef> invite(@Valid @NotNull Invitation invitation) {
        return participation.invite(editions.resolve(edition), invitation.exhibitor());
    }

    @DELETE
    @Path("{exhibitor}")
    @Operation(summary = "Take an exhibitor out of the edition")
    @APIResponse(responseCode = "409", description = "The exhibitor has booths in the edition")
    public List<ExhibitorRef> remove(@PathParam("exhibitor") String exhibitor) {
        return participation.remove(editions.resolve(edition), exhibitor);
    }
}
