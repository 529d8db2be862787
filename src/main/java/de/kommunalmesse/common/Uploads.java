package de.kommunalmesse.common;

import de.kommunalmesse.common.FileSniffer.Sniffed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Accepts uploaded files for the features that keep files (booth materials, talk slides): checks size and
 * type (by content, never by name), and puts the bytes into {@link MaterialStorage}. A refused file is not
 * stored.
 */
@ApplicationScoped
public class Uploads {

    /** Upper limit of one file. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    @Inject
    MaterialStorage storage;

    /**
     * A file that passed the checks and is stored.
     *
     * @param fileName a safe name: the uploaded base name with the extension of the sniffed type
     * @param storageKey where the bytes are in {@link MaterialStorage}
     */
    public record StoredFile(MaterialKind kind, String mediaType, String fileName, long sizeBytes, String sha256,
            String storageKey) {
    }

    /**
     * Checks and stores an uploaded file: empty → 400, over {@link #MAX_BYTES} → 413, not of one of the
     * {@code accepted} kinds → 415 with the problem text {@code unsupportedMediaType.<problem>}.
     */
    public StoredFile store(Path file, String fileName, Set<MaterialKind> accepted, String problem) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.badRequest("upload.empty");
            }
            if (size > MAX_BYTES) {
                throw new ProblemException(413, "payloadTooLarge.material", null, MAX_BYTES / (1024 * 1024));
            }
            Sniffed sniffed = FileSniffer.sniff(file).filter(s -> accepted.contains(s.kind()))
                    .orElseThrow(() -> new ProblemException(415, "unsupportedMediaType." + problem, null,
                            safeName(fileName)));
            String sha256 = sha256(file);
            return new StoredFile(sniffed.kind(), sniffed.mediaType(), baseName(fileName) + "." + sniffed.extension(),
                    size, sha256, storage.store(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Upload could not be stored", e);
        }
    }

    /** The file field of a multipart form, which the form must have: 400 {@code upload.missing} without one. */
    public static FileUpload required(FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("upload.missing");
        }
        return file;
    }

    /** The bytes of a stored file. */
    public InputStream open(String storageKey) throws IOException {
        return storage.open(storageKey);
    }

    /** Removes the bytes of a stored file. */
    public void delete(String storageKey) throws IOException {
        storage.delete(storageKey);
    }

    /** The file name without folders and extension, limited to safe characters. */
    public static String baseName(String fileName) {
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

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
