package de.kommunalmesse.meeting;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.fair.EditionScope;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.meeting.MeetingViews.BoothSlots;
import de.kommunalmesse.meeting.MeetingViews.MeetingView;
import de.kommunalmesse.meeting.MeetingViews.NewAvailability;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A booth's meeting times: free slots for visitors, publishing times and the calendar for its team. */
@Path("/booths/{slug}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meet the experts: times, bookings, invitations and video rooms")
@APIResponse(responseCode = "404", description = "No booth with this slug")
public class BoothMeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    EditionService editions;

    @Inject
    Messages messages;

    @PathParam("slug")
    String slug;

    @QueryParam("edition")
    @Parameter(description = EditionScope.DESCRIPTION)
    String edition;

    private EditionRef edition() {
        return editions.resolve(edition);
    }

    @GET
    @Path("slots")
    @Operation(summary = "The booth's free future meeting times (Europe/Berlin)")
    @APIResponse(responseCode = "200", description = "The free slots, soonest first")
    public BoothSlots freeSlots() {
        return meetings.freeSlots(edition(), slug);
    }

    @GET
    @Path("team-slots")
    @Authenticated
    @Operation(summary = "Every slot of the booth from today on, with the meeting in it (the booth's team)")
    @APIResponse(responseCode = "200", description = "The slots")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public BoothSlots teamSlots() {
        return meetings.teamSlots(edition(), slug);
    }

    @POST
    @Path("availability")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a time window on one day, cut into slots of 15, 30, 45 or 60 minutes without the breaks")
    @APIResponse(responseCode = "201", description = "The booth's slots with the new ones",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoothSlots.class)))
    @APIResponse(responseCode = "400", description = "Past, malformed time or zone, empty window, break outside, wrong slot length, missing room link")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor, or an archived edition")
    @APIResponse(responseCode = "409", description = "Overlaps slots the same expert already offers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "overlap", value = MeetingApiExamples.OVERLAP)))
    @APIResponse(responseCode = "503", description = "The configured video service lacks a setting",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "misconfigured", value = MeetingApiExamples.MISCONFIGURED)))
    public Response publish(@Valid @NotNull NewAvailability window, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        BoothSlots slots = meetings.publish(edition(), slug, window, messages.resolve(language));
        return Response.status(Response.Status.CREATED).entity(slots).build();
    }

    @DELETE
    @Path("slots/{id}")
    @Authenticated
    @Operation(summary = "Take back a free slot")
    @APIResponse(responseCode = "200", description = "The booth's remaining slots")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    @APIResponse(responseCode = "409", description = "The slot is booked")
    public BoothSlots withdraw(@PathParam("id") long id) {
        return meetings.withdraw(edition(), slug, id);
    }

    @GET
    @Authenticated
    @Operation(summary = "The booth's appointment calendar (its team only), from today on unless a period is given")
    @APIResponse(responseCode = "200", description = "The meetings with the visitors' names and addresses, soonest first")
    @APIResponse(responseCode = "403", description = "Not staff of this booth's exhibitor")
    public List<MeetingView> calendar(@QueryParam("from") @Parameter(description = "First day (Europe/Berlin), e.g. 2026-11-18") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (Europe/Berlin)") LocalDate to) {
        return meetings.boothCalendar(edition(), slug, from, to);
    }
}
