package de.kommunalmesse.stage;

import de.kommunalmesse.identity.Role;
import de.kommunalmesse.stage.StageViews.LiveUpdate;
import de.kommunalmesse.stage.StageViews.PictureUpdate;
import de.kommunalmesse.stage.StageViews.StageNames;
import de.kommunalmesse.stage.StageViews.StageView;
import de.kommunalmesse.stage.StageViews.StreamUpdate;
import jakarta.annotation.security.RolesAllowed;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages", description = "Streams and live state of the stages")
public class StageResource {

    @Inject
    EditionService editions;

    @Inject
    StageService stages;

    @GET
    @Operation(summary = "The stages with stream, live state, current and next talk")
    public List<StageView> stages(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return stages.stages(editions.resolve(edition));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One stage")
    @APIResponse(responseCode = "404", description = "No such stage")
    public StageView stage(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return stages.stage(editions.resolve(edition), key);
    }

    @PUT
    @Path("{key}/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Set the stream of a stage: HLS address (with WebVTT captions) or an external embed (admins)")
    @APIResponse(responseCode = "400", description = "Not an http(s) address, or provider missing")
    @APIResponse(responseCode = "409", description = "Changed in the meantime")
    public StageView setStream(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull StreamUpdate update) {
        return stages.setStream(editions.resolve(edition), key, update);
    }

    @GET
    @Path("{key}/names")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "The stage's name in German and English as stored, for editing (admins)")
    @APIResponse(responseCode = "200", description = "Both names and the version to save against")
    @APIResponse(responseCode = "404", description = "No such stage in the edition")
    public StageNames names(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return stages.names(editions.resolve(edition), key);
    }

    @PUT
    @Path("{key}/names")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Rename the stage in German (required) and English (optional) (admins)")
    @APIResponse(responseCode = "200", description = "Saved; the answer carries the new version")
    @APIResponse(responseCode = "400", description = "No German name, or a name over 120 characters")
    @APIResponse(responseCode = "404", description = "No such stage in the edition")
    @APIResponse(responseCode = "409", description = "Changed in the meantime")
    public StageNames rename(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull StageNames update) {
        return stages.rename(editions.resolve(edition), key, update);
    }

    @PUT
    @Path("{key}/picture")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Set or remove the stage's picture, shown in the lobby while the stage is live (admins)")
    @APIResponse(responseCode = "400", description = "Unknown image, or no alternative text")
    public StageView setPicture(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull PictureUpdate update) {
        return stages.setPicture(editions.resolve(edition), key, update);
    }

    @PUT
    @Path("{key}/live")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN, Role.MODERATOR })
    @Operation(summary = "Switch the live state: upcoming, live, paused (with a message), ended (moderators, admins)")
    public StageView setLive(@PathParam("key") String key, @QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition,
            @Valid @NotNull LiveUpdate update) {
        return stages.setLive(editions.resolve(edition), key, update);
    }
}
