package de.kommunalmesse.fair;

import de.kommunalmesse.fair.FairViews.ShownImage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of the fair's branding. */
public final class BrandingViews {

    static final String COLOUR = "#[0-9a-fA-F]{6}";

    private BrandingViews() {
    }

    @Schema(name = "Logo")
    public record LogoView(LogoKind kind, ShownImage image,
            @Schema(examples = "https://www.example.org") String link) {
    }

    @Schema(name = "Branding", description = "Key visual, theme colours and the organisers' and partners' logos")
    public record BrandingView(ShownImage keyVisual,
            @Schema(description = "Primary colour (buttons, header line); null: the KoliBri default", examples = "#00566e") String primaryColour,
            @Schema(description = "Accent colour (links, highlights); null: the default", examples = "#8a1538") String accentColour,
            List<LogoView> organisers, List<LogoView> partners, long version) {
    }

    @Schema(name = "LogoInput")
    public record LogoInput(@NotNull LogoKind kind, @NotNull Long imageId,
            @NotBlank @Size(max = 300) @Schema(description = "Alternative text, e.g. the organisation's name") String alt,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{kommunalmesse.url}") String link) {
    }

    @Schema(name = "BrandingUpdate", description = "The whole branding; logos in the order they are shown")
    public record BrandingUpdate(Long keyVisualImageId, @Size(max = 300) String keyVisualAlt,
            @Pattern(regexp = COLOUR, message = "{kommunalmesse.colour}") String primaryColour,
            @Pattern(regexp = COLOUR, message = "{kommunalmesse.colour}") String accentColour,
            @NotNull @Size(max = 20) List<@Valid @NotNull LogoInput> logos, @NotNull Long version) {
    }
}
