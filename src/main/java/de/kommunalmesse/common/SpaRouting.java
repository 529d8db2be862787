package de.kommunalmesse.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Serves the single-page app for its deep links: a browser that opens {@code /halle} or
 * {@code /stand/kreis-soest-umzug} directly gets {@code index.html}, and the SPA's router takes
 * over. API, management and WebSocket paths and files (anything with an extension) pass through.
 */
public class SpaRouting {

    private static final Pattern PASS_THROUGH = Pattern.compile("^/(api|q|ws)(/.*)?$|.*\\.[A-Za-z0-9]+$");

    void install(@Observes Router router) {
        router.get("/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/") || PASS_THROUGH.matcher(path).matches()) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
    }
}
