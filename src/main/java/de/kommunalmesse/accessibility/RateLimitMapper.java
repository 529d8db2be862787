package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A rate-limited report as problem+json (429) like every other error, plus the Retry-After header that the
 * common mappers have no field for.
 */
public class RateLimitMapper {

    @Inject
    Messages messages;

    @ServerExceptionMapper
    public Response rateLimited(FormGuard.RateLimited e, HttpHeaders headers, UriInfo uri) {
        Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        long minutes = (e.retryAfterSeconds() + 59) / 60;
        Problem problem = new Problem("urn:kommunalmesse:problem:too-many-requests",
                messages.get(locale, "tooManyRequests.title"), 429,
                messages.get(locale, "tooManyRequests.report", minutes), uri.getRequestUri().getPath(), null);
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(problem).build();
    }
}
