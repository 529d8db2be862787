package de.kommunalmesse.booth;

import de.kommunalmesse.booth.EditorViews.VideoUploadView;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos uploaded for a booth (MP4, WebM, MOV): stored in the storage directory and transcoded in the background to
 * HLS ({@link VideoTranscoder}), served by the app at {@link #playlistUrl}. Without ffmpeg on the server uploads are
 * refused (503) rather than served as they are: a MOV or a 4K file would not play in most browsers or would load
 * far too much for a booth page.
 */
@ApplicationScoped
@Transactional
public class BoothVideoUploads {

    /** A playlist address of an uploaded video, as it stands in a booth's video. */
    static final Pattern PLAYLIST_URL = Pattern.compile("/api/booths/([^/]+)/video-files/(\\d+)/" + VideoTranscoder.PLAYLIST);

    private static final Pattern FILE_NAME = Pattern.compile(Pattern.quote(VideoTranscoder.PLAYLIST) + "|seg_\\d{3,6}\\.ts");

    @Inject
    BoothAccess access;

    @Inject
    VideoConfig config;

    @Inject
    VideoTranscoder transcoder;

    @Inject
    Caller caller;

    @Inject
    BoothAudit audit;

    @Inject
    TransactionManager transactions;

    /** A file of a transcoded video, ready to be sent. */
    public record VideoFile(InputStream content, String mediaType, long size) {
    }

    /**
     * Takes a video for a booth the user may edit and starts its transcoding. 503 without ffmpeg, 413 over the
     * configured size, 415 for anything but MP4, WebM and MOV (by content); nothing is kept then.
     */
    public VideoUploadView upload(EditionRef edition, String slug, Path file, String fileName) {
        Booth booth = access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        if (!transcoder.available()) {
            throw new ProblemException(503, "unavailable.videoTranscoding", null);
        }
        String folder = UUID.randomUUID().toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.badRequest("upload.empty");
            }
            if (size > config.maxUploadMegabytes() * 1024L * 1024L) {
                throw new ProblemException(413, "payloadTooLarge.video", null, config.maxUploadMegabytes());
            }
            String extension = videoExtension(file);
            Path target = Files.createDirectories(transcoder.folder(folder));
            Files.copy(file, target.resolve(VideoTranscoder.SOURCE));
            BoothVideoUpload upload = new BoothVideoUpload();
            upload.boothId = booth.id;
            upload.fileName = Uploads.baseName(fileName) + "." + extension;
            upload.sizeBytes = size;
            upload.state = BoothVideoUpload.PROCESSING;
            upload.folder = folder;
            upload.uploadedBy = caller.username();
            upload.createdAt = Instant.now();
            upload.persist();
            audit.log(booth.id, "video.upload", upload.fileName + " (" + size + " B)");
            long id = upload.id;
            // The transcoder writes the result into the row: only once the row is committed
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        transcoder.start(id, folder);
                    }
                }
            });
            return view(booth.slug, upload);
        } catch (IOException e) {
            throw new UncheckedIOException("Video could not be stored", e);
        } catch (SystemException | RollbackException e) {
            throw new IllegalStateException("Transcoding could not be queued", e);
        }
    }

    /** An upload with where its transcoding stands, for the booth's editors. */
    public VideoUploadView status(EditionRef edition, String slug, long uploadId) {
        Booth booth = access.requireEditor(edition, slug);
        BoothVideoUpload upload = BoothVideoUpload.<BoothVideoUpload>find("id = ?1 and boothId = ?2", uploadId, booth.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("notFound.boothVideo", uploadId));
        return view(booth.slug, upload);
    }

    /** The videos uploaded for a booth, newest first, for its editors. */
    List<VideoUploadView> uploaded(Booth booth) {
        return BoothVideoUpload.<BoothVideoUpload>list("boothId = ?1 order by createdAt desc", booth.id).stream()
                .map(u -> view(booth.slug, u)).toList();
    }

    /**
     * A file of a transcoded video (the playlist or a segment): public when the published booth's video is this one,
     * otherwise for the booth's editors only; 404 for everyone else, for unknown names and for videos not ready.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VideoFile file(String slug, long uploadId, String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw ProblemException.notFound("notFound.boothVideo", uploadId);
        }
        Supplier<ProblemException> notFound = () -> ProblemException.notFound("notFound.boothVideo", uploadId);
        BoothVideoUpload upload = BoothVideoUpload.<BoothVideoUpload>findByIdOptional(uploadId)
                .filter(u -> BoothVideoUpload.READY.equals(u.state)).orElseThrow(notFound);
        access.requireFileReader(upload.boothId, slug, booth -> playlistUrl(slug, uploadId).equals(booth.videoUrl), notFound);
        Path path = transcoder.folder(upload.folder).resolve(name);
        try {
            return new VideoFile(Files.newInputStream(path),
                    name.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : "video/mp2t", Files.size(path));
        } catch (IOException e) {
            throw ProblemException.notFound("notFound.boothVideo", uploadId);
        }
    }

    /**
     * Checks a video address that points at an upload: it must be one of this booth's, and transcoded. Empty when
     * the address is no upload's.
     */
    Optional<ProblemException> checkAddress(Long boothId, String url) {
        Matcher m = PLAYLIST_URL.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BoothVideoUpload> upload = boothId == null ? Optional.empty()
                : BoothVideoUpload.<BoothVideoUpload>find("id = ?1 and boothId = ?2", Long.valueOf(m.group(2)), boothId)
                        .firstResultOptional();
        if (upload.isEmpty() || !upload.get().state.equals(BoothVideoUpload.READY)) {
            return Optional.of(ProblemException.badRequest("boothVideo.uploadNotReady").at("content.video.url"));
        }
        return Optional.empty();
    }

    /** Copies the video uploads of a booth to another (sharing the files); copies' ids by originals'. */
    Map<Long, Long> copyAll(Booth from, Booth to) {
        Map<Long, Long> copies = new HashMap<>();
        for (BoothVideoUpload original : BoothVideoUpload.<BoothVideoUpload>list("boothId = ?1 order by id", from.id)) {
            BoothVideoUpload copy = new BoothVideoUpload();
            copy.boothId = to.id;
            copy.fileName = original.fileName;
            copy.sizeBytes = original.sizeBytes;
            copy.state = original.state;
            copy.folder = original.folder;
            copy.error = original.error;
            copy.uploadedBy = original.uploadedBy;
            copy.createdAt = original.createdAt;
            copy.finishedAt = original.finishedAt;
            copy.persist();
            copies.put(original.id, copy.id);
        }
        return copies;
    }

    /** The address of a carried video: an upload's playlist under its copy's id; any other address as it is. */
    static String carriedUrl(String url, String slug, Map<Long, Long> copiedUploads) {
        Matcher m = PLAYLIST_URL.matcher(url == null ? "" : url.strip());
        if (!m.matches() || !copiedUploads.containsKey(Long.valueOf(m.group(2)))) {
            return url;
        }
        return playlistUrl(slug, copiedUploads.get(Long.valueOf(m.group(2))));
    }

    static String playlistUrl(String slug, long uploadId) {
        return "/api/booths/" + slug + "/video-files/" + uploadId + "/" + VideoTranscoder.PLAYLIST;
    }

    /** mp4 or mov (an ISO base media file: "ftyp", or a QuickTime atom first) or webm (an EBML header), by content. */
    static String videoExtension(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        String box = head.length >= 8 ? new String(head, 4, 4, StandardCharsets.ISO_8859_1) : "";
        if (box.equals("ftyp")) {
            return new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("qt  ") ? "mov" : "mp4";
        }
        if (List.of("moov", "mdat", "wide", "free").contains(box)) {
            return "mov";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return "webm";
        }
        throw new ProblemException(415, "unsupportedMediaType.video", null);
    }

    private static VideoUploadView view(String slug, BoothVideoUpload u) {
        return new VideoUploadView(u.id, u.fileName, u.sizeBytes, u.state,
                BoothVideoUpload.READY.equals(u.state) ? playlistUrl(slug, u.id) : null, u.error, u.createdAt);
    }
}
