package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothVideoView;
import de.kommunalmesse.booth.EditorViews.CaptionsFileView;
import de.kommunalmesse.common.MaterialStorage;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.WebVtt;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The video of a booth: checks the addresses an editor sets, keeps the uploaded WebVTT captions (in the material
 * storage, like materials) and hands them out to whoever may see the booth.
 */
@ApplicationScoped
@Transactional
public class BoothVideos {

    /** https or a path of this site (not "//host"), without spaces, quotes or angle brackets. */
    private static final Pattern ADDRESS = Pattern.compile("(https://[^\\s/?#\"<>\\\\]+|/(?![/\\\\]))[^\\s\"<>\\\\]*");
    private static final Pattern VIDEO_PATH = Pattern.compile(".*\\.(m3u8|mp4|webm)");
    private static final Pattern CAPTIONS_PATH = Pattern.compile(".*\\.vtt");

    @Inject
    BoothAccess access;

    @Inject
    MaterialStorage storage;

    @Inject
    Caller caller;

    @Inject
    BoothAudit audit;

    @Inject
    Messages messages;

    @Inject
    BoothVideoUploads uploads;

    /** Uploaded captions ready to be sent. */
    public record CaptionsDownload(InputStream content, long size) {
    }

    /**
     * Checks a video of a booth's content: a playable address, exactly one source of captions (an upload of this
     * booth or a .vtt address; a booth not stored yet ({@code boothId} null) has no uploads). 400 naming the field
     * otherwise.
     */
    void check(Long boothId, BoothVideo video) {
        if (video == null) {
            return;
        }
        if (!isAddress(video.url(), VIDEO_PATH)) {
            throw ProblemException.badRequest("boothVideo.address").at("content.video.url");
        }
        uploads.checkAddress(boothId, video.url()).ifPresent(problem -> {
            throw problem;
        });
        boolean hasUrl = video.captionsUrl() != null && !video.captionsUrl().isBlank();
        if (video.captionsId() == null && !hasUrl) {
            throw ProblemException.badRequest("boothVideo.captionsMissing").at("content.video.captionsUrl");
        }
        if (video.captionsId() != null && hasUrl) {
            throw ProblemException.badRequest("boothVideo.captionsTwice").at("content.video.captionsUrl");
        }
        if (hasUrl && !isAddress(video.captionsUrl(), CAPTIONS_PATH)) {
            throw ProblemException.badRequest("boothVideo.captionsAddress").at("content.video.captionsUrl");
        }
        if (video.captionsId() != null && (boothId == null
                || BoothVideoCaptions.count("id = ?1 and boothId = ?2", video.captionsId(), boothId) == 0)) {
            throw ProblemException.badRequest("boothVideo.unknownCaptions", video.captionsId()).at("content.video.captionsId");
        }
    }

    /**
     * Sets the video of a booth at once, without an editor and without review: for the demo fair at start-up, where
     * nobody is logged in. Checked like an editor's video.
     */
    public void showDemo(EditionRef edition, String slug, BoothVideo video) {
        Booth booth = Booth.<Booth>find("editionId = ?1 and slug = ?2", edition.id(), slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.boothAny", slug));
        check(booth.id, video);
        booth.videoUrl = video.url();
        booth.videoCaptionsId = video.captionsId();
        booth.videoCaptionsUrl = video.captionsUrl();
        booth.videoTitle = video.title();
        booth.videoDescription = video.description();
    }

    /** Whether the text is an https address or a path of this site whose path ends as {@code path} demands. */
    static boolean isAddress(String address, Pattern path) {
        if (address == null || !ADDRESS.matcher(address.strip()).matches()) {
            return false;
        }
        try {
            String p = URI.create(address.strip()).getPath();
            return p != null && path.matcher(p.toLowerCase(Locale.ROOT)).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Stores WebVTT captions for the video of a booth the user may edit: over {@link WebVtt#MAX_BYTES} → 413, not
     * starting with "WEBVTT" → 415, not valid WebVTT → 400 with an error per line. Nothing is stored then.
     */
    public CaptionsFileView upload(EditionRef edition, String slug, Path file, String fileName, Locale locale) {
        Booth booth = access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.badRequest("upload.empty");
            }
            if (size > WebVtt.MAX_BYTES) {
                throw new ProblemException(413, "payloadTooLarge.captions", null, WebVtt.MAX_BYTES / 1024);
            }
            byte[] bytes = Files.readAllBytes(file);
            WebVtt.requireHeader(bytes);
            List<WebVtt.Cue> cues;
            try {
                cues = WebVtt.parse(bytes);
            } catch (WebVtt.Invalid e) {
                throw e.problem(messages, locale);
            }
            BoothVideoCaptions captions = new BoothVideoCaptions();
            captions.boothId = booth.id;
            captions.fileName = Uploads.baseName(fileName) + ".vtt";
            captions.sizeBytes = size;
            captions.cueCount = cues.size();
            captions.storageKey = storage.store(file);
            captions.uploadedBy = caller.username();
            captions.createdAt = Instant.now();
            captions.persist();
            audit.log(booth.id, "video.captions", captions.fileName + " (" + captions.cueCount + " cues)");
            return view(booth.slug, captions);
        } catch (IOException e) {
            throw new UncheckedIOException("Captions could not be stored", e);
        }
    }

    /** The captions uploaded for a booth, for its editors. */
    List<CaptionsFileView> uploaded(Booth booth) {
        return BoothVideoCaptions.<BoothVideoCaptions>list("boothId = ?1 order by createdAt", booth.id).stream()
                .map(c -> view(booth.slug, c)).toList();
    }

    /**
     * Uploaded captions: anyone may read those of a published booth's video; the others only the booth's editors
     * (404 for everyone else, as for materials).
     */
    public CaptionsDownload download(String slug, long captionsId) {
        Supplier<ProblemException> notFound = () -> ProblemException.notFound("notFound.boothVideoCaptions", captionsId);
        BoothVideoCaptions captions = BoothVideoCaptions.<BoothVideoCaptions>findByIdOptional(captionsId)
                .orElseThrow(notFound);
        access.requireFileReader(captions.boothId, slug,
                booth -> booth.videoUrl != null && captions.id.equals(booth.videoCaptionsId), notFound);
        try {
            return new CaptionsDownload(storage.open(captions.storageKey), captions.sizeBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Captions " + captions.id + " are missing in the storage", e);
        }
    }

    /** Copies the uploaded captions of a booth to another booth (sharing the stored bytes); copies' ids by originals'. */
    Map<Long, Long> copyAll(Booth from, Booth to) {
        Map<Long, Long> copies = new HashMap<>();
        for (BoothVideoCaptions original : BoothVideoCaptions.<BoothVideoCaptions>list("boothId = ?1 order by id", from.id)) {
            BoothVideoCaptions copy = new BoothVideoCaptions();
            copy.boothId = to.id;
            copy.fileName = original.fileName;
            copy.sizeBytes = original.sizeBytes;
            copy.cueCount = original.cueCount;
            copy.storageKey = original.storageKey;
            copy.uploadedBy = original.uploadedBy;
            copy.createdAt = original.createdAt;
            copy.persist();
            copies.put(original.id, copy.id);
        }
        return copies;
    }

    /** The published booth's video as visitors get it, or null without one. */
    static BoothVideoView publicView(Booth booth) {
        if (booth.videoUrl == null) {
            return null;
        }
        String captions = booth.videoCaptionsId != null ? captionsUrl(booth.slug, booth.videoCaptionsId) : booth.videoCaptionsUrl;
        return new BoothVideoView(booth.videoUrl, kind(booth.videoUrl), captions, booth.videoTitle, booth.videoDescription);
    }

    /** "hls" for a playlist, "file" for an MP4 or WebM file. */
    static String kind(String url) {
        String path = URI.create(url.strip()).getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".m3u8") ? "hls" : "file";
    }

    static String captionsUrl(String slug, long captionsId) {
        return "/api/booths/" + slug + "/video-captions/" + captionsId;
    }

    private static CaptionsFileView view(String slug, BoothVideoCaptions c) {
        return new CaptionsFileView(c.id, c.fileName, c.sizeBytes, c.cueCount, captionsUrl(slug, c.id));
    }
}
