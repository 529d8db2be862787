package de.kommunalmesse.stage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545) with local times in Europe/Berlin and the matching VTIMEZONE, so calendar
 * apps show the talks at the right time on both sides of the daylight saving switch.
 */
final class IcsCalendar {

    /** What one calendar entry shows. */
    record Event(String uid, Instant start, Instant end, String summary, String description, String location,
            String url, String category, long sequence, Instant lastModified) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static final String BERLIN = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE") + "\r\n";

    private IcsCalendar() {
    }

    static String write(String calendarName, List<Event> events, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kommunalmesse//Programm//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        line(ics, "X-WR-TIMEZONE:Europe/Berlin");
        ics.append(BERLIN);
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART;TZID=Europe/Berlin:" + local(event.start()));
            line(ics, "DTEND;TZID=Europe/Berlin:" + local(event.end()));
            line(ics, "SUMMARY:" + text(event.summary()));
            if (event.description() != null) {
                line(ics, "DESCRIPTION:" + text(event.description()));
            }
            line(ics, "LOCATION:" + text(event.location()));
            if (event.url() != null) {
                line(ics, "URL:" + event.url());
            }
            line(ics, "CATEGORIES:" + text(event.category()));
            line(ics, "SEQUENCE:" + event.sequence());
            if (event.lastModified() != null) {
                line(ics, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String local(Instant instant) {
        return LOCAL.format(ZonedDateTime.ofInstant(instant, ProgrammeService.FAIR_ZONE));
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Adds a content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
