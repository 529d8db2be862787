package de.kommunalmesse.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting, folding and typo distance of the hall search, without the application. */
class SearchWordsTest {

    @Test
    void foldsCaseUmlautsTheirSpellingsSharpSAndAccents() {
        assertEquals("burgerportal", SearchWords.fold("Bürgerportal"));
        assertEquals("burgerportal", SearchWords.fold("BUERGERPORTAL"));
        assertEquals("strasse", SearchWords.fold("Straße"));
        assertEquals("offnungszeiten", SearchWords.fold("Öffnungszeiten"));
        assertEquals("cafe", SearchWords.fold("Café"));
    }

    @Test
    void termsAreLowerCaseWordsWithoutOperatorsAndAtMostTen() {
        assertEquals(List.of("e", "akte", "für", "2025"), SearchWords.terms("  +E-Akte \"für\" (2025)*"));
        assertEquals(List.of(), SearchWords.terms(null));
        assertEquals(List.of(), SearchWords.terms("-- ++ **"));
        assertEquals(SearchWords.MAX_TERMS, SearchWords.terms("a b c d e f g h i j k l m").size());
    }

    @Test
    void wordsKeepTheirSpellingAndSkipPunctuation() {
        assertEquals(List.of("Digitaler", "Bauantrag", "NRW"), SearchWords.words("– Digitaler Bauantrag (NRW)."));
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(0, SearchWords.distance("portal", "portal", 2));
        assertEquals(1, SearchWords.distance("portla", "portal", 2));
        assertEquals(1, SearchWords.distance("porta", "portal", 2));
        assertEquals(1, SearchWords.distance("pXrtal", "portal", 2));
        assertEquals(2, SearchWords.distance("prtla", "portal", 2));
    }

    @Test
    void distanceGivesUpAboveTheLimit() {
        assertEquals(2, SearchWords.distance("abcdef", "uvwxyz", 1));
        assertEquals(3, SearchWords.distance("wasser", "feuerwehr", 2));
    }
}
