package de.kommunalmesse.stage;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.kommunalmesse.booth.BoothViews.BoothRef;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.ShownImage;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.stage.ArchiveViews.TalkMaterialView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response and request records of the programme. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    @Schema(name = "StageRef")
    public record StageRef(@Schema(examples = "hauptbuehne") String key, @Schema(examples = "Hauptbühne") String name,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German") Map<String, String> lang) {
    }

    @Schema(name = "Speaker", description = "A speaker of a talk. In a talk sent by the editor: the id of a profile, or "
            + "name, organisation and role of a new one (a profile with the same name and organisation is reused)")
    public record SpeakerView(@Schema(description = "The speaker's profile (page /referierende/{id})") Long id,
            @NotBlank @Size(max = 160) String name, @Size(max = 200) String organisation,
            @Size(max = 200) String role, @Schema(readOnly = true) ShownImage photo) {

        public SpeakerView(String name, String organisation, String role) {
            this(null, name, organisation, role, null);
        }
    }

    @Schema(name = "TalkSummary")
    public record TalkSummary(long id, @Schema(description = "Slug of the talk's edition", examples = "2026") String edition,
            String title, TalkType type,
            @Schema(description = "Start in Europe/Berlin", examples = "2026-11-23T10:00:00+01:00") OffsetDateTime start,
            OffsetDateTime end, long eventDayId, StageRef stage, TopicFieldView topicField,
            List<SpeakerView> speakers,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German") Map<String, String> lang) {
    }

    @Schema(name = "ProgrammeNow", description = "What runs now and what comes next")
    public record ProgrammeNow(List<TalkSummary> live, List<TalkSummary> next) {
    }

    @Schema(name = "TalkDetail")
    public record TalkDetail(long id, String title, @Schema(description = "Plain text") String summary, TalkType type,
            OffsetDateTime start, OffsetDateTime end, EventDayView eventDay, StageRef stage, TopicFieldView topicField,
            @Schema(examples = "de") String language, List<SpeakerView> speakers, List<BoothRef> booths,
            String recordingUrl,
            @Schema(description = "WebVTT captions of the recording", examples = "/api/talks/12/captions.vtt") String captionsUrl,
            @Schema(description = "Transcript of the recording, plain text with blank lines between paragraphs") String transcript,
            @Schema(description = "Slides and other files of the talk") List<TalkMaterialView> materials,
            @Schema(description = "Whether the logged-in user has it in their agenda") boolean inAgenda,
            @Schema(description = "Version to send with a change (PUT), so a stale edit gets 409") long version,
            @Schema(description = "Short summary in Leichte Sprache (always German), if any") String easySummary,
            @Schema(description = "The texts as written, German and English, for the editor") TalkTexts texts,
            @Schema(description = "Language of each text (de or en): English where asked for (Accept-Language) and written, else German") Map<String, String> lang) {
    }

    /** The texts of a talk as written: German (required title) and the optional English ones. */
    @Schema(name = "TalkTexts")
    public record TalkTexts(String title, String summary, String titleEn, String summaryEn) {
    }

    /** A talk as admins write it; times are local times (Europe/Berlin) on the event day's date. */
    @Schema(name = "TalkInput")
    public record TalkInput(
            @NotNull Long eventDayId,
            @NotBlank @Size(max = 60) String stage,
            @NotNull @Schema(examples = "10:00", implementation = String.class) LocalTime start,
            @NotNull @Schema(examples = "10:30", implementation = String.class) LocalTime end,
            @NotNull TalkType type,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10_000) @JsonProperty("summary") String summary,
            @Size(max = 40) String topicField,
            @NotBlank @Pattern(regexp = "de|en") String language,
            @NotNull @Size(max = 10) List<@Valid @NotNull SpeakerView> speakers,
            @Size(max = 10) List<@NotBlank @Size(max = 60) String> booths,
            @Size(max = 500) @Pattern(regexp = StageViews.STREAM_URL, message = "{kommunalmesse.streamUrl}") String recordingUrl,
            @Schema(description = "Version of the talk this edit is based on (updates only)") Long version,
            @Size(max = 300) @Schema(description = "English title; optional") String titleEn,
            @Size(max = 10_000) @Schema(description = "English summary; optional") String summaryEn,
            @Size(max = 1_000) @Schema(description = "Short summary in Leichte Sprache (German, easy to read); optional")
            String easySummary) {

        /** A talk in German only (imports). */
        public TalkInput(Long eventDayId, String stage, LocalTime start, LocalTime end, TalkType type, String title,
                String summary, String topicField, String language, List<SpeakerView> speakers, List<String> booths,
                String recordingUrl, Long version) {
            this(eventDayId, stage, start, end, type, title, summary, topicField, language, speakers, booths,
                    recordingUrl, version, null, null, null);
        }
    }

    @Schema(name = "TalkSaved", description = "The saved talk and the talks on the same stage it overlaps with")
    public record TalkSaved(TalkDetail talk, List<TalkSummary> overlaps) {
    }

    @Schema(name = "ImportReport")
    public record ImportReport(@Schema(description = "Only checked, nothing applied") boolean dryRun, int talks,
            int created, int updated,
            @Schema(description = "Talks on the same stage at the same time, after the import") List<TalkSummary> overlaps) {
    }

    @Schema(name = "AgendaFeed")
    public record AgendaFeed(@Schema(description = "Private calendar subscription address; keep it secret") String url) {
    }

    /** A new stage of a series, with an optional English name. */
    public record NewStage(String key, String name, String nameEn) {

        /** A stage named in German only. */
        public NewStage(String key, String name) {
            this(key, name, null);
        }
    }

    /** A new talk; times are local times (Europe/Berlin) on the event day's date. */
    public record NewTalk(long eventDayId, String stageKey, LocalTime start, LocalTime end, TalkType type,
            String title, String summary, String topicField, String language, List<SpeakerView> speakers,
            List<String> boothSlugs, String titleEn, String summaryEn, String easySummary) {

        /** A talk in German only. */
        public NewTalk(long eventDayId, String stageKey, LocalTime start, LocalTime end, TalkType type, String title,
                String summary, String topicField, String language, List<SpeakerView> speakers, List<String> boothSlugs) {
            this(eventDayId, stageKey, start, end, type, title, summary, topicField, language, speakers, boothSlugs,
                    null, null, null);
        }
    }

    /** A talk in someone's agenda about to start, for reminders (not a response). */
    public record AgendaStart(String username, long talkId, String title, String stageName, Instant startsAt) {
    }
}
