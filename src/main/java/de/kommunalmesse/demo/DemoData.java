package de.kommunalmesse.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.kommunalmesse.booth.BoothContent;
import java.util.List;

/** The shape of {@code demo/demo-fair.json}: a whole fair in one document. */
record DemoData(Series series, List<Day> eventDays, List<StageEntry> stages, List<ExhibitorEntry> exhibitors,
        List<BoothEntry> booths, List<TalkEntry> talks, PastEdition pastEdition, List<ReuseRequestEntry> reuseRequests) {

    /**
     * A reuse request at a booth of the current edition, in the state it has reached: {@code nextDateOffset} in days
     * from the first event day, {@code adoptedYearsAgo} for a confirmed reuse (0: this year).
     */
    record ReuseRequestEntry(String booth, String service, String requester, String requesterName, String requesterEmail,
            String organisation, String organisationType, String ags, Integer inhabitants, String timeFrame,
            String questions, String status, String reason, String notes, Integer nextDateOffset, String assignee,
            Integer adoptedYearsAgo) {
    }

    /**
     * The edition of the year before, archived: its days (offsets count working days from the same date a year
     * earlier), booths taken from {@code booths} by slug with that year's tagline, and talks with recordings and FAQ.
     */
    record PastEdition(String comment, List<Day> eventDays, List<PastBooth> booths, List<TalkEntry> talks) {
    }

    record PastBooth(String slug, String eventDay, String tagline) {
    }

    record Faq(String question, String answer) {
    }

    record Series(String slug, String title, String subtitle, String description, String organisers) {
    }

    /** {@code dayOffset} counts working days from the day the demo is loaded. */
    record Day(String key, int dayOffset, String hostRegion, String title, String description, String titleEn,
            String descriptionEn) {
    }

    record StageEntry(String key, String name, String nameEn) {
    }

    record ExhibitorEntry(String slug, String name, String type, String region, String website, List<String> staff) {
    }

    record BoothEntry(String slug, String exhibitor, String name, String tagline, String description,
            List<String> topicFields, String eventDay, boolean featured, String tileSize, int hallOrder, List<String> tags,
            List<BoothContent.Link> links, List<BoothContent.Service> services, List<BoothContent.Expert> experts,
            List<MaterialEntry> materials, String nameEn, String taglineEn, String descriptionEn, String easySummary) {
    }

    /** A document on the booth's shelf, made as a one-page PDF with these lines (demo/DemoPdf). */
    record MaterialEntry(String title, String fileName, List<String> lines) {
    }

    record TalkEntry(String key, String eventDay, String stage, String start, String end, String type, String title,
            @JsonProperty("abstract") String summary, String topicField, String language, List<Speaker> speakers, List<String> booths,
            boolean recording, List<Faq> faq, String titleEn, @JsonProperty("abstractEn") String summaryEn,
            String easySummary) {
    }

    record Speaker(String name, String organisation, String role) {
    }
}
