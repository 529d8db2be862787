package de.kommunalmesse.meeting;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.Problem;
import de.kommunalmesse.meeting.MeetingViews.Cancellation;
import de.kommunalmesse.meeting.MeetingViews.JoinView;
import de.kommunalmesse.meeting.MeetingViews.MeetingView;
import de.kommunalmesse.meeting.MeetingViews.NewMeeting;
import de.kommunalmesse.meeting.MeetingViews.NewProposal;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Booking meetings and acting on them: the visitor who booked, the booth's team and admins. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Inject
    Messages messages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a free slot; both sides get the calendar invitation by e-mail")
    @APIResponse(responseCode = "201", description = "The meeting with its video room")
    @APIResponse(responseCode = "400", description = "Topic missing or too long")
    @APIResponse(responseCode = "404", description = "No such slot, or its booth is not published")
    @APIResponse(responseCode = "409", description = "The slot is taken, withdrawn or past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "taken", value = MeetingApiExamples.SLOT_TAKEN)))
    @APIResponse(responseCode = "503", description = "The configured video service lacks a setting",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "misconfigured", value = MeetingApiExamples.MISCONFIGURED)))
    public Response book(@Valid @NotNull NewMeeting booking, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        MeetingView meeting = meetings.book(booking, messages.resolve(language));
        return Response.status(Response.Status.CREATED).entity(meeting).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "Meine Termine: the caller's booked and cancelled meetings in every edition")
    @APIResponse(responseCode = "200", description = "The meetings, soonest first")
    public List<MeetingView> mine() {
        return meetings.mine();
    }

    @GET
    @Path("upcoming")
    @Operation(summary = "The next meetings of every booth the caller staffs (staff console)")
    @APIResponse(responseCode = "200", description = "Up to 20 booked meetings, soonest first; empty for non-staff")
    public List<MeetingView> upcoming() {
        return meetings.upcomingForTeam();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting (its two sides and admins)")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No such meeting, or not one of the caller's")
    public MeetingView meeting(@PathParam("id") long id) {
        return meetings.meeting(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the meeting; the slot is free again and both sides get the cancellation (METHOD:CANCEL)")
    @APIResponse(responseCode = "200", description = "The cancelled meeting")
    @APIResponse(responseCode = "404", description = "No such meeting, or not one of the caller's")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public MeetingView cancel(@PathParam("id") long id, @Valid Cancellation cancellation) {
        return meetings.cancel(id, cancellation);
    }

    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose another free slot of the booth with a reason; the other side confirms or declines")
    @APIResponse(responseCode = "200", description = "The meeting with the open proposal")
    @APIResponse(responseCode = "404", description = "No such meeting or slot")
    @APIResponse(responseCode = "409", description = "The meeting is cancelled, or the slot is not free")
    public MeetingView propose(@PathParam("id") long id, @Valid @NotNull NewProposal proposal) {
        return meetings.propose(id, proposal);
    }

    @POST
    @Path("{id}/proposal/confirm")
    @Operation(summary = "Take the proposed time: the meeting moves and both sides get the updated invitation")
    @APIResponse(responseCode = "200", description = "The moved meeting")
    @APIResponse(responseCode = "403", description = "The proposal is the caller's own")
    @APIResponse(responseCode = "409", description = "No open proposal, or the slot was taken meanwhile")
    public MeetingView confirm(@PathParam("id") long id) {
        return meetings.confirmProposal(id);
    }

    @POST
    @Path("{id}/proposal/decline")
    @Operation(summary = "Keep the booked time")
    @APIResponse(responseCode = "200", description = "The meeting without the proposal")
    @APIResponse(responseCode = "403", description = "The proposal is the caller's own")
    @APIResponse(responseCode = "409", description = "No open proposal")
    public MeetingView decline(@PathParam("id") long id) {
        return meetings.declineProposal(id);
    }

    @GET
    @Path("{id}/video")
    @Operation(summary = "The caller's address into the meeting's video room (a personal token or BigBlueButton join call)")
    @APIResponse(responseCode = "200", description = "The address")
    @APIResponse(responseCode = "404", description = "No such meeting, or not one of the caller's")
    @APIResponse(responseCode = "502", description = "The video service did not create the room")
    @APIResponse(responseCode = "503", description = "The configured video service lacks a setting")
    public JoinView join(@PathParam("id") long id) {
        return meetings.join(id);
    }
}
