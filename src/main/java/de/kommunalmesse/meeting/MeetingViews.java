package de.kommunalmesse.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response records of the meetings. */
public final class MeetingViews {

    /** A time of day, {@code HH:MM}. */
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    private MeetingViews() {
    }

    /**
     * A time window on one day, cut into slots of {@code slotMinutes} (15, 30, 45 or 60), leaving out the breaks.
     *
     * @param zone the zone the times are meant in; Europe/Berlin when left out
     * @param expert the expert's name; the whole team when left out
     * @param videoLink the expert's own room, required when the operator configured no video service
     */
    @Schema(name = "NewAvailability")
    public record NewAvailability(
            @NotNull @Schema(examples = "2026-11-18") LocalDate date,
            @NotBlank @Pattern(regexp = TIME, message = "{kommunalmesse.time}") @Schema(examples = "09:00") String from,
            @NotBlank @Pattern(regexp = TIME, message = "{kommunalmesse.time}") @Schema(examples = "12:00") String to,
            @Size(max = 60) @Schema(examples = "Europe/Berlin") String zone,
            @NotNull @Schema(examples = "30", enumeration = {"15", "30", "45", "60"}) Integer slotMinutes,
            @Size(max = 10) List<@Valid @NotNull Break> breaks,
            @Size(max = 200) @Schema(examples = "Erika Beispiel") String expert,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{kommunalmesse.url}")
            @Schema(examples = "https://video.example.org/raum/42") String videoLink) {
    }

    /** A break inside a window. */
    @Schema(name = "AvailabilityBreak")
    public record Break(
            @NotBlank @Pattern(regexp = TIME, message = "{kommunalmesse.time}") @Schema(examples = "10:30") String from,
            @NotBlank @Pattern(regexp = TIME, message = "{kommunalmesse.time}") @Schema(examples = "10:45") String to) {
    }

    /**
     * A slot of a booth.
     *
     * @param free whether it can be booked
     * @param meetingId the meeting in it (only for the booth's team)
     */
    @Schema(name = "MeetingSlot")
    public record SlotView(long id, Instant startsAt, Instant endsAt, String expert, boolean free, Long meetingId) {
    }

    /**
     * The slots of a booth: for visitors the free future ones, for its team all from today on.
     *
     * @param zone the zone the booth's team works in (the visitor's own zone is shown where it differs)
     * @param videoLinkRequired whether a window needs the expert's own room (no video service configured)
     */
    @Schema(name = "BoothSlots")
    public record BoothSlots(String booth, String edition, String boothName,
            @Schema(examples = "Europe/Berlin") String zone, boolean videoLinkRequired, List<SlotView> slots) {
    }

    /** A booking of a slot. */
    @Schema(name = "NewMeeting")
    public record NewMeeting(
            @NotNull Long slotId,
            @NotBlank @Size(max = 200) @Schema(examples = "Nachnutzung des Bürgerportals") String topic,
            @Size(max = 2000) @Schema(examples = "Welche Schnittstellen gibt es?") String questions) {
    }

    /** Why a meeting is cancelled (optional). */
    @Schema(name = "MeetingCancellation")
    public record Cancellation(@Size(max = 1000) String reason) {
    }

    /** Another slot of the same booth for a meeting, with the reason; the other side confirms or declines. */
    @Schema(name = "NewMeetingProposal")
    public record NewProposal(@NotNull Long slotId,
            @NotBlank @Size(max = 1000) @Schema(examples = "Ich bin an diesem Tag krank.") String reason) {
    }

    /** An open proposal to move a meeting. */
    @Schema(name = "MeetingProposal")
    public record ProposalView(long slotId, Instant startsAt, Instant endsAt, MeetingSide proposedBy, String reason) {
    }

    /**
     * A meeting as one of its sides (or an admin) sees it.
     *
     * @param yourSide which side the caller is on (null for admins)
     * @param visitorEmail only for the booth's team
     */
    @Schema(name = "Meeting")
    public record MeetingView(long id, String uid, String booth, String edition, String boothName, Instant startsAt,
            Instant endsAt, String expert, String topic, String questions, MeetingStatus status, int sequence,
            String videoUrl, String visitorName, String visitorEmail, MeetingSide yourSide, ProposalView proposal,
            MeetingSide cancelledBy, String cancelReason, Instant createdAt) {
    }

    /** The address the caller joins the meeting's video room by. */
    @Schema(name = "MeetingJoin")
    public record JoinView(String url) {
    }

    /**
     * A booked meeting about to start, for reminders (not a response).
     *
     * @param visitor the visitor's username
     * @param organizer the username of who published the time
     */
    public record MeetingStart(long id, String topic, String boothName, Instant startsAt, String visitor, String organizer) {
    }
}
