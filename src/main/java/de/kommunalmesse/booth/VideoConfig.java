package de.kommunalmesse.booth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Uploaded booth videos and their transcoding (docs/hall.md, "Booth video"). */
@ConfigMapping(prefix = "kommunalmesse.video")
public interface VideoConfig {

    /** Largest video upload in megabytes (quarkus.http.limits.max-body-size must allow it). */
    @WithDefault("100")
    int maxUploadMegabytes();

    /** The ffmpeg program: a name looked up on the PATH, or a path. Without it, uploads are refused. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    /** How long one transcoding may run before it is given up (the upload is marked failed). */
    @WithDefault("30M")
    Duration transcodeTimeout();
}
