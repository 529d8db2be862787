package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothStats.Counter;
import de.kommunalmesse.booth.EditorViews.MaterialView;
import de.kommunalmesse.booth.FileSniffer.Sniffed;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Uploads and downloads of booth materials. */
@ApplicationScoped
@Transactional
public class MaterialService {

    /** Upper limit of one file. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** Longest title of a material (the column's size). */
    public static final int MAX_TITLE = 200;

    @Inject
    BoothAccess access;

    @Inject
    MaterialStorage storage;

    @Inject
    BoothStats stats;

    @Inject
    BoothAudit audit;

    @Inject
    Caller caller;

    /** A stored file ready to be sent. */
    public record Download(String fileName, String mediaType, long size, MaterialKind kind, InputStream content) {
    }

    /**
     * Stores an uploaded file for a booth the user may edit. The type comes from the content; oversized,
     * empty and unknown files are refused and nothing is stored.
     */
    public MaterialView upload(String slug, Path file, String fileName, String title) {
        Booth booth = access.requireEditor(slug);
        access.requireEditingOpen();
        if (title != null && title.strip().length() > MAX_TITLE) {
            throw ProblemException.badRequest("upload.titleTooLong", MAX_TITLE);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.badRequest("upload.empty");
            }
            if (size > MAX_BYTES) {
                throw new ProblemException(413, "payloadTooLarge.material", null, MAX_BYTES / (1024 * 1024));
            }
            Sniffed sniffed = FileSniffer.sniff(file)
                    .orElseThrow(() -> new ProblemException(415, "unsupportedMediaType.material", null, safeName(fileName)));
            Material material = new Material();
            material.boothId = booth.id;
            material.title = title == null || title.isBlank() ? baseName(fileName) : title.strip();
            material.kind = sniffed.kind();
            material.mediaType = sniffed.mediaType();
            material.fileName = baseName(fileName) + "." + sniffed.extension();
            material.sizeBytes = size;
            material.sha256 = sha256(file);
            material.storageKey = storage.store(file);
            material.uploadedBy = caller.username();
            material.createdAt = Instant.now();
            material.persist();
            audit.log(booth.id, "material.upload", material.fileName + " (" + material.mediaType + ", " + size + " B)");
            return view(slug, material);
        } catch (IOException e) {
            throw new UncheckedIOException("Upload could not be stored", e);
        }
    }

    /** All uploaded materials of a booth, for its editors. */
    public List<MaterialView> uploaded(Booth booth) {
        return Material.<Material>list("boothId = ?1 order by createdAt", booth.id).stream()
                .map(m -> view(booth.slug, m)).toList();
    }

    /**
     * A material of a booth: anyone may download what a published booth shows (and its logo and banner);
     * other uploads only the booth's editors. Counts the download.
     */
    public Download download(String slug, long materialId) {
        Booth booth = Booth.<Booth>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.material", materialId));
        Material material = Material.<Material>find("id = ?1 and boothId = ?2", materialId, booth.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.material", materialId));
        boolean shown = booth.status == BoothStatus.PUBLISHED && (booth.materialIds.contains(material.id)
                || material.id.equals(booth.logoMaterialId) || material.id.equals(booth.bannerMaterialId));
        if (!shown && !access.mayEdit(booth)) {
            throw ProblemException.notFound("notFound.material", materialId);
        }
        if (shown && material.kind != MaterialKind.IMAGE) {
            material.downloadCount++;
            stats.count(booth.id, Counter.DOWNLOADS);
        }
        try {
            return new Download(material.fileName, material.mediaType, material.sizeBytes, material.kind,
                    storage.open(material.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Material " + material.id + " is missing in the storage", e);
        }
    }

    static MaterialView view(String slug, Material m) {
        return new MaterialView(m.id, m.title, m.kind, m.mediaType, m.fileName, m.sizeBytes, m.sha256, m.downloadCount,
                BoothService.materialUrl(slug, m.id));
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name without folders and extension, limited to safe characters. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        return name.isEmpty() ? "datei" : name;
    }

    private static String safeName(String fileName) {
        return baseName(fileName) + (fileName != null && fileName.contains(".")
                ? fileName.substring(fileName.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.]", "") : "");
    }
}
