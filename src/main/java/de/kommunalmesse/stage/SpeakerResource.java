package de.kommunalmesse.stage;

import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.SpeakerViews.SpeakerDetail;
import de.kommunalmesse.stage.SpeakerViews.SpeakerInput;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "Speaker profiles with photo, short bio and talks (maintained by admins)")
public class SpeakerResource {

    @Inject
    SpeakerService speakers;

    @GET
    @Operation(summary = "All speakers by name (the talk editor picks from them)")
    public List<SpeakerView> speakers() {
        return speakers.speakers();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One speaker with photo, bio and talks")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "404", description = "No such speaker")
    public SpeakerDetail speaker(@PathParam("id") long id) {
        return speakers.speaker(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Create a speaker (admins)")
    @APIResponseSchema(value = SpeakerDetail.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = "Name missing, unknown photo, or a photo without alternative text")
    public Response create(@Valid @NotNull SpeakerInput input) {
        return Response.status(Response.Status.CREATED).entity(speakers.create(input)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change a speaker (admins)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "As for creating")
    @APIResponse(responseCode = "404", description = "No such speaker")
    @APIResponse(responseCode = "409", description = "Changed in the meantime")
    public SpeakerDetail update(@PathParam("id") long id, @Valid @NotNull SpeakerInput input) {
        return speakers.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a speaker who gives no talk any more (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such speaker")
    @APIResponse(responseCode = "409", description = "Still listed for a talk")
    public void delete(@PathParam("id") long id) {
        speakers.delete(id);
    }
}
