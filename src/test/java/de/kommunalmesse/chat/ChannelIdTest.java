package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelIdTest {

    @Test
    void parsesTheFourKinds() {
        assertEquals(ChannelId.Kind.BOOTH, ChannelId.parse("booth:kreis-soest-umzug").orElseThrow().kind());
        assertEquals("hauptbuehne", ChannelId.parse("stage:hauptbuehne").orElseThrow().key());
        assertEquals(42, ChannelId.parse("lobby:42").orElseThrow().numericKey());
        assertEquals("dm:7", ChannelId.parse("dm:7").orElseThrow().toString());
    }

    @Test
    void refusesEverythingElse() {
        for (String invalid : new String[] { null, "", "booth:", "booth:Gross", "halle:a", "lobby:abc", "dm:1x",
                "booth:a b", "booth:-a", "dm:1234567890123456789", "booth:" + "a".repeat(61) }) {
            assertTrue(ChannelId.parse(invalid).isEmpty(), String.valueOf(invalid));
        }
    }
}
