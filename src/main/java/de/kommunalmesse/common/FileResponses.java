package de.kommunalmesse.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a download of a stored file (materials, images, videos, captions, attachments), the same for
 * every feature: the file's length, its type as sniffed when it was stored, {@code nosniff} so that a browser
 * never guesses another type (an uploaded file must not run as HTML), and how long caches may keep it.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** 200 with the file; the caller adds a {@link #disposition} where the file has a name to keep. */
    public static ResponseBuilder stored(InputStream content, String mediaType, long size, String cacheControl) {
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, size)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    /**
     * A {@code Content-Disposition} that keeps any file name intact (RFC 6266 {@code filename*}, spaces as
     * {@code %20}): {@code attachment; filename*=UTF-8''Bericht%202026.pdf}.
     *
     * @param type {@code attachment} (save) or {@code inline} (show in the browser)
     */
    public static String disposition(String type, String fileName) {
        return type + "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
