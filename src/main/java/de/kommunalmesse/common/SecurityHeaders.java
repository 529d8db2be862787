package de.kommunalmesse.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Security headers on every response the app sends: the web app's page, API answers, files, errors and
 * the management endpoints (docs/security.md). The web app's page brings its own Content-Security-Policy
 * ({@link SpaRouting}); everything else gets one that allows nothing.
 */
public class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

    /**
     * Swagger UI (/q/swagger-ui) starts itself with an inline script that Quarkus writes; it is an operator's tool
     * without user content, so it alone may run inline scripts (ADR 0007).
     */
    static final String API_EXPLORER = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Inject
    HttpConfig config;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        boolean explorer = path.startsWith("/q/swagger-ui");
        // Quarkus' Dev UI exists in dev mode only and brings its own scripts: no policy of ours there
        boolean devUi = path.startsWith("/q/dev-ui");
        // A worker's script sets the policy its own fetches live under
        boolean serviceWorker = path.equals("/sw.js");
        boolean tls = isTls(request);
        ctx.addHeadersEndHandler(done -> {
            HttpServerResponse response = ctx.response();
            var headers = response.headers();
            if (!headers.contains(CSP) && !devUi) {
                headers.set(CSP, explorer ? API_EXPLORER
                        : serviceWorker ? ContentSecurityPolicy.SERVICE_WORKER : ContentSecurityPolicy.NON_DOCUMENT);
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", PERMISSIONS_POLICY);
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (tls && !config.hstsMaxAge().isZero()) {
                headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains");
            }
        });
        ctx.next();
    }

    /** Over TLS here, or at the proxy in front that says so (X-Forwarded-Proto or Forwarded: proto=https). */
    static boolean isTls(HttpServerRequest request) {
        if (request.isSSL() || "https".equalsIgnoreCase(request.scheme())) {
            return true;
        }
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        if (forwardedProto != null && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip())) {
            return true;
        }
        String forwarded = request.getHeader(HttpHeaders.createOptimized("Forwarded"));
        return forwarded != null && forwarded.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bproto=\"?https\"?.*");
    }
}
