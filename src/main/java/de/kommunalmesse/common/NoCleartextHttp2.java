package de.kommunalmesse.common;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plain-HTTP port answers HTTP/1.1 only: a request asking to upgrade to HTTP/2 ({@code Upgrade: h2c}, sent
 * by Java's HttpClient and curl, never by a browser) stays HTTP/1.1. Upgraded, the connection would be an opaque
 * tunnel through the load balancer or ingress, pinned to this one instance: its requests would still arrive
 * after readiness went DOWN and fail when the instance stops (found by ChatRollingUpdateIT, docs/scale-out.md).
 * HTTP/2 over TLS, if the app ever ends TLS itself, is untouched.
 */
@ApplicationScoped
public class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
