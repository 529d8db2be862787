package de.kommunalmesse.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response and request records of the programme frame. */
public final class FairViews {

    private FairViews() {
    }

    @Schema(name = "Region")
    public record RegionView(@Schema(examples = "soest") String code,
            @Schema(examples = "Digitale Modellregion Soest") String name) {
    }

    @Schema(name = "TopicField")
    public record TopicFieldView(@Schema(examples = "gesundheit") String code,
            @Schema(examples = "Gesundheit") String name) {
    }

    @Schema(name = "EventDay")
    public record EventDayView(long id, LocalDate date,
            @Schema(examples = "Tag 4 – Gastgeberin: Digitale Modellregion Soest") String title,
            String description, RegionView hostRegion,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German")
            Map<String, String> lang) {
    }

    @Schema(name = "Fair")
    public record FairView(@Schema(examples = "digitale-services") String slug,
            @Schema(examples = "Digitale Services – von Kommunen für Kommunen") String title,
            String subtitle, String description, String organisers,
            @Schema(description = "The edition this answer is about") EditionViews.EditionRef edition,
            List<EventDayView> eventDays) {
    }

    /** A new series (used by imports and the demo data). */
    public record NewSeries(String slug, String title, String subtitle, String description, String organisers) {
    }

    /** A new event day of a series, with optional English texts. */
    public record NewEventDay(LocalDate date, String hostRegion, String title, String description, String titleEn,
            String descriptionEn) {

        /** An event day in German only. */
        public NewEventDay(LocalDate date, String hostRegion, String title, String description) {
            this(date, hostRegion, title, description, null, null);
        }
    }

    /** An image of the fair: where to load it, and its size when known (WebP is not decoded). */
    @Schema(name = "Image")
    public record ImageView(long id, @Schema(examples = "/api/images/12") String url,
            @Schema(examples = "image/png") String mediaType, Integer width, Integer height) {
    }

    /** An image chosen for something, with its required alternative text. */
    @Schema(name = "ShownImage")
    public record ShownImage(@Schema(description = "The image's id, to keep it when saving a form") long imageId,
            @Schema(examples = "/api/images/12") String url,
            @Schema(description = "Alternative text", examples = "Porträt von Dr. Anna Beispiel") String alt) {

        /** The image with this id and alternative text; null without an image. */
        public static ShownImage of(Long imageId, String alt) {
            return imageId == null ? null : new ShownImage(imageId, FairImages.url(imageId), alt);
        }
    }
}
