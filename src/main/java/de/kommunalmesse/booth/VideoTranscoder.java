package de.kommunalmesse.booth;

import de.kommunalmesse.common.LocalFolderStorage.StorageConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Turns an uploaded video into a single-rendition HLS stream with ffmpeg: H.264 (main profile) and AAC, at most 720
 * pixels high, six-second segments, a VOD playlist {@code index.m3u8}. One video at a time in the background (the
 * server has few cores); the upload's row says when it is ready or why it failed.
 */
@ApplicationScoped
public class VideoTranscoder {

    private static final Logger LOG = Logger.getLogger(VideoTranscoder.class);

    /** The uploaded file inside the video's folder, removed once transcoded. */
    static final String SOURCE = "source";
    static final String PLAYLIST = "index.m3u8";

    @Inject
    VideoConfig config;

    @Inject
    StorageConfig storage;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "booth-video-transcoder");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Boolean available;

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Whether ffmpeg runs here (asked once: {@code ffmpeg -version}). */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private boolean probe() {
        try {
            Process process = new ProcessBuilder(config.ffmpeg(), "-hide_banner", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = process.waitFor(20, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            boolean found = done && process.exitValue() == 0;
            LOG.infof("Booth video transcoding %s (%s)", found ? "available" : "unavailable", config.ffmpeg());
            return found;
        } catch (IOException e) {
            LOG.infof("Booth video transcoding unavailable: %s not found", config.ffmpeg());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The folder of an upload's files. */
    Path folder(String folder) {
        return Path.of(storage.directory()).resolve("videos").resolve(folder);
    }

    /** Queues the transcoding of an upload whose source lies in its folder; call it after the row is committed. */
    void start(long uploadId, String folder) {
        executor.submit(() -> transcode(uploadId, folder(folder)));
    }

    private void transcode(long uploadId, Path folder) {
        Path log = folder.resolve("ffmpeg.log");
        String error = null;
        try {
            List<String> command = new ArrayList<>(List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-y",
                    "-i", folder.resolve(SOURCE).toString(),
                    "-map", "0:v:0", "-map", "0:a:0?",
                    "-vf", "scale=-2:'trunc(min(720,ih)/2)*2'",
                    "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-profile:v", "main", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-b:a", "128k", "-ac", "2",
                    "-f", "hls", "-hls_time", "6", "-hls_playlist_type", "vod",
                    "-hls_segment_filename", folder.resolve("seg_%03d.ts").toString(),
                    folder.resolve(PLAYLIST).toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(config.transcodeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                error = "ffmpeg took longer than " + config.transcodeTimeout().toMinutes() + " minutes";
            } else if (process.exitValue() != 0 || !Files.isRegularFile(folder.resolve(PLAYLIST))) {
                error = lastLines(log);
            }
        } catch (IOException e) {
            error = "ffmpeg could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "the server stopped during the transcoding";
        } finally {
            try {
                Files.deleteIfExists(folder.resolve(SOURCE));
                Files.deleteIfExists(log);
            } catch (IOException e) {
                LOG.warnf("Booth video %d: leftovers in %s not removed (%s)", uploadId, folder, e.getMessage());
            }
        }
        finish(uploadId, error);
    }

    private static void finish(long uploadId, String error) {
        if (error != null) {
            LOG.warnf("Booth video %d not transcoded: %s", uploadId, error);
        }
        String reason = error == null ? null : error.length() > 500 ? error.substring(error.length() - 500) : error;
        QuarkusTransaction.requiringNew().run(() -> BoothVideoUpload.<BoothVideoUpload>findByIdOptional(uploadId)
                .ifPresent(upload -> {
                    upload.state = reason == null ? BoothVideoUpload.READY : BoothVideoUpload.FAILED;
                    upload.error = reason;
                    upload.finishedAt = Instant.now();
                }));
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            return "ffmpeg failed";
        }
    }
}
