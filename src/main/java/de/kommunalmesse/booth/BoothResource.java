package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.BoothDetail;
import de.kommunalmesse.common.PageView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/booths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hall", description = "Published booths (readable without login)")
public class BoothResource {

    @Inject
    BoothService booths;

    @GET
    @Operation(summary = "Published booths of the hall, filtered, searched and paged")
    @APIResponse(responseCode = "200", description = "One page of booth tiles")
    @APIResponse(responseCode = "400", description = "Unknown topic field or invalid paging")
    public PageView<BoothCard> hall(@Valid @BeanParam BoothQuery query) {
        return booths.hall(query);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published booth")
    @APIResponse(responseCode = "200", description = "The booth")
    @APIResponse(responseCode = "404", description = "No published booth with this slug")
    public BoothDetail booth(@PathParam("slug") String slug) {
        return booths.publishedBooth(slug);
    }
}
