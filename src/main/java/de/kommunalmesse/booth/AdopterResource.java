package de.kommunalmesse.booth;

import de.kommunalmesse.booth.ReuseViews.Adoption;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of confirmed adopters of a service, across editions. */
@Path("/services/{key}/adopters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reuse")
public class AdopterResource {

    @Inject
    ReuseRequests requests;

    @GET
    @Operation(summary = "Organisations that confirmed their reuse of the service, with the year (public)")
    @APIResponse(responseCode = "200", description = "The adopters, newest year first; empty when there are none")
    public List<Adoption> adopters(@PathParam("key") String key) {
        return requests.adoptions(Set.of(key)).getOrDefault(key, List.of());
    }
}
