package de.kommunalmesse.stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.Problem.FieldError;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.EventDayView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import de.kommunalmesse.stage.ProgrammeViews.ImportReport;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.ProgrammeViews.TalkInput;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a programme from a pretalx schedule export (its public JSON) or from CSV. The whole file is
 * checked first and every problem is reported with its line (CSV) or entry (pretalx) and field; only a
 * file without problems is applied, in one transaction. Talks with an id from the source are updated
 * by a later import of the same source instead of being added twice.
 */
@ApplicationScoped
public class ProgrammeImport {

    /** Columns of the CSV format (header line required, separator ; or ,). */
    static final List<String> CSV_COLUMNS = List.of("datum", "buehne", "beginn", "ende", "art", "titel",
            "zusammenfassung", "themenfeld", "sprache", "referierende", "id");

    @Inject
    ProgrammeService programme;

    @Inject
    FairService fair;

    @Inject
    ObjectMapper json;

    @Inject
    Messages messages;

    /** One talk read from the file, before its references are resolved. */
    record Row(int line, String externalId, String date, String stage, String start, String end, String duration,
            String type, String title, String summary, String topic, String language, List<SpeakerView> speakers) {
    }

    @Transactional
    public ImportReport importPretalx(EditionRef edition, String body, boolean dryRun, Locale locale) {
        return apply(edition, readPretalx(body, locale), dryRun, locale);
    }

    @Transactional
    public ImportReport importCsv(EditionRef edition, String body, boolean dryRun, Locale locale) {
        return apply(edition, readCsv(body, locale), dryRun, locale);
    }

    private ImportReport apply(EditionRef edition, List<Row> rows, boolean dryRun, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<TalkInput> inputs = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        List<EventDayView> days = fair.eventDaysOf(edition.id());
        Map<String, TopicFieldView> topics = fair.topicFields();
        for (Row row : rows) {
            int before = errors.size();
            Optional<EventDayView> day = date(row, errors, locale).flatMap(date -> days.stream()
                    .filter(d -> d.date().equals(date)).findFirst()
                    .or(() -> {
                        errors.add(error(row, "datum", locale, "import.unknownDay", date));
                        return Optional.empty();
                    }));
            Optional<String> stage = programme.stageKey(edition.id(), row.stage());
            if (stage.isEmpty()) {
                errors.add(error(row, "buehne", locale, "import.unknownStage", row.stage()));
            }
            LocalTime start = time(row, "beginn", row.start(), errors, locale);
            LocalTime end = row.end() != null ? time(row, "ende", row.end(), errors, locale)
                    : start == null ? null : duration(row, start, errors, locale);
            if (start != null && end != null && !end.isAfter(start)) {
                errors.add(error(row, "ende", locale, "import.endBeforeStart", row.end() != null ? row.end() : row.duration()));
            }
            TalkType type = type(row.type());
            if (type == null) {
                errors.add(error(row, "art", locale, "import.unknownType", row.type()));
            }
            String topic = topic(row.topic(), topics);
            if (row.topic() != null && !row.topic().isBlank() && topic == null) {
                errors.add(error(row, "themenfeld", locale, "import.unknownTopic", row.topic()));
            }
            if (row.title() == null || row.title().isBlank()) {
                errors.add(error(row, "titel", locale, "import.required"));
            } else if (row.title().length() > 300) {
                errors.add(error(row, "titel", locale, "import.tooLong", 300));
            }
            String language = row.language() == null || row.language().isBlank() ? "de"
                    : row.language().toLowerCase(Locale.ROOT).substring(0, Math.min(2, row.language().length()));
            if (!language.equals("de") && !language.equals("en")) {
                errors.add(error(row, "sprache", locale, "import.unknownLanguage", row.language()));
            }
            if (errors.size() == before) {
                inputs.add(new TalkInput(day.orElseThrow().id(), stage.orElseThrow(), start, end, type, row.title().strip(),
                        row.summary(), topic, language, row.speakers(), List.of(), null, null));
                externalIds.add(row.externalId());
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError(null, null, messages.get(locale, "import.empty")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "import.invalid", errors, errors.size());
        }
        int created = 0;
        int updated = 0;
        List<TalkSummary> overlaps = new ArrayList<>();
        if (!dryRun) {
            for (int i = 0; i < inputs.size(); i++) {
                boolean existed = programme.upsertImported(externalIds.get(i), inputs.get(i), overlaps);
                if (existed) {
                    updated++;
                } else {
                    created++;
                }
            }
        }
        return new ImportReport(dryRun, rows.size(), created, updated, overlaps);
    }

    private List<Row> readPretalx(String body, Locale locale) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw ProblemException.badRequest("import.notPretalx");
        }
        JsonNode days = root.path("schedule").path("conference").path("days");
        if (!days.isArray()) {
            throw ProblemException.badRequest("import.notPretalx");
        }
        List<Row> rows = new ArrayList<>();
        int entry = 0;
        for (JsonNode day : days) {
            Iterator<Map.Entry<String, JsonNode>> rooms = day.path("rooms").fields();
            while (rooms.hasNext()) {
                Map.Entry<String, JsonNode> room = rooms.next();
                for (JsonNode event : room.getValue()) {
                    entry++;
                    String localDate = null;
                    String localStart = text(event, "start");
                    String stamp = text(event, "date");
                    if (stamp != null) {
                        try {
                            var local = OffsetDateTime.parse(stamp).atZoneSameInstant(ProgrammeService.FAIR_ZONE);
                            localDate = local.toLocalDate().toString();
                            localStart = local.toLocalTime().toString();
                        } catch (DateTimeParseException e) {
                            localDate = stamp;
                        }
                    }
                    List<SpeakerView> speakers = new ArrayList<>();
                    for (JsonNode person : event.path("persons")) {
                        String name = Optional.ofNullable(text(person, "public_name")).orElse(text(person, "name"));
                        if (name != null) {
                            speakers.add(new SpeakerView(name, null, null));
                        }
                    }
                    String summary = Optional.ofNullable(text(event, "abstract")).orElse(text(event, "description"));
                    String id = Optional.ofNullable(text(event, "guid")).orElse(text(event, "id"));
                    rows.add(new Row(entry, id == null ? null : "pretalx:" + id, localDate,
                            Optional.ofNullable(text(event, "room")).orElse(room.getKey()), localStart, null,
                            text(event, "duration"), text(event, "type"), text(event, "title"), summary,
                            text(event, "track"), text(event, "language"), speakers));
                }
            }
        }
        return rows;
    }

    private List<Row> readCsv(String body, Locale locale) {
        List<List<String>> records = Csv.parse(body.startsWith("\uFEFF") ? body.substring(1) : body);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.GERMAN)).toList();
        for (String required : CSV_COLUMNS.subList(0, 6)) {
            if (!header.contains(required)) {
                throw new ProblemException(400, "import.csvHeader", List.of(new FieldError(1, required,
                        messages.get(locale, "import.missingColumn", required))), String.join(";", CSV_COLUMNS));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            String id = cell(header, cells, "id");
            rows.add(new Row(line, id == null ? null : "csv:" + id, cell(header, cells, "datum"),
                    cell(header, cells, "buehne"), cell(header, cells, "beginn"), cell(header, cells, "ende"), null,
                    cell(header, cells, "art"), cell(header, cells, "titel"), cell(header, cells, "zusammenfassung"),
                    cell(header, cells, "themenfeld"), cell(header, cells, "sprache"),
                    speakers(cell(header, cells, "referierende"))));
        }
        return rows;
    }

    /** "Name (Organisation, Rolle) | Name2 (Organisation)" */
    static List<SpeakerView> speakers(String cell) {
        List<SpeakerView> speakers = new ArrayList<>();
        if (cell == null) {
            return speakers;
        }
        for (String part : cell.split("\\|")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            int open = text.indexOf('(');
            if (open > 0 && text.endsWith(")")) {
                String[] details = text.substring(open + 1, text.length() - 1).split(",", 2);
                speakers.add(new SpeakerView(text.substring(0, open).strip(), details[0].strip(),
                        details.length > 1 ? details[1].strip() : null));
            } else {
                speakers.add(new SpeakerView(text, null, null));
            }
        }
        return speakers;
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        int index = header.indexOf(column);
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private Optional<LocalDate> date(Row row, List<FieldError> errors, Locale locale) {
        try {
            return Optional.of(LocalDate.parse(row.date()));
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(error(row, "datum", locale, "import.badDate", String.valueOf(row.date())));
            return Optional.empty();
        }
    }

    private LocalTime time(Row row, String field, String value, List<FieldError> errors, Locale locale) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(error(row, field, locale, "import.badTime", String.valueOf(value)));
            return null;
        }
    }

    private LocalTime duration(Row row, LocalTime start, List<FieldError> errors, Locale locale) {
        try {
            String[] parts = row.duration().split(":");
            Duration length = Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]));
            LocalTime end = start.plus(length);
            return length.isZero() || length.toHours() >= 24 || end.isBefore(start) ? start : end;
        } catch (RuntimeException e) {
            errors.add(error(row, "ende", locale, "import.badTime", String.valueOf(row.duration())));
            return null;
        }
    }

    /** pretalx submission types and German labels to talk types. */
    static TalkType type(String value) {
        if (value == null || value.isBlank()) {
            return TalkType.FACHBEITRAG;
        }
        String v = value.strip().toLowerCase(Locale.GERMAN);
        for (TalkType type : TalkType.values()) {
            if (type.code().equals(v)) {
                return type;
            }
        }
        if (v.contains("grußwort") || v.contains("grusswort") || v.contains("welcome") || v.contains("begrüßung")) {
            return TalkType.GRUSSWORT;
        }
        if (v.contains("keynote")) {
            return TalkType.KEYNOTE;
        }
        if (v.contains("podium") || v.contains("panel") || v.contains("diskussion")) {
            return TalkType.PODIUM;
        }
        if (v.contains("workshop")) {
            return TalkType.WORKSHOP;
        }
        if (v.contains("talk") || v.contains("vortrag") || v.contains("fachbeitrag") || v.contains("beitrag")
                || v.contains("lightning") || v.contains("session")) {
            return TalkType.FACHBEITRAG;
        }
        return null;
    }

    /** A topic field by code or by its German name. */
    static String topic(String value, Map<String, TopicFieldView> topics) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (topics.containsKey(v)) {
            return v;
        }
        return topics.values().stream().filter(t -> t.name().equalsIgnoreCase(v)).map(TopicFieldView::code)
                .findFirst().orElse(null);
    }

    private FieldError error(Row row, String field, Locale locale, String key, Object... args) {
        return new FieldError(row.line(), field, messages.get(locale, key, args));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A small RFC 4180 reader: separator ; or , (from the header line), quoted cells with "" escapes. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
            String first = text.substring(0, firstLineEnd);
            char separator = first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !record.isEmpty()) {
                record.add(cell.toString());
                records.add(record);
            }
            return records;
        }
    }
}
