package de.kommunalmesse.common;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jboss.logging.Logger;

/**
 * Smaller copies of uploaded images for the browser (ADR 0017): {@link #WIDTHS} wide (never wider than the
 * original), turned upright by the EXIF orientation, without any metadata (no camera, no GPS position: the pixels
 * are encoded afresh), as WebP or, where no encoder is available or the browser asks for it, as JPEG (PNG when
 * the image has transparency). Made on the first request and kept beside the original in {@link MaterialStorage}.
 */
@ApplicationScoped
@Startup
public class ImageVariants {

    /** The widths a variant may have; the web app builds its {@code srcset} from the same list. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1280);

    private static final Logger LOG = Logger.getLogger(ImageVariants.class);
    private static final Pattern NAME = Pattern.compile("(\\d{1,5})(\\.webp)?");

    @ConfigMapping(prefix = "kommunalmesse.images")
    public interface ImageConfig {

        /** Serve WebP variants when the bundled encoder loads on this platform (else JPEG/PNG). */
        @WithDefault("true")
        boolean webp();

        /** How many variants are made at the same time (each holds a decoded image in memory). */
        @WithDefault("2")
        int parallel();
    }

    /** One variant: its bytes, their type and a validator that names this exact content. */
    public record Variant(String mediaType, byte[] content, String etag) {

        /**
         * The HTTP answer: the bytes with {@code cacheControl} and the ETag, or 304 without a body when
         * {@code ifNoneMatch} names this variant already.
         */
        public Response response(String cacheControl, String ifNoneMatch) {
            ResponseBuilder answer = ifNoneMatch != null && ifNoneMatch.contains(etag) ? Response.notModified()
                    : Response.ok(content, mediaType).header(HttpHeaders.CONTENT_LENGTH, content.length);
            return answer.tag(new EntityTag(etag.substring(1, etag.length() - 1)))
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
    }

    /** What a variant address asks for: {@code 640} (JPEG or PNG) or {@code 640.webp}. */
    public record Request(int width, boolean webp) {
    }

    @Inject
    MaterialStorage storage;

    @Inject
    ImageConfig config;

    private Semaphore permits;
    private boolean webpAvailable;

    @PostConstruct
    void start() {
        permits = new Semaphore(Math.max(1, config.parallel()));
        webpAvailable = config.webp() && webpEncodes();
        LOG.infof("Image variants as %s", webpAvailable ? "WebP" : "JPEG/PNG (no WebP encoder)");
    }

    /** Whether variants asked for as WebP are WebP here. */
    public boolean webpAvailable() {
        return webpAvailable;
    }

    /**
     * Reads a variant address ({@code 640} or {@code 640.webp}); 400 naming the allowed widths for anything else.
     */
    public static Request parse(String name) {
        Matcher matcher = NAME.matcher(name == null ? "" : name);
        if (!matcher.matches() || !WIDTHS.contains(Integer.parseInt(matcher.group(1)))) {
            throw ProblemException.badRequest("image.width",
                    WIDTHS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return new Request(Integer.parseInt(matcher.group(1)), matcher.group(2) != null);
    }

    /**
     * The variant of the image stored under {@code storageKey} (content hash {@code sha256}), made now when it
     * was not made before. An original that cannot be decoded yields its variant as a 415 problem.
     */
    public Variant variant(String storageKey, String sha256, Request request) {
        boolean webp = request.webp() && webpAvailable;
        String name = "w" + request.width() + (webp ? "-webp" : "-plain");
        String etag = "\"" + sha256.substring(0, Math.min(16, sha256.length())) + "-" + name + "\"";
        try {
            Optional<byte[]> made = storage.openDerived(storageKey, name);
            if (made.isPresent()) {
                return new Variant(mediaType(made.get()), made.get(), etag);
            }
            permits.acquireUninterruptibly();
            try {
                byte[] content = make(storageKey, request.width(), webp);
                storage.storeDerived(storageKey, name, content);
                return new Variant(mediaType(content), content, etag);
            } finally {
                permits.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Variant " + name + " of " + storageKey + " could not be made", e);
        }
    }

    private byte[] make(String storageKey, int width, boolean webp) throws IOException {
        byte[] original;
        try (InputStream in = storage.open(storageKey)) {
            original = in.readAllBytes();
        }
        int orientation = orientation(original);
        BufferedImage upright = upright(decode(original, width, orientation), orientation);
        BufferedImage scaled = scale(upright, Math.min(width, upright.getWidth()));
        return webp ? webp(scaled) : plain(scaled);
    }

    /** Decodes the original, skipping pixels on the way where it is more than twice as large as needed. */
    private static BufferedImage decode(byte[] original, int width, int orientation) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ProblemException(415, "unsupportedMediaType.image", null, "");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int shownWidth = orientation >= 5 ? reader.getHeight(0) : reader.getWidth(0);
                int step = Math.max(1, shownWidth / (2 * width));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(415, "unsupportedMediaType.image", null, "");
        }
    }

    /** The EXIF orientation (1 = upright … 8), 1 when the image has none. */
    static int orientation(byte[] original) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException unreadable) {
            // Metadata that cannot be read only costs the turn; the pixels are decoded on their own
        }
        return 1;
    }

    /** Turns and mirrors the pixels as the EXIF orientation says, so that the variant needs no metadata. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        // Where pixel (x, y) of the stored image lands in the upright one: new AffineTransform(m00, m10, m01, m11, m02, m12)
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, typeOf(image));
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    /** Scales down in halving steps (a single bilinear step from far above would alias). */
    private static BufferedImage scale(BufferedImage image, int width) {
        int type = typeOf(image);
        BufferedImage current = image;
        int targetHeight = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        do {
            int w = Math.max(width, current.getWidth() / 2);
            int h = w == width ? targetHeight : Math.max(1, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (current.getWidth() > width);
        return current;
    }

    private static int typeOf(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static byte[] plain(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (image.getColorModel().hasAlpha()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] webp(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType("image/webp").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Whether the WebP writer is registered and its native library loads and encodes here. */
    private static boolean webpEncodes() {
        try {
            return ImageIO.getImageWritersByMIMEType("image/webp").hasNext()
                    && webp(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)).length > 0;
        } catch (IOException | RuntimeException | LinkageError unavailable) {
            LOG.warnf("No WebP encoder on this platform: %s", unavailable.toString());
            return false;
        }
    }

    /** The type of an encoded variant by its first bytes. */
    static String mediaType(byte[] content) {
        if (content.length > 12 && content[0] == 'R' && content[8] == 'W' && content[9] == 'E') {
            return "image/webp";
        }
        if (content.length > 1 && (content[0] & 0xff) == 0x89) {
            return "image/png";
        }
        if (content.length > 1 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        throw new IllegalStateException("Unknown variant content " + HexFormat.of().formatHex(content, 0,
                Math.min(4, content.length)));
    }
}
