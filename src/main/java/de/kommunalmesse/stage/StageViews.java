package de.kommunalmesse.stage;

import de.kommunalmesse.stage.CaptionsViews.WaiverView;
import de.kommunalmesse.fair.FairViews.ShownImage;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.validation.constraints.NotBlank;
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
            @Schema(description = "WebVTT captions for the HLS stream") String captionsUrl,
            @Schema(description = "The admin decision to stream without a captions address (e.g. captions inside the stream)")
            WaiverView captionsWaiver) {
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
            @Schema(description = "Picture of the stage, if set") ShownImage picture,
            long version,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German")
            Map<String, String> lang) {
    }

    /**
     * A stage's name as admins edit it: German (required) and English (optional; where it is missing, English pages
     * show the German name marked {@code lang="de"}, docs/content-languages.md).
     */
    @Schema(name = "StageNames")
    public record StageNames(@NotBlank @Size(max = 120) @Schema(examples = "Hauptbühne") String name,
            @Size(max = 120) @Schema(examples = "Main stage") String nameEn,
            @NotNull @Schema(description = "The version read; a save with an older one is a 409") Long version) {
    }

    @Schema(name = "StagePictureUpdate", description = "An image uploaded through POST /api/images with its alternative "
            + "text; no image id removes the picture")
    public record PictureUpdate(Long imageId, @Size(max = 300) String alt) {
    }

    @Schema(name = "StreamUpdate")
    public record StreamUpdate(@NotNull StreamKind kind,
            @Size(max = 500) @Pattern(regexp = STREAM_URL, message = "{kommunalmesse.streamUrl}") String url,
            @Size(max = 40) @Pattern(regexp = "youtube|vimeo|peertube|other") String provider,
            @Size(max = 500) @Pattern(regexp = STREAM_URL, message = "{kommunalmesse.streamUrl}") String captionsUrl,
            @Size(max = 1000) @Schema(description = "Why the stream goes online without a captions address (admins decide;"
                    + " needed when there is none)", examples = "Deutsche Untertitel sind im HLS-Stream enthalten.")
            String captionsWaiver,
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
