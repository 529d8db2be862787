package de.kommunalmesse.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Security headers, caching and outage behaviour of the HTTP layer (docs/security.md). */
@ConfigMapping(prefix = "kommunalmesse.http")
public interface HttpConfig {

    /** How long browsers keep to HTTPS after a response over TLS (Strict-Transport-Security); 0 sends none. */
    @WithDefault("365d")
    Duration hstsMaxAge();

    /** What a 503 during a database outage asks clients to wait before retrying (Retry-After). */
    @WithDefault("10s")
    Duration outageRetryAfter();

    /**
     * The style-src of the web app's Content-Security-Policy (ADR 0007): this origin and the hashes of the two
     * style elements KoliBri writes into the page (its loader's and the theme's); a KoliBri update may change
     * them, and the browser journeys then fail naming the new hash.
     */
    @WithName("csp.style-src")
    String cspStyleSrc();

    /** Public answers kept in memory to serve them while the database is away (see StaleResponses). */
    @WithDefault("2000")
    int staleResponses();
}
