package de.kommunalmesse.booth;

import de.kommunalmesse.common.MaterialKind;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response and request records of the hall. */
public final class BoothViews {

    /** Lowercase words joined by single hyphens, e.g. {@code kreis-soest-umzug}. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private BoothViews() {
    }

    @Schema(name = "ExhibitorRef")
    public record ExhibitorRef(@Schema(examples = "kreis-soest") String slug,
            @Schema(examples = "Kreis Soest") String name,
            OrganisationType type) {
    }

    @Schema(name = "BoothCard", description = "A booth as shown on a tile in the hall")
    public record BoothCard(
            @Schema(examples = "kreis-soest-umzug") String slug,
            @Schema(description = "Slug of the booth's edition", examples = "2026") String edition,
            @Schema(examples = "Digitaler Umzugsservice") String name,
            String tagline,
            ExhibitorRef exhibitor,
            @Schema(description = "Host region of the exhibitor; null for organisations from elsewhere") RegionView region,
            List<TopicFieldView> topicFields,
            Long eventDayId,
            boolean featured,
            @Schema(examples = "medium", enumeration = { "small", "medium", "large" }) String tileSize,
            @Schema(description = "Path of the logo image of the published booth, if it has one",
                    examples = "/api/booths/kreis-soest-umzug/materials/17") String logoUrl,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German", examples = "{\"name\": \"en\", \"tagline\": \"de\"}") Map<String, String> lang) {
    }

    @Schema(name = "BoothDetail", description = "A published booth with everything visitors may see")
    public record BoothDetail(
            String slug,
            @Schema(description = "Slug of the booth's edition", examples = "2026") String edition,
            @Schema(description = "Whether the booth's edition is a read-only archive") boolean archived,
            String name, String tagline, ExhibitorRef exhibitor, RegionView region,
            List<TopicFieldView> topicFields, Long eventDayId, boolean featured, String tileSize,
            @Schema(description = "Markdown; render without raw HTML") String description,
            List<String> tags,
            EventDayView eventDay,
            List<BoothContent.Link> links,
            @Schema(description = "Path of the logo image, if any") String logoUrl,
            @Schema(description = "Path of the banner image, if any") String bannerUrl,
            @Schema(description = "What the logo shows; null for booths from before alternative texts were required")
            String logoAlt,
            @Schema(description = "What the banner shows; null as for the logo") String bannerAlt,
            List<ServiceView> services,
            List<PublicMaterial> materials,
            @Schema(description = "The booth's experts; null for anonymous visitors") List<BoothContent.Expert> experts,
            @Schema(description = "Whether the logged-in user bookmarked it") boolean bookmarked,
            @Schema(description = "Whether visitors may send contact requests now (archive mode may switch it off)")
            boolean contactRequestsEnabled,
            @Schema(description = "Short summary in Leichte Sprache (always German), if any") String easySummary,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German", examples = "{\"name\": \"en\", \"tagline\": \"de\"}") Map<String, String> lang,
            @Schema(description = "The booth's video with its captions; null without one") BoothVideoView video) {
    }

    @Schema(name = "BoothVideoView", description = "A booth's video as the player needs it")
    public record BoothVideoView(
            @Schema(description = "The playlist or file", examples = "/media/demo/aufzeichnung.m3u8") String url,
            @Schema(description = "hls: an HLS playlist (play with hls.js or natively); file: MP4 or WebM",
                    enumeration = { "hls", "file" }) String kind,
            @Schema(description = "WebVTT captions (German) for the text track",
                    examples = "/api/booths/kreis-soest-umzug/video-captions/3") String captionsUrl,
            @Schema(description = "The player's accessible name") String title,
            @Schema(description = "Shown below the player; may be null") String description) {
    }

    @Schema(name = "HallPage", description = "One page of the hall")
    public record HallPage(List<BoothCard> items, int page, int size, long totalItems, int totalPages,
            @Schema(description = "The corrected search that was run instead, when the given one found nothing")
            String didYouMean) {
    }

    @Schema(name = "PublicMaterial")
    public record PublicMaterial(long id, String title, MaterialKind kind, String mediaType, long sizeBytes, String url) {
    }

    @Schema(name = "Service", description = "A reusable service on show (Nachnutzungsangebot)")
    public record ServiceView(
            @Schema(description = "Identity of the service across editions; reuse requests name it") String key,
            String name, String summary, TopicFieldView topicField, Maturity maturity,
            ReuseModel reuseModel, String licence, String codeUrl, String technology,
            @Schema(description = "Adopters as the exhibitor lists them") List<String> adopters,
            String contactExpert, ReuseProfile profile,
            @Schema(description = "Organisations that confirmed their reuse through the platform, with the year")
            List<ReuseViews.Adoption> adoptions,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German", examples = "{\"name\": \"en\", \"tagline\": \"de\"}") Map<String, String> lang) {
    }

    /** A booth as other features refer to it. */
    @Schema(name = "BoothRef")
    public record BoothRef(String slug, @Schema(examples = "2026") String edition, String name, String exhibitorSlug,
            String exhibitorName) {

        /** The booth named across editions, {@code <edition>/<slug>}, as the chat names it. */
        public String key() {
            return edition + "/" + slug;
        }
    }

    /**
     * A booth as another feature (meetings) holds on to it: its id to key its own rows by, where it stands and
     * what it is called. Not an API type.
     *
     * @param edition the edition's slug
     */
    public record BoothHandle(long id, long editionId, String edition, String slug, String name, String exhibitorName) {
    }

    /** A booth of an edition and the staff of its exhibitor, for features that write to the team. Not an API type. */
    public record BoothTeam(long id, String slug, String name, List<String> staff) {
    }

    @Schema(name = "Exhibitor")
    public record ExhibitorView(String slug, String name, OrganisationType type, RegionView region,
            String website, List<String> staff) {
    }

    /** A new exhibitor, created by an admin. */
    @Schema(name = "NewExhibitor")
    public record NewExhibitor(
            @NotBlank @Size(max = 60) @Pattern(regexp = SLUG_PATTERN, message = "{kommunalmesse.slug}") @Schema(examples = "stadt-beispielhausen") String slug,
            @NotBlank @Size(max = 200) @Schema(examples = "Stadt Beispielhausen") String name,
            @NotNull OrganisationType type,
            @Size(max = 40) @Schema(description = "Host region code; omit for other regions", examples = "soest") String region,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{kommunalmesse.url}") @Schema(examples = "https://www.example.org") String website,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> staff) {
    }

    /**
     * A new booth with its content (imports, demo data, tests); published ones go straight into the hall at
     * {@code hallOrder} (smaller first after the featured booths).
     */
    public record NewBooth(String slug, String exhibitor, BoothContent content, boolean featured, String tileSize,
            int hallOrder, BoothStatus status) {

        public NewBooth(String slug, String exhibitor, BoothContent content, boolean featured, String tileSize,
                BoothStatus status) {
            this(slug, exhibitor, content, featured, tileSize, 0, status);
        }
    }
}
