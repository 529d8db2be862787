package de.kommunalmesse.identity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The logged-in user as the platform sees them. */
@Schema(name = "CurrentUser")
public record CurrentUser(
        @Schema(examples = "besucher") String username,
        @Schema(examples = "Bea Sucher") String name,
        @Schema(examples = "besucher@example.org") String email,
        @Schema(examples = "Stadt Musterhausen") String organisation,
        @Schema(examples = "[\"visitor\"]") List<String> roles) {
}
