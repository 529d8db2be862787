package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.kommunalmesse.common.WebVtt.Cue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttTest {

    private static List<String> errors(String vtt) {
        return assertThrows(WebVtt.Invalid.class, () -> WebVtt.parse(vtt.getBytes(StandardCharsets.UTF_8))).errors()
                .stream().map(e -> e.line() + ":" + e.key()).toList();
    }

    @Test
    void readsCuesWithIdentifiersSettingsNotesAndTags() {
        List<Cue> cues = WebVtt.parse(("\uFEFFWEBVTT - Vortrag\nKind: captions\n\nSTYLE\n::cue { color: yellow }\n\n"
                + "NOTE geprüft am 1. Dezember\n\n1\n00:00.500 --> 00:04.000 align:start line:90%\n"
                + "<v Jana Beispiel>Willkommen &amp; guten Morgen\nin <i>Soest</i>.\n\n"
                + "01:00:02.000 --> 01:00:03.250\nZweiter <01:00:02.500>Satz.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, cues.size());
        assertEquals(new Cue("1", 500, 4000, "<v Jana Beispiel>Willkommen &amp; guten Morgen\nin <i>Soest</i>."), cues.get(0));
        assertEquals("Willkommen & guten Morgen in Soest.", cues.get(0).plainText());
        assertEquals(3_602_000, cues.get(1).startMillis());
        assertEquals("Zweiter Satz.", cues.get(1).plainText());
        assertEquals("01:00:03.250", WebVtt.format(cues.get(1).endMillis()));
    }

    @Test
    void refusesAFileWithoutTheSignature() {
        assertEquals(List.of("1:webvtt.signature"), errors("1\n00:00.000 --> 00:01.000\nHallo\n"));
        assertEquals(List.of("1:webvtt.signature"), errors("WEBVTTX\n\n00:00.000 --> 00:01.000\nHallo\n"));
    }

    @Test
    void namesTheLineOfEveryBrokenCue() {
        String vtt = """
                WEBVTT

                00:01.000 --> 00:00.500
                Ende vor Anfang

                00:02.000 -> 00:03.000
                Falscher Pfeil

                00:04.000 --> 00:05.0000
                Zu viele Stellen

                00:06.000 --> 00:07.000 farbe:rot
                Unbekannte Einstellung

                00:08.000 --> 00:09.000
                <blink>Unbekannter Tag</blink>

                00:10.000 --> 00:11.000
                <b>Nicht geschlossen

                00:03.000 --> 00:04.000
                Zu früh

                00:12.000 --> 00:13.000
                """;
        assertEquals(List.of("3:webvtt.endBeforeStart", "6:webvtt.timingMissing", "9:webvtt.timestamp",
                "12:webvtt.setting", "16:webvtt.tag", "16:webvtt.tag", "19:webvtt.tagNotClosed",
                "21:webvtt.order", "24:webvtt.emptyCue"), errors(vtt));
    }

    @Test
    void refusesBytesThatAreNoUtf8AndNamesTheirLine() {
        byte[] latin1 = "WEBVTT\n\n00:00.000 --> 00:01.000\nGrüße\n".getBytes(StandardCharsets.ISO_8859_1);
        WebVtt.Invalid invalid = assertThrows(WebVtt.Invalid.class, () -> WebVtt.parse(latin1));
        assertEquals(4, invalid.errors().get(0).line());
        assertEquals("webvtt.encoding", invalid.errors().get(0).key());
    }

    @Test
    void refusesAFileWithoutCuesAndOneTooLarge() {
        assertEquals(List.of("1:webvtt.noCues"), errors("WEBVTT\n\nNOTE nur eine Notiz\n"));
        byte[] huge = new byte[WebVtt.MAX_BYTES + 1];
        assertEquals("webvtt.tooLarge", assertThrows(WebVtt.Invalid.class, () -> WebVtt.parse(huge)).errors().get(0).key());
    }

    @Test
    void transcriptJoinsCuesAndStartsAParagraphAfterAPauseOrAtASpeaker() {
        List<Cue> cues = WebVtt.parse("""
                WEBVTT

                00:00.000 --> 00:02.000
                Guten Morgen,

                00:02.000 --> 00:04.000
                liebe Gäste.

                00:02.000 --> 00:04.000
                liebe Gäste.

                00:08.000 --> 00:09.000
                Nach der Pause.

                00:09.000 --> 00:10.000
                <v Moderation>Danke!
                """);
        assertEquals("Guten Morgen, liebe Gäste.\n\nNach der Pause.\n\nDanke!", WebVtt.transcript(cues));
    }
}
