package de.kommunalmesse.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HallIndexTest {

    @Test
    void foldsCaseUmlautsTheirSpellingsSharpSAndAccents() {
        assertEquals("burgerportal", HallIndex.fold("Bürgerportal"));
        assertEquals("burgerportal", HallIndex.fold("BUERGERPORTAL"));
        assertEquals("strasse", HallIndex.fold("Straße"));
        assertEquals("offnungszeiten", HallIndex.fold("Öffnungszeiten"));
        assertEquals("cafe", HallIndex.fold("Café"));
    }
}
