package de.kommunalmesse.stage;

import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.stage.InteractionViews.FaqEntry;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of what stays after a talk: slides, recording, FAQ, and the archive of an event day. */
public final class ArchiveViews {

    private ArchiveViews() {
    }

    @Schema(name = "TalkMaterial")
    public record TalkMaterialView(long id, String title, MaterialKind kind,
            @Schema(examples = "application/pdf") String mediaType, String fileName, long sizeBytes, String sha256,
            long downloadCount, @Schema(description = "Download address", examples = "/api/talks/12/materials/3") String url,
            Instant createdAt) {
    }

    @Schema(name = "RecordingUpdate")
    public record RecordingUpdate(
            @Size(max = 500) @Pattern(regexp = StageViews.STREAM_URL, message = "{kommunalmesse.streamUrl}")
            @Schema(description = "HLS or video address (http/https, or a path on this server); null removes the recording",
                    examples = "https://media.example.org/kommunalmesse/2026/keynote.m3u8") String url) {
    }

    @Schema(name = "ArchivedTalk", description = "A talk with what stays of it")
    public record ArchivedTalk(TalkSummary talk, String recordingUrl,
            @Schema(description = "WebVTT captions of the recording", examples = "/api/talks/12/captions.vtt") String captionsUrl,
            @Schema(description = "Transcript of the recording, plain text with blank lines between paragraphs") String transcript,
            List<TalkMaterialView> materials, List<FaqEntry> faq) {
    }

    @Schema(name = "DayArchive", description = "The talks of an event day that have a recording, slides or FAQ")
    public record DayArchive(EventDayView eventDay, List<ArchivedTalk> talks) {
    }

    /** A stored talk file ready to be sent. */
    public record MaterialDownload(String fileName, String mediaType, long size, InputStream content) {
    }
}
