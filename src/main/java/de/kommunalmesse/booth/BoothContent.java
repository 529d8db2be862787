package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an exhibitor edits on a booth. The working copy is stored as this document; approval
 * copies it into the published tables.
 */
@Schema(name = "BoothContent", description = "The editable content of a booth")
public record BoothContent(
        @NotBlank @Size(max = 160) @Schema(examples = "Digitaler Umzugsservice") String name,
        @Size(max = 200) String tagline,
        @Size(max = 20_000) @Schema(description = "Markdown; rendered without raw HTML") String description,
        @NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 40) String> topicFields,
        Long eventDayId,
        @Size(max = 10) List<@NotBlank @Size(max = 60) String> tags,
        @Size(max = 10) List<@Valid @NotNull Link> links,
        Long logoId,
        Long bannerId,
        @Size(max = 20) List<@Valid @NotNull Service> services,
        @Size(max = 10) List<@Valid @NotNull Expert> experts,
        @Size(max = 30) List<@Valid @NotNull MaterialEntry> materials,
        @Size(max = 160) @Schema(description = "English name; optional, the German one is shown without it", examples = "Digital removal service") String nameEn,
        @Size(max = 200) @Schema(description = "English tagline; optional") String taglineEn,
        @Size(max = 20_000) @Schema(description = "English description (Markdown); optional") String descriptionEn,
        @Size(max = 1_000) @Schema(description = "Short summary in Leichte Sprache (German, easy to read); optional")
        String easySummary,
        @Size(max = MAX_ALT) @Schema(description = "What the logo shows, for those who cannot see it; required with a logo",
                examples = "Wappen des Kreises Soest: ein silberner Schlüssel auf rotem Grund") String logoAlt,
        @Size(max = MAX_ALT) @Schema(description = "What the banner shows; required with a banner",
                examples = "Eine Familie trägt Umzugskartons in eine neue Wohnung") String bannerAlt,
        @Valid @Schema(description = "A short video with captions; optional") BoothVideo video) {

    /** Longest alternative text of the logo or banner (the columns' size). */
    public static final int MAX_ALT = 300;

    /** Content in German only (imports, tests, older working copies). */
    public BoothContent(String name, String tagline, String description, List<String> topicFields, Long eventDayId,
            List<String> tags, List<Link> links, Long logoId, Long bannerId, List<Service> services, List<Expert> experts,
            List<MaterialEntry> materials) {
        this(name, tagline, description, topicFields, eventDayId, tags, links, logoId, bannerId, services, experts,
                materials, null, null, null, null, null, null, null);
    }

    /** A web address, http or https only. */
    public static final String WEB_URL = "https?://[^\\s<>\"]+";

    /** Empty lists instead of nulls, so that the rest of the code never checks. */
    public BoothContent {
        tags = tags == null ? List.of() : tags;
        links = links == null ? List.of() : links;
        services = services == null ? List.of() : services;
        experts = experts == null ? List.of() : experts;
        materials = materials == null ? List.of() : materials;
        topicFields = topicFields == null ? List.of() : topicFields;
    }

    @Schema(name = "BoothLink")
    public record Link(@NotBlank @Size(max = 120) String label,
            @NotBlank @Size(max = 500) @Pattern(regexp = WEB_URL, message = "{kommunalmesse.url}") String url) {
    }

    /** A contact person of the booth (shown to logged-in users only). */
    @Schema(name = "Expert")
    public record Expert(@NotBlank @Size(max = 160) String name, @Size(max = 200) String role,
            @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+()/ .-]*", message = "{kommunalmesse.phone}") String phone) {
    }

    /** A reusable service on show (Nachnutzungsangebot). */
    @Schema(name = "ReuseOffer")
    public record Service(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 5_000) String summary,
            @Size(max = 40) String topicField,
            @NotNull Maturity maturity,
            @NotNull ReuseModel reuseModel,
            @Size(max = 120) String licence,
            @Size(max = 500) @Pattern(regexp = WEB_URL, message = "{kommunalmesse.url}") @Schema(description = "e.g. an Open CoDE repository") String codeUrl,
            @Size(max = 300) String technology,
            @Size(max = 50) List<@NotBlank @Size(max = 160) String> adopters,
            @Size(max = 160) String contactExpert,
            @Size(max = 36) @Schema(description = "Identity of the service across editions; send it back unchanged, leave it out for a new service")
            String key,
            @Valid @Schema(description = "Reuse facts; may be left out (services entered before they existed)")
            ReuseProfile profile,
            @Size(max = 200) @Schema(description = "English name; optional") String nameEn,
            @Size(max = 5_000) @Schema(description = "English summary; optional") String summaryEn) {

        public Service {
            adopters = adopters == null ? List.of() : adopters;
            profile = profile == null ? ReuseProfile.EMPTY : profile;
        }

        /** A service in German only. */
        public Service(String name, String summary, String topicField, Maturity maturity, ReuseModel reuseModel,
                String licence, String codeUrl, String technology, List<String> adopters, String contactExpert,
                String key, ReuseProfile profile) {
            this(name, summary, topicField, maturity, reuseModel, licence, codeUrl, technology, adopters, contactExpert,
                    key, profile, null, null);
        }

        /** A service without a key yet (new, or from an import), in German only. */
        public Service(String name, String summary, String topicField, Maturity maturity, ReuseModel reuseModel,
                String licence, String codeUrl, String technology, List<String> adopters, String contactExpert,
                ReuseProfile profile) {
            this(name, summary, topicField, maturity, reuseModel, licence, codeUrl, technology, adopters, contactExpert,
                    null, profile);
        }

        /** The same service under another key. */
        Service withKey(String newKey) {
            return new Service(name, summary, topicField, maturity, reuseModel, licence, codeUrl, technology, adopters,
                    contactExpert, newKey, profile, nameEn, summaryEn);
        }

        /** The same service with English texts. */
        public Service inEnglish(String englishName, String englishSummary) {
            return new Service(name, summary, topicField, maturity, reuseModel, licence, codeUrl, technology, adopters,
                    contactExpert, key, profile, englishName, englishSummary);
        }
    }

    /** An uploaded file shown on the booth, with the title visitors see. */
    @Schema(name = "MaterialEntry")
    public record MaterialEntry(@NotNull Long id, @NotBlank @Size(max = 200) String title) {
    }

    /** The same content with other services. */
    public BoothContent withServices(List<Service> newServices) {
        return new BoothContent(name, tagline, description, topicFields, eventDayId, tags, links, logoId, bannerId,
                newServices, experts, materials, nameEn, taglineEn, descriptionEn, easySummary, logoAlt, bannerAlt, video);
    }

    /** The same content with English texts and a Leichte-Sprache summary. */
    public BoothContent withTranslations(String englishName, String englishTagline, String englishDescription,
            String easyText) {
        return new BoothContent(name, tagline, description, topicFields, eventDayId, tags, links, logoId, bannerId,
                services, experts, materials, englishName, englishTagline, englishDescription, easyText, logoAlt,
                bannerAlt, video);
    }

    /** The same content with a logo and a banner (ids of image materials) and their alternative texts. */
    public BoothContent withImages(Long logo, String logoText, Long banner, String bannerText) {
        return new BoothContent(name, tagline, description, topicFields, eventDayId, tags, links, logo, banner,
                services, experts, materials, nameEn, taglineEn, descriptionEn, easySummary, logoText, bannerText, video);
    }

    /** The same content with another video (null: none). */
    public BoothContent withVideo(BoothVideo newVideo) {
        return new BoothContent(name, tagline, description, topicFields, eventDayId, tags, links, logoId, bannerId,
                services, experts, materials, nameEn, taglineEn, descriptionEn, easySummary, logoAlt, bannerAlt, newVideo);
    }

    @AssertTrue(message = "{kommunalmesse.tags.unique}")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isTagsUnique() {
        return tags.stream().map(String::toLowerCase).distinct().count() == tags.size();
    }
}
