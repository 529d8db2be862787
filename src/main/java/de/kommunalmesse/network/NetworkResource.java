package de.kommunalmesse.network;

import de.kommunalmesse.network.NetworkViews.BlockView;
import de.kommunalmesse.network.NetworkViews.DirectoryView;
import de.kommunalmesse.network.NetworkViews.NewRequest;
import de.kommunalmesse.network.NetworkViews.OwnProfileView;
import de.kommunalmesse.network.NetworkViews.PersonView;
import de.kommunalmesse.network.NetworkViews.ProfileUpdate;
import de.kommunalmesse.network.NetworkViews.RequestsView;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Vernetzen": opt-in profiles, the directory of visitors, contact requests between them and blocks. What is done
 * to one request is in {@link NetworkRequestResource}.
 */
@Path("/network")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Networking", description = "Visitors find each other and get in touch (opt-in)")
// Written although ErrorResponseSchemas adds it: a class-level answer keeps SmallRye from adding default 200s
@APIResponse(responseCode = "401", description = "Not logged in")
public class NetworkResource {

    @Inject
    NetworkService network;

    @GET
    @Path("profile")
    @Operation(summary = "The caller's own profile, or findable=false when they have not opted in")
    public OwnProfileView profile() {
        return network.ownProfile();
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opt in to the directory, or change the profile; the name comes from the account")
    @APIResponse(responseCode = "200", description = "The profile as others see it")
    @APIResponse(responseCode = "400", description = "Organisation missing, unknown host region or topic field")
    public OwnProfileView saveProfile(@Valid @NotNull ProfileUpdate update) {
        return network.saveProfile(update);
    }

    @DELETE
    @Path("profile")
    @Operation(summary = "Leave the directory: the profile is deleted at once")
    @APIResponse(responseCode = "204", description = "Not findable any more")
    public Response leave() {
        network.leave();
        return Response.noContent().build();
    }

    @GET
    @Path("people")
    @Operation(summary = "The directory: visitors who opted in, without the caller and anybody blocked either way")
    @APIResponse(responseCode = "200", description = "Up to 50 people by name, and how many match")
    public DirectoryView directory(
            @Parameter(description = "Organisation type", example = "kommune") @QueryParam("type") String type,
            @Parameter(description = "Host region code", example = "soest") @QueryParam("region") String region,
            @Parameter(description = "Topic field code", example = "gesundheit") @QueryParam("topic") String topic,
            @Parameter(description = "Words in name, organisation, role, region or text") @QueryParam("q") String text) {
        return network.directory(type, region, topic, text);
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "People with the caller's topic fields or host region, not yet in touch; empty until opted in")
    public List<PersonView> suggestions() {
        return network.suggestions();
    }

    @POST
    @Path("people/{id}/block")
    @Operation(summary = "Block a person of the directory: no requests either way, no messages, not in each other's directory")
    @APIResponse(responseCode = "200", description = "Blocked")
    @APIResponse(responseCode = "404", description = "No such profile")
    public BlockView blockPerson(@PathParam("id") long id) {
        return network.blockPerson(id);
    }

    @GET
    @Path("requests")
    @Operation(summary = "The caller's contact requests, received and sent")
    public RequestsView requests() {
        return network.requests();
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a person of the directory for contact, with a short message (the caller must be findable)")
    @APIResponse(responseCode = "201", description = "The request waits for the answer")
    @APIResponse(responseCode = "404", description = "No such profile (or one of the two blocked the other)")
    @APIResponse(responseCode = "409", description = "The caller has no profile, asks themselves, or the two already asked each other")
    public Response request(@Valid @NotNull NewRequest draft) {
        return Response.status(Response.Status.CREATED).entity(network.request(draft)).build();
    }

    @GET
    @Path("blocks")
    @Operation(summary = "The people the caller blocked")
    public List<BlockView> blocks() {
        return network.blocked();
    }

    @DELETE
    @Path("blocks/{id}")
    @Operation(summary = "Lift a block")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", description = "No such block of the caller's")
    public Response unblock(@PathParam("id") long id) {
        network.unblock(id);
        return Response.noContent().build();
    }
}
