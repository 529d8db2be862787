package de.kommunalmesse.fair;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.FairView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme frame", description = "The fair series, its event days and the OZG topic fields")
public class FairResource {

    @Inject
    FairService fairs;

    @GET
    @Path("fair")
    @Operation(summary = "The current fair series with its event days and host regions")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "No series set up yet")
    public FairView fair() {
        return fairs.currentFair().orElseThrow(() -> ProblemException.notFound("notFound.fair"));
    }

    @GET
    @Path("event-days")
    @Operation(summary = "The event days of the current series in date order")
    public List<EventDayView> eventDays() {
        return fairs.currentEventDays();
    }

    @GET
    @Path("topic-fields")
    @Operation(summary = "The 14 OZG topic fields (Themenfelder) and Smart City, in official order")
    public List<TopicFieldView> topicFields() {
        return List.copyOf(fairs.topicFields().values());
    }
}
