package de.kommunalmesse.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of WebVTT caption files (W3C WebVTT: header, cue blocks, NOTE/STYLE/REGION blocks, cue settings,
 * cue text tags). No library on Maven Central reads WebVTT with line-numbered errors, so this is the small strict
 * subset captions need: it refuses what a browser would silently drop (a cue with a broken timing line, cues out of
 * order, unknown tags) so that an uploader learns about it before visitors miss a line.
 */
public final class WebVtt {

    /** Captions larger than this are no captions of a talk. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** At most this many errors are reported; the rest would hide the first ones. */
    static final int MAX_ERRORS = 20;

    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");
    private static final Pattern TIMING = Pattern.compile("(\\S+)[ \\t]+-->[ \\t]+(\\S+)((?:[ \\t]+\\S+)*)[ \\t]*");
    private static final Pattern SETTING = Pattern.compile(
            "vertical:(rl|lr)|line:-?\\d+(\\.\\d+)?%?(,(start|center|end))?|position:\\d+(\\.\\d+)?%(,(line-left|center|line-right))?"
                    + "|size:\\d+(\\.\\d+)?%|align:(start|center|end|left|right)|region:[^\\s:]+");
    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s.>/]*)((?:\\.[^\\s.>]+)*)(?:[ \\t]([^>]*))?>");
    private static final Set<String> TAGS = Set.of("c", "i", "b", "u", "v", "lang", "ruby", "rt");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|nbsp|lrm|rlm);");

    private WebVtt() {
    }

    /** A cue: from, to (milliseconds) and its text as written (with tags). */
    public record Cue(String id, long startMillis, long endMillis, String text) {

        /** The cue's text without tags and with entities resolved: what a reader of the transcript sees. */
        public String plainText() {
            String plain = TAG.matcher(text).replaceAll("").replaceAll("<\\d[\\d:.]*>", "");
            Matcher entities = ENTITY.matcher(plain);
            StringBuilder out = new StringBuilder();
            while (entities.find()) {
                entities.appendReplacement(out, Matcher.quoteReplacement(switch (entities.group(1)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "nbsp" -> "\u00A0";
                    default -> "";
                }));
            }
            entities.appendTail(out);
            return out.toString().replaceAll("\\s*\\n\\s*", " ").strip();
        }
    }

    /** One thing wrong, at a line (1-based); {@code key} names a text in problems*.properties. */
    public record Error(int line, String key, Object... args) {
    }

    /** The file is no valid WebVTT; the errors in line order. */
    public static final class Invalid extends RuntimeException {

        private final transient List<Error> errors;

        Invalid(List<Error> errors) {
            super(errors.size() + " WebVTT errors, the first in line " + errors.get(0).line());
            this.errors = List.copyOf(errors);
        }

        public List<Error> errors() {
            return errors;
        }

        /** The answer to the uploader: 400 {@code webvtt.invalid}, errors[] naming each line in their language. */
        public ProblemException problem(Messages messages, Locale locale) {
            List<Problem.FieldError> fieldErrors = errors.stream()
                    .map(error -> new Problem.FieldError(error.line(), null, messages.get(locale, error.key(), error.args())))
                    .toList();
            return new ProblemException(400, "webvtt.invalid", fieldErrors, errors.get(0).line(), fieldErrors.size());
        }
    }

    /**
     * 415 {@code unsupportedMediaType.captions} unless the file's first bytes are a WebVTT header: "WEBVTT" (after an
     * optional byte order mark) followed by a space, tab or line end. A file of another type is refused as such
     * before its lines are checked.
     */
    public static void requireHeader(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.UTF_8);
        if (!head.replaceFirst("^\uFEFF", "").matches("(?s)WEBVTT([ \t\r\n].*)?")) {
            throw new ProblemException(415, "unsupportedMediaType.captions", null);
        }
    }

    /** Reads WebVTT bytes: UTF-8 (a byte order mark is allowed); throws {@link Invalid} with every error found. */
    public static List<Cue> parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Invalid(List.of(new Error(1, "webvtt.tooLarge", MAX_BYTES / 1024)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(List.of(new Error(lineOfFirstBadByte(bytes), "webvtt.encoding")));
        }
        return parse(text);
    }

    /** Reads WebVTT text; throws {@link Invalid} with every error found (at most {@value #MAX_ERRORS}). */
    public static List<Cue> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            int line = (int) text.substring(0, text.indexOf('\0')).lines().count();
            throw new Invalid(List.of(new Error(Math.max(line, 1), "webvtt.encoding")));
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Error> errors = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        if (!lines[0].matches("WEBVTT([ \\t].*)?")) {
            throw new Invalid(List.of(new Error(1, "webvtt.signature")));
        }
        int i = 1;
        // Header lines up to the first blank line
        while (i < lines.length && !lines[i].isBlank()) {
            if (lines[i].contains("-->")) {
                errors.add(new Error(i + 1, "webvtt.headerBlank"));
            }
            i++;
        }
        long previousStart = -1;
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i >= lines.length) {
                break;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            String first = block.get(0);
            if (first.matches("NOTE([ \\t].*)?")) {
                continue;
            }
            if (cues.isEmpty() && first.matches("(STYLE|REGION)[ \\t]*")) {
                continue;
            }
            int timingIndex = first.contains("-->") ? 0 : 1;
            if (timingIndex >= block.size() || !block.get(timingIndex).contains("-->")) {
                errors.add(new Error(blockStart + 1, "webvtt.timingMissing"));
                continue;
            }
            int timingLine = blockStart + timingIndex + 1;
            String timing = block.get(timingIndex);
            Matcher times = TIMING.matcher(timing);
            Long start = times.matches() ? millis(times.group(1)) : null;
            if (start != null && start < previousStart) {
                errors.add(new Error(timingLine, "webvtt.order", format(start), format(previousStart)));
            }
            previousStart = start == null ? previousStart : Math.max(previousStart, start);
            Cue cue = cue(timingIndex == 1 ? first : null, timing, block.subList(timingIndex + 1, block.size()),
                    timingLine, errors);
            if (cue != null) {
                cues.add(cue);
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (errors.isEmpty() && cues.isEmpty()) {
            errors.add(new Error(1, "webvtt.noCues"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return List.copyOf(cues);
    }

    private static Cue cue(String id, String timing, List<String> payload, int line, List<Error> errors) {
        Matcher m = TIMING.matcher(timing);
        if (!m.matches()) {
            errors.add(new Error(line, "webvtt.timing", timing.strip()));
            return null;
        }
        Long start = millis(m.group(1));
        Long end = millis(m.group(2));
        int before = errors.size();
        if (start == null) {
            errors.add(new Error(line, "webvtt.timestamp", m.group(1)));
        }
        if (end == null) {
            errors.add(new Error(line, "webvtt.timestamp", m.group(2)));
        }
        if (start != null && end != null && end <= start) {
            errors.add(new Error(line, "webvtt.endBeforeStart", m.group(2), m.group(1)));
        }
        for (String setting : m.group(3).strip().split("[ \\t]+")) {
            if (!setting.isEmpty() && !SETTING.matcher(setting).matches()) {
                errors.add(new Error(line, "webvtt.setting", setting));
            }
        }
        if (payload.isEmpty()) {
            errors.add(new Error(line, "webvtt.emptyCue"));
        }
        for (int k = 0; k < payload.size(); k++) {
            checkMarkup(payload.get(k), line + k + 1, start, end, errors);
        }
        return errors.size() > before ? null : new Cue(id, start, end, String.join("\n", payload));
    }

    /** Tags must be known and nested; timestamps inside a cue must lie within it. */
    private static void checkMarkup(String text, int line, Long start, Long end, List<Error> errors) {
        if (text.contains("-->")) {
            errors.add(new Error(line, "webvtt.arrowInText"));
            return;
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            String name = tags.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !tags.group(1).isEmpty();
            if (!closing && name.matches("\\d.*")) {
                Long at = millis(tags.group(0).substring(1, tags.group(0).length() - 1));
                if (at == null || start != null && end != null && (at < start || at > end)) {
                    errors.add(new Error(line, "webvtt.innerTimestamp", tags.group(0)));
                }
            } else if (!TAGS.contains(name)) {
                errors.add(new Error(line, "webvtt.tag", tags.group(0)));
            } else if (closing && !name.equals(open.peek())) {
                errors.add(new Error(line, "webvtt.tagNotOpen", tags.group(0)));
            } else if (closing) {
                open.pop();
            } else {
                open.push(name);
            }
        }
        // A tag left open at the end of a line is closed by the cue's end in browsers; only <v> often is
        open.removeIf("v"::equals);
        if (!open.isEmpty()) {
            errors.add(new Error(line, "webvtt.tagNotClosed", "<" + open.peek() + ">"));
        }
    }

    private static Long millis(String timestamp) {
        Matcher t = TIMESTAMP.matcher(timestamp);
        if (!t.matches()) {
            return null;
        }
        long hours = t.group(1) == null ? 0 : Long.parseLong(t.group(1));
        return ((hours * 60 + Long.parseLong(t.group(2))) * 60 + Long.parseLong(t.group(3))) * 1000
                + Long.parseLong(t.group(4));
    }

    /** A time as WebVTT writes it: {@code hh:mm:ss.ttt}. */
    public static String format(long millis) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    /** The transcript of captions: the plain text of each cue, one paragraph per speaker change or pause. */
    public static String transcript(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        Cue previous = null;
        for (Cue cue : cues) {
            String plain = cue.plainText();
            if (plain.isEmpty() || previous != null && plain.equals(previous.plainText())) {
                continue;
            }
            if (previous != null) {
                boolean pause = cue.startMillis() - previous.endMillis() >= 2000;
                out.append(pause || cue.text().startsWith("<v") ? "\n\n" : " ");
            }
            out.append(plain);
            previous = cue;
        }
        return out.toString();
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') {
                to++;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            } catch (CharacterCodingException e) {
                return line;
            }
            line++;
            from = to + 1;
        }
        return line;
    }
}
