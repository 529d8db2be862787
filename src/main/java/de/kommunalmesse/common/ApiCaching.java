package de.kommunalmesse.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cache headers of the API (ADR 0008). Public reads by anonymous visitors (hall, booth pages, programme,
 * stages, reference data) get {@code no-cache} and an ETag, so a revisit costs a 304 without a body, and are
 * kept for a database outage ({@link StaleResponses}). Everything else, above all what depends on the caller
 * (a request with a token, /api/me, /api/my, admin views, private calendar feeds) and every error, gets
 * {@code no-store}. A resource that sets its own Cache-Control keeps it.
 */
public class ApiCaching {

    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "no-cache";
    private static final Pattern PERSONAL = Pattern.compile("^/api/(me|my|admin|agenda-feeds)(/.*)?$");

    @Inject
    ObjectMapper mapper;

    @Inject
    StaleResponses stale;

    @Inject
    Messages messages;

    @ServerResponseFilter
    public void cacheHeaders(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        var headers = response.getHeaders();
        if (headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (!isPublicRead(request, response)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return;
        }
        byte[] body = mapper.writeValueAsBytes(response.getEntity());
        String etag = etag(body);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.VARY, "Accept-Language, Authorization");
        String language = messages.resolve(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage();
        stale.remember(StaleResponses.key(pathAndQuery(request), language),
                new StaleResponses.Copy(body, MediaType.APPLICATION_JSON, etag));
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isPublicRead(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        MediaType type = response.getMediaType();
        Object entity = response.getEntity();
        return ("GET".equals(method) || "HEAD".equals(method))
                && response.getStatus() == 200
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !PERSONAL.matcher(request.getUriInfo().getRequestUri().getRawPath()).matches()
                && type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && entity != null && !(entity instanceof byte[]) && !(entity instanceof InputStream)
                && !(entity instanceof String);
    }

    static String pathAndQuery(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            // Weak: the HTTP layer may gzip the body, which a strong validator would have to tell apart
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.replaceFirst("^W/", "");
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip().replaceFirst("^W/", "");
            if (tag.equals("*") || tag.equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
