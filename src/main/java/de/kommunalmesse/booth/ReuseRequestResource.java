package de.kommunalmesse.booth;

import de.kommunalmesse.booth.ReuseViews.ReuseHandling;
import de.kommunalmesse.booth.ReuseViews.ReuseRequestView;
import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One reuse request: read, worked on the board, confirmed or withdrawn (docs/reuse.md). */
@Path("/reuse-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reuse", description = "Reuse requests, the booth's board and confirmed adopters")
@APIResponse(responseCode = "404", description = "No such reuse request")
public class ReuseRequestResource {

    @Inject
    ReuseRequests requests;

    @PathParam("id")
    long id;

    @GET
    @Operation(summary = "A reuse request: in full for the booth's staff and admins, without their work for the requester")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "403", description = "Neither the requester nor the booth's staff nor an admin")
    public ReuseRequestView get() {
        return requests.get(id);
    }

    @PUT
    @Path("handling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Work a request on the board: status (allowed moves only), reason, notes, next date, assignee")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReuseHandling.class),
            examples = @ExampleObject(name = "talk", value = "{\"version\":0,\"status\":\"im-gespraech\",\"notes\":"
                    + "\"Termin mit dem Fachamt vereinbart\",\"nextDate\":\"2027-01-15\",\"assignee\":\"aussteller-soest\"}")))
    @APIResponse(responseCode = "200", description = "The request with its new state and history")
    @APIResponse(responseCode = "400", description = "No reason for cancelling, or an assignee outside the team")
    @APIResponse(responseCode = "403", description = "Not staff of the booth's exhibitor")
    @APIResponse(responseCode = "409", description = "Changed since the given version, a move the board does not allow, or withdrawn")
    public ReuseRequestView handle(@Valid @NotNull ReuseHandling handling) {
        return requests.handle(id, handling);
    }

    @POST
    @Path("confirm")
    @Operation(summary = "The requester confirms the reuse; their organisation is listed as an adopter with the year")
    @APIResponse(responseCode = "200", description = "The confirmed request")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "409", description = "The request is not at nachgenutzt")
    public ReuseRequestView confirm() {
        return requests.confirm(id);
    }

    @POST
    @Path("withdraw")
    @Operation(summary = "The requester withdraws the request; their name, e-mail, questions and the notes are removed")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public void withdraw() {
        requests.withdraw(id);
    }
}
