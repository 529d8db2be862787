package de.kommunalmesse.network;

import de.kommunalmesse.network.NetworkViews.BlockView;
import de.kommunalmesse.network.NetworkViews.RequestView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One contact request of "Vernetzen", seen and answered by its two sides: each operation finds it the same way,
 * and answers 404 alike when there is none or the caller is neither side (admins may only read it).
 */
@Path("/network/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Networking", description = "Visitors find each other and get in touch (opt-in)")
@APIResponse(responseCode = "404", description = "No such request, or the caller is neither side")
public class NetworkRequestResource {

    @Inject
    NetworkService network;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "One contact request (its two sides and admins)")
    public RequestView request() {
        return network.requestOf(id);
    }

    @POST
    @Path("accept")
    @Operation(summary = "Accept a request received: a private conversation opens, the sender is notified")
    @APIResponse(responseCode = "200", description = "Accepted, with the conversation")
    @APIResponse(responseCode = "403", description = "The caller sent it, or one of the two blocked the other")
    @APIResponse(responseCode = "409", description = "Already answered")
    public RequestView accept() {
        return network.accept(id);
    }

    @POST
    @Path("decline")
    @Operation(summary = "Decline a request received; the sender sees only \"not accepted\"")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "403", description = "The caller sent it")
    @APIResponse(responseCode = "409", description = "Already answered")
    public RequestView decline() {
        return network.decline(id);
    }

    @POST
    @Path("block")
    @Operation(summary = "Block the other side of a request; a pending request received is declined, the conversation closes")
    @APIResponse(responseCode = "200", description = "Blocked")
    public BlockView block() {
        return network.blockRequest(id);
    }
}
