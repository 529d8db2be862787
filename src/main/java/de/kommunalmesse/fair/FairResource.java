package de.kommunalmesse.fair;

import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.FairView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme frame", description = "The fair series, its event days and the OZG topic fields")
public class FairResource {

    @Inject
    FairService fairs;

    @Inject
    EditionService editions;

    @GET
    @Path("fair")
    @Operation(summary = "The fair series with the event days and host regions of an edition (the current one by default)")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "No series set up yet, or no such edition")
    public FairView fair(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return fairs.fair(editions.resolve(edition));
    }

    @GET
    @Path("event-days")
    @Operation(summary = "The event days of an edition (the current one by default) in date order")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<EventDayView> eventDays(@QueryParam("edition") @Parameter(description = EditionScope.DESCRIPTION) String edition) {
        return fairs.eventDaysOf(editions.resolve(edition).id());
    }

    @GET
    @Path("topic-fields")
    @Operation(summary = "The 14 OZG topic fields (Themenfelder) and Smart City, in official order")
    public List<TopicFieldView> topicFields() {
        return List.copyOf(fairs.topicFields().values());
    }
}
