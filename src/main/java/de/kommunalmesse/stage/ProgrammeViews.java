package de.kommunalmesse.stage;

import de.kommunalmesse.fair.FairViews.TopicFieldView;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response and request records of the programme. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    @Schema(name = "StageRef")
    public record StageRef(@Schema(examples = "hauptbuehne") String key, @Schema(examples = "Hauptbühne") String name) {
    }

    @Schema(name = "Speaker")
    public record SpeakerView(String name, String organisation, String role) {
    }

    @Schema(name = "TalkSummary")
    public record TalkSummary(long id, String title, TalkType type,
            @Schema(description = "Start in Europe/Berlin", examples = "2026-11-23T10:00:00+01:00") OffsetDateTime start,
            OffsetDateTime end, long eventDayId, StageRef stage, TopicFieldView topicField,
            List<SpeakerView> speakers) {
    }

    @Schema(name = "ProgrammeNow", description = "What runs now and what comes next")
    public record ProgrammeNow(List<TalkSummary> live, List<TalkSummary> next) {
    }

    /** A new stage of a series. */
    public record NewStage(String key, String name) {
    }

    /** A new talk; times are local times (Europe/Berlin) on the event day's date. */
    public record NewTalk(long eventDayId, String stageKey, LocalTime start, LocalTime end, TalkType type,
            String title, String summary, String topicField, String language, List<SpeakerView> speakers,
            List<String> boothSlugs) {
    }
}
