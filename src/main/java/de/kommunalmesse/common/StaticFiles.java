package de.kommunalmesse.common;

import io.vertx.core.http.impl.MimeMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built web app's files ({@code META-INF/resources}, copied from {@code frontend/dist}), held in memory
 * with their build-time compressed siblings ({@code app.js.br}, {@code app.js.gz}) and a content hash.
 * The whole app is a few megabytes, so every file is read from the class path once.
 */
@ApplicationScoped
public class StaticFiles {

    private static final String ROOT = "META-INF/resources";

    /** Files that exist; a missing path is looked up again (cheap) instead of filling the map. */
    private final Map<String, StaticFile> files = new ConcurrentHashMap<>();

    /** One file and its encodings; {@code brotli} and {@code gzip} are null when the build made none. */
    public record StaticFile(String contentType, byte[] identity, byte[] brotli, byte[] gzip, String etag) {

        boolean compressible() {
            return brotli != null || gzip != null;
        }
    }

    /** The file at this request path ({@code /assets/index-3f2a.js}), if the app has one. Reads from the class path. */
    public Optional<StaticFile> find(String path) {
        if (path.contains("..") || path.contains("\\") || path.indexOf('\0') >= 0 || !path.startsWith("/")) {
            return Optional.empty();
        }
        StaticFile known = files.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        byte[] identity = read(path);
        if (identity == null) {
            return Optional.empty();
        }
        StaticFile file = new StaticFile(contentType(path), identity, read(path + ".br"), read(path + ".gz"), etag(identity));
        files.put(path, file);
        return Optional.of(file);
    }

    /** Whether a file at this path was already read, i.e. {@link #find} will not touch the class path. */
    public boolean isLoaded(String path) {
        return files.containsKey(path);
    }

    private static byte[] read(String path) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(ROOT + path);
        if (url == null) {
            return null;
        }
        try {
            if ("file".equals(url.getProtocol()) && Files.isDirectory(Path.of(url.toURI()))) {
                return null;
            }
            try (InputStream in = url.openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String contentType(String path) {
        String type = MimeMapping.getMimeTypeForFilename(path);
        if (type == null) {
            return "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.equals("application/javascript") || type.equals("application/json")
                || type.equals("image/svg+xml") || type.equals("application/manifest+json");
        return text ? type + ";charset=UTF-8" : type;
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
