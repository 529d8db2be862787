package de.kommunalmesse.stage;

import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of stages: their stream and live state. */
public final class StageViews {

    /**
     * Addresses the player may load: http(s), or a path on this server (e.g. {@code /media/demo/buehne.m3u8}, which
     * the operator serves beside the app); no protocol-relative {@code //host}, no spaces or quotes.
     */
    static final String STREAM_URL = "(?:https?://|/(?!/))[^\\s<>\"']+";

    private StageViews() {
    }

    @Schema(name = "Stream")
    public record StreamView(StreamKind kind, String url,
            @Schema(description = "External platform of an embed (consent is asked per provider)", examples = "peertube")
            String provider,
            @Schema(description = "WebVTT captions for the HLS stream") String captionsUrl) {
    }

    @Schema(name = "LiveStatus")
    public record LiveView(LiveState state, String message, Instant changedAt) {
    }

    @Schema(name = "Stage")
    public record StageView(String key,
            @Schema(description = "Slug of the stage's edition; its chat channel is stage:<edition>/<key>", examples = "2026")
            String edition, String name, StreamView stream, LiveView live, TalkSummary current,
            TalkSummary next,
            @Schema(description = "Connections following the stage right now, on every instance (seconds old at most)")
            int viewers,
            long version,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German")
            Map<String, String> lang) {
    }

    @Schema(name = "StreamUpdate")
    public record StreamUpdate(@NotNull StreamKind kind,
            @Size(max = 500) @Pattern(regexp = STREAM_URL, message = "{kommunalmesse.streamUrl}") String url,
            @Size(max = 40) @Pattern(regexp = "youtube|vimeo|peertube|other") String provider,
            @Size(max = 500) @Pattern(regexp = STREAM_URL, message = "{kommunalmesse.streamUrl}") String captionsUrl,
            @NotNull Long version) {
    }

    @Schema(name = "LiveUpdate")
    public record LiveUpdate(@NotNull LiveState state,
            @Size(max = 300) @Schema(description = "Shown to viewers, e.g. during a pause") String message) {
    }

    /**
     * Fired inside the transaction that changes a stage's live state. The chat's {@code StagePush} observes it
     * and publishes it to the viewers once the transaction has committed (docs/architecture.md, chat events).
     */
    public record LiveChanged(String stageKey, LiveView live) {
    }
}
