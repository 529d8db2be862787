package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.BoothStats.Counter;
import de.kommunalmesse.booth.EditorViews.MaterialView;
import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.common.ImageVariants;
import de.kommunalmesse.common.ImageVariants.Request;
import de.kommunalmesse.common.ImageVariants.Variant;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.Uploads.StoredFile;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Supplier;

/** Uploads and downloads of booth materials. */
@ApplicationScoped
@Transactional
public class MaterialService {

    /** Longest title of a material (the column's size). */
    public static final int MAX_TITLE = 200;

    @Inject
    BoothAccess access;

    @Inject
    Uploads uploads;

    @Inject
    BoothStats stats;

    @Inject
    BoothAudit audit;

    @Inject
    Caller caller;

    @Inject
    ImageVariants variants;

    /** A stored file ready to be sent. */
    public record Download(String fileName, String mediaType, long size, MaterialKind kind, InputStream content) {
    }

    /**
     * Stores an uploaded file for a booth the user may edit. The type comes from the content; oversized,
     * empty and unknown files are refused and nothing is stored.
     */
    public MaterialView upload(EditionRef edition, String slug, Path file, String fileName, String title) {
        Booth booth = access.requireContentEditor(edition, slug);
        access.requireEditingOpen(edition);
        if (title != null && title.strip().length() > MAX_TITLE) {
            throw ProblemException.badRequest("upload.titleTooLong", MAX_TITLE);
        }
        StoredFile stored = uploads.store(file, fileName, EnumSet.allOf(MaterialKind.class), "material");
        Material material = new Material();
        material.boothId = booth.id;
        material.takeUpload(stored, fileName, title, caller.username());
        material.persist();
        audit.log(booth.id, "material.upload", material.fileName + " (" + material.mediaType + ", " + material.sizeBytes
                + " B)");
        return view(slug, material);
    }

    /**
     * Stores a file as a material that a booth shows at once, without an editor and without review: for the demo
     * fair at start-up, where nobody is logged in. The file is checked like an upload.
     */
    public void addShown(EditionRef edition, String slug, Path file, String fileName, String title) {
        Booth booth = Booth.<Booth>find("editionId = ?1 and slug = ?2", edition.id(), slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.boothAny", slug));
        StoredFile stored = uploads.store(file, fileName, EnumSet.allOf(MaterialKind.class), "material");
        Material material = new Material();
        material.boothId = booth.id;
        material.takeUpload(stored, fileName, title, "demo");
        material.persist();
        booth.materialIds.add(material.id);
    }

    /**
     * Copies every upload of a booth to another booth (carrying it into the next edition); the copies share the
     * stored bytes, which are never changed or deleted. Returns the copies' ids by the originals' ids.
     */
    Map<Long, Long> copyAll(Booth from, Booth to) {
        Map<Long, Long> copies = new HashMap<>();
        for (Material original : Material.<Material>list("boothId = ?1 order by id", from.id)) {
            Material copy = new Material();
            copy.boothId = to.id;
            copy.title = original.title;
            copy.kind = original.kind;
            copy.mediaType = original.mediaType;
            copy.fileName = original.fileName;
            copy.sizeBytes = original.sizeBytes;
            copy.sha256 = original.sha256;
            copy.storageKey = original.storageKey;
            copy.uploadedBy = original.uploadedBy;
            copy.createdAt = original.createdAt;
            copy.persist();
            copies.put(original.id, copy.id);
        }
        return copies;
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
        Material material = readable(slug, materialId);
        Booth booth = Booth.findById(material.boothId);
        boolean shown = shown(booth, material);
        if (shown && material.kind != MaterialKind.IMAGE) {
            material.downloadCount++;
            stats.count(booth.id, Counter.DOWNLOADS);
        }
        try {
            return new Download(material.fileName, material.mediaType, material.sizeBytes, material.kind,
                    uploads.open(material.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Material " + material.id + " is missing in the storage", e);
        }
    }

    /**
     * A smaller copy of an image material ({@code 640} or {@code 640.webp}, see {@link ImageVariants}), readable by
     * whoever may download the image; 404 for a material that is no image, 400 for a width not offered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Variant variant(String slug, long materialId, String name) {
        Request request = ImageVariants.parse(name);
        Material material = readable(slug, materialId);
        if (material.kind != MaterialKind.IMAGE) {
            throw ProblemException.notFound("notFound.material", materialId);
        }
        return variants.variant(material.storageKey, material.sha256, request);
    }

    /** The material, if this user may read it: shown by a published booth, or the user edits the booth. */
    private Material readable(String slug, long materialId) {
        Supplier<ProblemException> notFound = () -> ProblemException.notFound("notFound.material", materialId);
        Material material = Material.<Material>findByIdOptional(materialId).orElseThrow(notFound);
        access.requireFileReader(material.boothId, slug, booth -> shown(booth, material), notFound);
        return material;
    }

    private static boolean shown(Booth booth, Material material) {
        return booth.status == BoothStatus.PUBLISHED && (booth.materialIds.contains(material.id)
                || material.id.equals(booth.logoMaterialId) || material.id.equals(booth.bannerMaterialId));
    }

    static MaterialView view(String slug, Material m) {
        return new MaterialView(m.id, m.title, m.kind, m.mediaType, m.fileName, m.sizeBytes, m.sha256, m.downloadCount,
                BoothService.materialUrl(slug, m.id));
    }

}
