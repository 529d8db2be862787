package de.kommunalmesse.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the single-page app (ADR 0008). A browser that opens {@code /halle} or {@code /stand/kreis-soest-umzug}
 * directly gets {@code index.html}, and the SPA's router takes over; API, management and WebSocket paths pass
 * through.
 * <ul>
 * <li>{@code index.html} and the deep links: {@code no-cache} with an ETag, so a browser asks every time (a 304
 * when nothing changed) and never keeps the page of an old release, with the web app's Content-Security-Policy.
 * <li>{@code /assets/*}: Vite puts a content hash into these names, so they are cached for a year, immutable.
 * <li>Other files ({@code favicon.svg}): {@code no-cache} with an ETag.
 * <li>Text files go out brotli- or gzip-compressed as the browser accepts, from the files the build compressed
 * ({@code .br}, {@code .gz} next to each file).
 * <li>The start page, the hall and booth pages name their first API reads in a {@code Link: rel=preload} header, so the
 * browser fetches that data while it still loads the JavaScript instead of after it (issue 14).
 * </ul>
 */
public class SpaRouting {

    private static final Pattern PASS_THROUGH = Pattern.compile("^/(api|q|ws)(/.*)?$");
    private static final Pattern FILE = Pattern.compile(".*\\.[A-Za-z0-9]+$");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    /**
     * The API reads a page makes first, by page path: exactly the URLs the web app then fetches (same query,
     * same order, see frontend/src/shared/api and features/hall/filterState.ts), else the browser fetches twice.
     * {@code crossorigin} because fetch() requests are CORS-mode even on the same origin. Only public reads:
     * the preload carries no login.
     */
    static final Map<String, String> FIRST_DATA = Map.of(
            "/", preload("/api/fair") + ", " + preload("/api/programme/now"),
            "/halle", preload("/api/booths?page=0&size=24"));

    private static String preload(String url) {
        return "<" + url + ">; rel=preload; as=fetch; crossorigin=anonymous";
    }

    /** The hall of a named edition ({@code /2025/halle}): the web app adds the edition to its reads last. */
    private static final Pattern EDITION_HALL = Pattern.compile("/([a-z0-9][a-z0-9-]{0,39})/halle");

    /**
     * A booth page, of the current edition ({@code /stand/<slug>}) or a named one ({@code /2025/stand/<slug>}). Its
     * first read is the booth as anonymous visitors see it; a logged-in tab asks with its token, so the browser does
     * not use the preloaded answer and reads once more (only when the page is opened or reloaded, not on the app's
     * own navigation). A visitor's first page of the fair, often a booth link from a mail, gains the round trips.
     */
    private static final Pattern BOOTH = Pattern.compile("(?:/([a-z0-9][a-z0-9-]{0,39}))?/stand/([a-z0-9][a-z0-9-]{0,99})");

    /** The preload header of a page path, or null. */
    static String firstData(String path) {
        String fixed = FIRST_DATA.get(path);
        if (fixed != null) {
            return fixed;
        }
        Matcher hall = EDITION_HALL.matcher(path);
        if (hall.matches()) {
            return preload("/api/booths?page=0&size=24&edition=" + hall.group(1));
        }
        Matcher booth = BOOTH.matcher(path);
        if (booth.matches()) {
            return preload("/api/booths/" + booth.group(2) + (booth.group(1) == null ? "" : "?edition=" + booth.group(1)));
        }
        return null;
    }

    @Inject
    StaticFiles files;

    @Inject
    ContentSecurityPolicy csp;

    @Inject
    Vertx vertx;

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        if (PASS_THROUGH.matcher(path).matches()) {
            ctx.next();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
            problem(ctx, 405, "methodNotAllowed");
            return;
        }
        boolean document = !FILE.matcher(path).matches() || path.equals("/index.html");
        String file = document ? "/index.html" : path;
        if (!document && files.isLoaded(file)) {
            respond(ctx, files.find(file), null);
            return;
        }
        // Reading a file the first time, and the policy's origins (a database read), block: not on the event loop
        vertx.<Object[]>executeBlocking(() -> new Object[] { files.find(file), document ? csp.forDocument() : null }, false)
                .onSuccess(found -> {
                    @SuppressWarnings("unchecked")
                    Optional<StaticFiles.StaticFile> staticFile = (Optional<StaticFiles.StaticFile>) found[0];
                    respond(ctx, staticFile, (String) found[1]);
                })
                .onFailure(ctx::fail);
    }

    private void respond(RoutingContext ctx, Optional<StaticFiles.StaticFile> found, String policy) {
        if (found.isEmpty()) {
            if (policy != null) {
                // No built web app (-DskipFrontend): whatever else is mounted may answer
                ctx.next();
            } else {
                problem(ctx, 404, "notFound");
            }
            return;
        }
        StaticFiles.StaticFile file = found.get();
        HttpServerResponse response = ctx.response();
        String path = ctx.normalizedPath();
        response.putHeader(HttpHeaders.CACHE_CONTROL, path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
        if (policy != null) {
            response.putHeader(SecurityHeaders.CSP, policy);
            String firstData = ctx.request().query() == null ? firstData(path) : null;
            if (firstData != null) {
                response.putHeader("Link", firstData);
            }
        }
        String accepted = Optional.ofNullable(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING)).orElse("");
        byte[] body = file.identity();
        String encoding = null;
        if (file.brotli() != null && accepts(accepted, "br")) {
            body = file.brotli();
            encoding = "br";
        } else if (file.gzip() != null && accepts(accepted, "gzip")) {
            body = file.gzip();
            encoding = "gzip";
        }
        if (file.compressible()) {
            response.putHeader(HttpHeaders.VARY, "Accept-Encoding");
        }
        String etag = encoding == null ? file.etag() : file.etag().replaceFirst("\"$", "-" + encoding + "\"");
        response.putHeader(HttpHeaders.ETAG, etag);
        if (matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), file.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, file.contentType());
        // Already compressed (or not worth it): the HTTP layer must not compress it again
        response.putHeader(HttpHeaders.CONTENT_ENCODING, encoding == null ? "identity" : encoding);
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length)).end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** An error of the web app's files as problem+json, like every error of the API. */
    private void problem(RoutingContext ctx, int status, String key) {
        Locale locale = messages.resolve(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem("urn:kommunalmesse:problem:" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT),
                messages.get(locale, key + ".title"), status, messages.get(locale, key), ctx.normalizedPath(), null);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", locale.getLanguage())
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** Whether an Accept-Encoding header lists this coding without {@code q=0}. */
    static boolean accepts(String acceptEncoding, String coding) {
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.strip().split(";");
            if (pieces[0].strip().equals(coding)) {
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** If-None-Match against the file's hash, whatever encoding the browser got it in ({@code "abc-br"}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String hash = etag.substring(1, etag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.startsWith("\"" + hash)) {
                return true;
            }
        }
        return false;
    }
}
