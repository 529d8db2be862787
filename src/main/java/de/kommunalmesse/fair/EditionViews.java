package de.kommunalmesse.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response and request records of the editions. */
public final class EditionViews {

    /** Edition slugs: lowercase letters, digits and hyphens, e.g. {@code 2027} or {@code herbst-2027}. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,39}";

    private EditionViews() {
    }

    /**
     * An edition as every feature sees it: which one a request is about, and whether it is read-only.
     *
     * @param current whether it is the edition the plain addresses ({@code /halle}) lead to
     */
    @Schema(name = "Edition")
    public record EditionRef(@Schema(hidden = true) long id,
            @Schema(examples = "2027") String slug,
            @Schema(examples = "Herbst 2027") String title,
            LocalDate startsOn, LocalDate endsOn, EditionState state, boolean current) {

        /** A booth slug or stage key named across editions: {@code <edition>/<key>}, as chat channels name them. */
        public String qualify(String key) {
            return slug + "/" + key;
        }

        /** Whether the edition is a read-only archive (no editing, no contact requests, no chat posts). */
        public boolean archived() {
            return state == EditionState.ARCHIVE;
        }
    }

    /** An edition with its event days, for the admins' list and the edition page. */
    @Schema(name = "EditionDetail")
    public record EditionDetail(String slug, String title, LocalDate startsOn, LocalDate endsOn, EditionState state,
            boolean current, Integer archiveAfterDays, List<FairViews.EventDayView> eventDays) {
    }

    /** A new edition; stages and settings may be copied from an earlier one. */
    @Schema(name = "NewEdition")
    public record NewEdition(
            @NotBlank @Pattern(regexp = SLUG, message = "{kommunalmesse.slug}") @Schema(examples = "2027") String slug,
            @NotBlank @Size(max = 200) @Schema(examples = "Herbst 2027") String title,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Min(0) @Max(3650) Integer archiveAfterDays,
            @Pattern(regexp = SLUG, message = "{kommunalmesse.slug}")
            @Schema(description = "Slug of an earlier edition whose stages and settings are copied", examples = "2026")
            String copyFrom,
            @Schema(description = "Make it the current edition at once (only when no other edition is current)")
            boolean current,
            @Valid @Size(max = 20) List<@NotNull @Valid NewEditionDay> eventDays) {
    }

    /** An event day of a new edition, hosted by one region. */
    @Schema(name = "NewEditionDay")
    public record NewEditionDay(@NotNull LocalDate date,
            @NotBlank @Size(max = 40) @Schema(examples = "soest") String hostRegion,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5_000) String description,
            @Size(max = 200) @Schema(description = "English title; optional") String titleEn,
            @Size(max = 5_000) @Schema(description = "English description; optional") String descriptionEn) {
    }

    /** Changes to an edition's frame. */
    @Schema(name = "EditionUpdate")
    public record EditionUpdate(@NotBlank @Size(max = 200) String title,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Min(0) @Max(3650) Integer archiveAfterDays) {
    }

    /** A change of state: open a prepared edition, archive it, or open an archive again. */
    @Schema(name = "EditionStateChange")
    public record StateChange(@NotNull EditionState state) {
    }
}
