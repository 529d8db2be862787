package de.kommunalmesse.booth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booth's short video as its editors set it: where it is played from, its captions (an uploaded WebVTT file of the
 * booth or an address, exactly one of them) and the title that names the player for screen readers. The addresses
 * are checked by {@link BoothVideos#check}.
 */
@Schema(name = "BoothVideo", description = "A short video of the booth, always with captions")
public record BoothVideo(
        @NotBlank @Size(max = 500) @Schema(description = "An HLS playlist (.m3u8) or an MP4/WebM file: https or a path of this site",
                examples = "/media/demo/aufzeichnung.m3u8") String url,
        @Schema(description = "Id of captions uploaded for this booth (POST /api/booths/{slug}/video-captions); or captionsUrl")
        Long captionsId,
        @Size(max = 500) @Schema(description = "Address of a WebVTT file (.vtt, https or a path of this site); or captionsId",
                examples = "/api/talks/12/captions.vtt") String captionsUrl,
        @NotBlank @Size(max = 160) @Schema(description = "What the video is about: the player's accessible name",
                examples = "So funktioniert der digitale Umzugsservice") String title,
        @Size(max = 500) @Schema(description = "A sentence or two shown below the player; optional") String description) {
}
