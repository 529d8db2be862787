package de.kommunalmesse.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of captions, transcripts and the admin decision to publish without captions (docs/accessibility.md). */
public final class CaptionsViews {

    private CaptionsViews() {
    }

    @Schema(name = "CaptionsWaiver", description = "An admin's decision that it may go online without captions")
    public record WaiverView(@Schema(examples = "Gebärdensprach-Aufzeichnung ohne Tonspur") String reason,
            @Schema(description = "Who decided (shown to admins only)") String decidedBy, Instant decidedAt) {
    }

    @Schema(name = "CaptionsWaiverInput")
    public record WaiverInput(@NotBlank @Size(max = 1000) @Schema(description = "Why there are no captions") String reason) {
    }

    @Schema(name = "Cue", description = "One caption: from, to and its text without tags")
    public record CueView(@Schema(examples = "00:00:00.584") String start, @Schema(examples = "00:00:05.584") String end,
            long startMillis, long endMillis, String text) {
    }

    @Schema(name = "CaptionsPreview", description = "What the captions would show, and the transcript made of them")
    public record CaptionsPreview(List<CueView> cues, String transcript) {
    }

    @Schema(name = "TalkCaptions", description = "The captions and transcript of a talk, and whether a recording may go online")
    public record CaptionsView(long talkId,
            @Schema(description = "The WebVTT file, when there is one", examples = "/api/talks/12/captions.vtt") String vttUrl,
            int cueCount, String transcript,
            @Schema(description = "Written by hand: new captions leave it as it is") boolean transcriptEdited,
            Instant updatedAt, WaiverView waiver,
            @Schema(description = "Whether a recording may go online: captions or an admin decision") boolean publishable,
            @Schema(description = "Whether the caller may upload captions and edit the transcript") boolean mayEdit,
            @Schema(description = "Whether the caller may decide to publish without captions (admins)") boolean mayDecide) {
    }

    @Schema(name = "TranscriptInput")
    public record TranscriptInput(
            @Size(max = 200_000) @Schema(description = "The transcript; empty makes it from the captions again") String text) {
    }
}
