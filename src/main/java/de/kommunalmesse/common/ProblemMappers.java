package de.kommunalmesse.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into RFC 9457 problem+json with a German or English text.
 * Nothing internal (stack traces, SQL, class names) reaches the client; unexpected errors are
 * logged with an id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:kommunalmesse:problem:";
    /** Marks an answer served from memory while the database is away. */
    public static final String STALE_HEADER = "Kommunalmesse-Stale";

    @Inject
    Messages messages;

    @Inject
    StaleResponses stale;

    @Inject
    HttpConfig config;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (e.field() != null && (e.errors() == null || e.errors().isEmpty())) {
            Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return respond(locale, uri, e.status(), e.key(),
                    List.of(new Problem.FieldError(e.field(), messages.get(locale, e.key(), e.args()))), e.args());
        }
        return build(headers, uri, e.status(), e.key(), e.errors(), e.args());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return build(headers, uri, 403, "forbidden", null);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve && !isReturnValueViolation(cve)) {
            Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            List<Problem.FieldError> errors = cve.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return respond(locale, uri, 400, "validation", errors);
        }
        return unexpected(e, headers, uri, null);
    }

    /**
     * A body of the wrong shape ({@code []} or {@code 42} where an object is expected, a list in a text field):
     * mapped here because Quarkus' own mapper for this exception answers with an empty 400.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            String expected = messages.get(locale, "json.wrongShape." + shape(e.getTargetType()));
            return respond(locale, uri, 400, "json.wrongShape", null, expected);
        }
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            List<Problem.FieldError> errors = field == null || field.isEmpty() ? null
                    : List.of(new Problem.FieldError(field, messages.get(locale, "json.wrongType.field")));
            return respond(locale, uri, 400, "json.wrongType", errors);
        }
        return build(headers, uri, 400, "json.malformed", null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri, request);
        }
        String key = switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 413 -> "payloadTooLarge";
            case 415 -> "unsupportedMediaType";
            default -> "clientError";
        };
        return status == 401 ? unauthenticated(headers, uri) : build(headers, uri, status, key, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri, Request request) {
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, headers, uri, request);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getRequestUri().getPath());
        return build(headers, uri, 500, "serverError", null, errorId);
    }

    /**
     * The database cannot be reached: a public read that was answered before gets that answer again (from
     * memory, marked as stale); anything else a 503 with Retry-After, never a 500 (issue 21.9).
     */
    private Response databaseUnavailable(Throwable e, HttpHeaders headers, UriInfo uri, Request request) {
        Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        boolean read = request != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        if (read && headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            String query = uri.getRequestUri().getRawQuery();
            String key = StaleResponses.key(uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query),
                    locale.getLanguage());
            var copy = stale.find(key);
            if (copy.isPresent()) {
                LOG.debugf("Database unavailable: %s served from memory", key);
                return Response.ok(copy.get().body(), copy.get().mediaType())
                        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .header(HttpHeaders.ETAG, copy.get().etag())
                        .header(STALE_HEADER, "database-unavailable")
                        .build();
            }
        }
        long seconds = Math.max(1, config.outageRetryAfter().toSeconds());
        LOG.warnf("Database unavailable on %s %s: %s", request == null ? "" : request.getMethod(),
                uri.getRequestUri().getPath(), e.getMessage());
        return Response.fromResponse(respond(locale, uri, 503, "unavailable.database", null, seconds))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        Response response = build(headers, uri, 401, "unauthorized", null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response build(HttpHeaders headers, UriInfo uri, int status, String key,
            List<Problem.FieldError> errors, Object... args) {
        Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return respond(locale, uri, status, key, errors, args);
    }

    private Response respond(Locale locale, UriInfo uri, int status, String key,
            List<Problem.FieldError> errors, Object... args) {
        String kind = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        Problem problem = new Problem(
                TYPE_PREFIX + kebab(kind),
                messages.get(locale, kind + ".title"),
                status,
                messages.get(locale, key, args),
                uri.getRequestUri().getPath(),
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }

    /** What a body of this Java type looks like in JSON: an object, a list or a single value. */
    private static String shape(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        boolean single = type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || Boolean.class == type;
        return single ? "value" : "object";
    }

    private static boolean isReturnValueViolation(ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code create.draft.name} becomes {@code name}, {@code hall.query.size} becomes {@code size}; a validated
     * parameter without nested properties keeps its own name.
     */
    private static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER && !last) {
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                parts.add(node.getName());
            }
        }
        return String.join(".", parts);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String kebab(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
