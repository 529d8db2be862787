package de.kommunalmesse.fair;

import de.kommunalmesse.common.ImageVariants;
import de.kommunalmesse.common.ImageVariants.Request;
import de.kommunalmesse.common.ImageVariants.Variant;
import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.Uploads;
import de.kommunalmesse.common.Uploads.StoredFile;
import de.kommunalmesse.fair.FairViews.ImageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The fair's own images: uploaded by admins (or the demo loader), checked by content like booth materials
 * (PNG, JPEG, WebP, GIF; never SVG), decoded once to know their size, and served to everyone.
 */
@ApplicationScoped
@Transactional
public class FairImages {

    /** Larger images are refused: they would only be shrunk by the browser anyway. */
    public static final int MAX_SIDE = 6000;

    @Inject
    Uploads uploads;

    @Inject
    ImageVariants variants;

    /** The bytes of a stored image with its type. */
    public record ImageFile(String mediaType, long size, InputStream content) {
    }

    /** Checks and stores an image; 415 for anything that is not a decodable image, 400 for one too large. */
    public ImageView store(Path file, String fileName, String uploadedBy) {
        StoredFile stored = uploads.store(file, fileName, EnumSet.of(MaterialKind.IMAGE), "image");
        FairImage image = new FairImage();
        image.mediaType = stored.mediaType();
        image.sizeBytes = stored.sizeBytes();
        image.sha256 = stored.sha256();
        image.storageKey = stored.storageKey();
        if (!"image/webp".equals(stored.mediaType())) {
            BufferedImage decoded = decode(file);
            if (decoded == null) {
                throw new ProblemException(415, "unsupportedMediaType.image", null, Uploads.baseName(fileName));
            }
            if (decoded.getWidth() > MAX_SIDE || decoded.getHeight() > MAX_SIDE) {
                throw ProblemException.badRequest("image.tooLarge", String.valueOf(MAX_SIDE));
            }
            image.width = decoded.getWidth();
            image.height = decoded.getHeight();
        }
        image.uploadedBy = uploadedBy;
        image.createdAt = Instant.now();
        image.persist();
        return view(image);
    }

    /** The image with this id, as a reference for a form; 400 naming the field when there is none. */
    public ImageView require(Long id, String field) {
        return find(id).orElseThrow(() -> ProblemException.badRequest("image.unknown", id).at(field));
    }

    /** Refuses an image without alternative text, at the form field of the text. */
    public static void requireAlt(String alt, String field) {
        if (alt == null || alt.isBlank()) {
            throw ProblemException.badRequest("image.altMissing").at(field);
        }
    }

    /** The image with this id, if there is one. */
    public Optional<ImageView> find(Long id) {
        return id == null ? Optional.empty()
                : FairImage.<FairImage>findByIdOptional(id).map(FairImages::view);
    }

    /** The bytes of an image; 404 when unknown. */
    public ImageFile open(long id) {
        FairImage image = FairImage.<FairImage>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("notFound.image", id));
        try {
            return new ImageFile(image.mediaType, image.sizeBytes, uploads.open(image.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Image " + id + " could not be read", e);
        }
    }

    /**
     * A smaller copy of an image ({@code 640} or {@code 640.webp}, see {@link ImageVariants}); 400 for a width not
     * offered, 404 when unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Variant variant(long id, String name) {
        Request request = ImageVariants.parse(name);
        FairImage image = FairImage.<FairImage>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("notFound.image", id));
        return variants.variant(image.storageKey, image.sha256, request);
    }

    /** The public address of an image. */
    public static String url(long id) {
        return "/api/images/" + id;
    }

    private static ImageView view(FairImage image) {
        return new ImageView(image.id, url(image.id), image.mediaType, image.width, image.height);
    }

    private static BufferedImage decode(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
