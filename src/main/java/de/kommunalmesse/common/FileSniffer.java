package de.kommunalmesse.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides what an uploaded file is from its bytes, never from its name: PDF, PNG, JPEG, WebP, GIF,
 * PowerPoint (PPTX) and OpenDocument presentations. Anything else, e.g. a program renamed to .pdf, is
 * refused. SVG is refused on purpose (it can carry scripts).
 */
public final class FileSniffer {

    public record Sniffed(MaterialKind kind, String mediaType, String extension) {
    }

    private FileSniffer() {
    }

    public static Optional<Sniffed> sniff(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] h = Arrays.copyOf(head, read);
        if (startsWith(h, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Sniffed(MaterialKind.DOCUMENT, "application/pdf", "pdf"));
        }
        if (startsWith(h, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of(new Sniffed(MaterialKind.IMAGE, "image/png", "png"));
        }
        if (startsWith(h, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of(new Sniffed(MaterialKind.IMAGE, "image/jpeg", "jpg"));
        }
        if (startsWith(h, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(h, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Sniffed(MaterialKind.IMAGE, "image/gif", "gif"));
        }
        if (h.length >= 12 && startsWith(h, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(h, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(new Sniffed(MaterialKind.IMAGE, "image/webp", "webp"));
        }
        if (startsWith(h, new byte[] { 'P', 'K', 3, 4 })) {
            return presentation(file);
        }
        return Optional.empty();
    }

    private static Optional<Sniffed> presentation(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    if (type.equals("application/vnd.oasis.opendocument.presentation")) {
                        return Optional.of(new Sniffed(MaterialKind.SLIDES, type, "odp"));
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null && zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(new Sniffed(MaterialKind.SLIDES,
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"));
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
