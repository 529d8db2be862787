package de.kommunalmesse.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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

    /** Public answers kept in memory to serve them while the database is away (see StaleResponses). */
    @WithDefault("2000")
    int staleResponses();
}
