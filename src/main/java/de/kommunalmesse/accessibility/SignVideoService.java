package de.kommunalmesse.accessibility;

import de.kommunalmesse.accessibility.AccessibilityViews.SignVideoView;
import de.kommunalmesse.common.MaterialStorage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.WebVtt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sign-language (DGS) videos of the Leichte-Sprache pages. Admins upload a video (MP4 or WebM, decided by
 * content) only together with WebVTT captions, and always a transcript, so that the video is never without a
 * text alternative.
 */
@ApplicationScoped
@Transactional
public class SignVideoService {

    /** What an admin sends for a slot; the files are absent when they stay as they are. */
    public record SlotUpdate(String title, String transcript, Integer durationSeconds, Path video, Path captions) {
    }

    public record Stream(InputStream content, String mediaType, long size) {
    }

    @Inject
    MaterialStorage storage;

    @Inject
    Clock clock;

    /** Every slot that has content, in page order. */
    public List<SignVideoView> all() {
        return Arrays.stream(SignVideoSlot.values()).map(s -> SignVideo.<SignVideo>findByIdOptional(s.code()))
                .flatMap(Optional::stream).map(SignVideoService::view).toList();
    }

    /** Sets title, transcript and, optionally, new video and captions of a slot. */
    public SignVideoView save(String slotCode, SlotUpdate update, String username) {
        SignVideoSlot slot = slot(slotCode);
        SignVideo entry = SignVideo.<SignVideo>findByIdOptional(slot.code()).orElseGet(() -> {
            SignVideo created = new SignVideo();
            created.slot = slot.code();
            return created;
        });
        if (update.video() != null && update.captions() == null && entry.captionsKey == null) {
            throw ProblemException.badRequest("badRequest.signVideoCaptions");
        }
        try {
            if (update.captions() != null) {
                requireWebVtt(update.captions());
                replace(entry.captionsKey);
                entry.captionsKey = storage.store(update.captions());
            }
            if (update.video() != null) {
                long size = Files.size(update.video());
                if (size > Uploads.MAX_BYTES) {
                    throw new ProblemException(413, "payloadTooLarge.material", null, Uploads.MAX_BYTES / (1024 * 1024));
                }
                String type = videoType(update.video());
                replace(entry.videoKey);
                entry.videoKey = storage.store(update.video());
                entry.videoType = type;
                entry.videoBytes = size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entry.title = update.title().strip();
        entry.transcript = update.transcript().strip();
        if (update.durationSeconds() != null) {
            entry.durationSeconds = update.durationSeconds();
        }
        entry.updatedAt = clock.instant();
        entry.updatedBy = username;
        if (!entry.isPersistent()) {
            entry.persist();
        }
        return view(entry);
    }

    public Stream video(String slotCode) {
        SignVideo entry = existing(slotCode);
        if (entry.videoKey == null) {
            throw ProblemException.notFound("notFound.signVideo", slotCode);
        }
        return open(entry.videoKey, entry.videoType, entry.videoBytes);
    }

    public Stream captions(String slotCode) {
        SignVideo entry = existing(slotCode);
        if (entry.captionsKey == null) {
            throw ProblemException.notFound("notFound.signVideo", slotCode);
        }
        return open(entry.captionsKey, "text/vtt; charset=utf-8", -1);
    }

    private Stream open(String key, String type, long size) {
        try {
            return new Stream(storage.open(key), type, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignVideo existing(String slotCode) {
        return SignVideo.<SignVideo>findByIdOptional(slot(slotCode).code())
                .orElseThrow(() -> ProblemException.notFound("notFound.signVideo", slotCode));
    }

    private static SignVideoSlot slot(String code) {
        try {
            return SignVideoSlot.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("notFound.signVideoSlot", code);
        }
    }

    private void replace(String oldKey) throws IOException {
        if (oldKey != null) {
            storage.delete(oldKey);
        }
    }

    /** MP4 (an ISO base media file: "ftyp" box first) or WebM (an EBML header), by content. */
    static String videoType(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length >= 8 && new String(head, 4, 4, StandardCharsets.US_ASCII).equals("ftyp")) {
            return "video/mp4";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return "video/webm";
        }
        throw new ProblemException(415, "unsupportedMediaType.signVideo", null);
    }

    /** A WebVTT file by its header ({@link WebVtt#requireHeader}); 415 for anything else. */
    static void requireWebVtt(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            WebVtt.requireHeader(in.readNBytes(16));
        }
    }

    private static SignVideoView view(SignVideo v) {
        String base = "/api/accessibility/sign-videos/" + v.slot;
        return new SignVideoView(SignVideoSlot.fromCode(v.slot), v.title, v.transcript,
                v.videoKey == null ? null : base + "/video", v.captionsKey == null ? null : base + "/captions",
                v.videoType, v.videoBytes, v.durationSeconds, v.updatedAt);
    }
}
