package de.kommunalmesse.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.kommunalmesse.booth.BoothContent;
import java.util.List;

/** The shape of {@code demo/demo-fair.json}: a whole fair in one document. */
record DemoData(Series series, List<Day> eventDays, List<StageEntry> stages, List<ExhibitorEntry> exhibitors,
        List<BoothEntry> booths, List<TalkEntry> talks) {

    record Series(String slug, String title, String subtitle, String description, String organisers) {
    }

    /** {@code dayOffset} counts working days from the day the demo is loaded. */
    record Day(String key, int dayOffset, String hostRegion, String title, String description) {
    }

    record StageEntry(String key, String name) {
    }

    record ExhibitorEntry(String slug, String name, String type, String region, String website, List<String> staff) {
    }

    record BoothEntry(String slug, String exhibitor, String name, String tagline, String description,
            List<String> topicFields, String eventDay, boolean featured, String tileSize, int hallOrder, List<String> tags,
            List<BoothContent.Link> links, List<BoothContent.Service> services, List<BoothContent.Expert> experts) {
    }

    record TalkEntry(String key, String eventDay, String stage, String start, String end, String type, String title,
            @JsonProperty("abstract") String summary, String topicField, String language, List<Speaker> speakers, List<String> booths) {
    }

    record Speaker(String name, String organisation, String role) {
    }
}
