package de.kommunalmesse.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem (stable, for programs)
 * @param title a short, localised summary of the kind of problem
 * @param status the HTTP status
 * @param detail a localised explanation of this occurrence
 * @param instance the request path
 * @param errors field-level errors of a rejected request body or query
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:kommunalmesse:problem:not-found") String type,
        @Schema(examples = "Nicht gefunden") String title,
        @Schema(examples = "404") int status,
        @Schema(examples = "Es gibt keinen Stand mit der Kennung „stadt-x“.") String detail,
        @Schema(examples = "/api/booths/stadt-x") String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One rejected field: a path such as {@code slug} or {@code topicFields[0]} and a localised message;
     * for imports also the line (CSV) or entry number (pretalx) it is in.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(Integer line, String field, String message) {

        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }
}
