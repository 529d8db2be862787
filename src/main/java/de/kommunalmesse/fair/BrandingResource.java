package de.kommunalmesse.fair;

import de.kommunalmesse.common.Problem;
import de.kommunalmesse.fair.BrandingViews.BrandingUpdate;
import de.kommunalmesse.fair.BrandingViews.BrandingView;
import de.kommunalmesse.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/branding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branding", description = "The fair's key visual, logos and theme colours")
public class BrandingResource {

    static final String TOO_LIGHT = "{\"type\":\"urn:kommunalmesse:problem:contrast\",\"title\":\"Zu wenig Kontrast\","
            + "\"status\":400,\"detail\":\"Die Primärfarbe #7fb2ff hat auf dem Seitenhintergrund nur einen Kontrast von "
            + "1,97:1; Text braucht mindestens 4,5:1 (WCAG 1.4.3). Bitte wählen Sie eine dunklere Farbe.\"}";

    @Inject
    BrandingService branding;

    @GET
    @Operation(summary = "The branding: key visual, theme colours, organiser and partner logos in order")
    public BrandingView branding() {
        return branding.branding();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Replace the branding (admins)",
            description = "Colours must give text at least 4.5:1 contrast on the page background; every image needs "
                    + "alternative text.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A colour too light (the detail names it and its contrast), an "
            + "unknown image or missing alternative text; nothing was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too-light", value = TOO_LIGHT)))
    @APIResponse(responseCode = "409", description = "Changed in the meantime")
    public BrandingView update(@Valid @NotNull BrandingUpdate update) {
        return branding.update(update);
    }
}
