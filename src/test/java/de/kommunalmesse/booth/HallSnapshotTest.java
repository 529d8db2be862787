package de.kommunalmesse.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.BoothViews.HallPage;
import de.kommunalmesse.booth.HallSnapshot.Filters;
import de.kommunalmesse.booth.HallSnapshot.Offer;
import de.kommunalmesse.booth.HallSnapshot.PublishedBooth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ranking, matching, filters, order and typo correction of the in-memory hall, built from a few booths. */
class HallSnapshotTest {

    private final List<PublishedBooth> booths = new ArrayList<>();

    /** A booth whose slug is its name in lower case; the search document is the name followed by the text. */
    private PublishedBooth booth(String name, String text) {
        return add(name, text, false, booths.size(), null, List.of());
    }

    private PublishedBooth add(String name, String text, boolean featured, int hallOrder, String regionCode,
            List<Offer> offers) {
        return add(name, null, text, featured, hallOrder, regionCode, offers);
    }

    private PublishedBooth add(String name, String nameEn, String text, boolean featured, int hallOrder, String regionCode,
            List<Offer> offers) {
        long id = booths.size() + 1;
        BoothCard card = card(name, name, featured, "de");
        BoothCard cardEn = nameEn == null ? card : card(name, nameEn, featured, "en");
        PublishedBooth booth = new PublishedBooth(id, 1, card, cardEn, regionCode, Set.of("verwaltung"), offers, hallOrder,
                Instant.EPOCH.plusSeconds(id), name + "\n" + (nameEn == null ? "" : nameEn + "\n") + text);
        booths.add(booth);
        return booth;
    }

    private static BoothCard card(String slugName, String name, boolean featured, String lang) {
        return new BoothCard(slugName.toLowerCase(), "2026", name, null,
                new ExhibitorRef("aussteller", "Aussteller", OrganisationType.KOMMUNE), null, List.of(), null, featured,
                "medium", null, Map.of("name", lang));
    }

    private HallPage search(String query) {
        return search(Filters.NONE, query, null);
    }

    private HallPage search(Filters filters, String query, String sort) {
        return HallSnapshot.build("1", booths).search(filters, SearchWords.terms(query), sort, 0, 20, false);
    }

    private static List<String> names(HallPage page) {
        return page.items().stream().map(BoothCard::name).toList();
    }

    @Test
    void moreOccurrencesRankHigher() {
        booth("Einmal", "quarz alpha beta gamma");
        booth("Zweimal", "quarz quarz beta gamma");

        assertEquals(List.of("Zweimal", "Einmal"), names(search("quarz")));
    }

    @Test
    void theSameCountInAShorterDocumentRanksHigher() {
        booth("Breit", "quarz " + "wort ".repeat(30));
        booth("Schmal", "quarz wort");

        assertEquals(List.of("Schmal", "Breit"), names(search("quarz")));
    }

    @Test
    void aWordOfTheBoothsNameRanksAboveTheSameWordInItsText() {
        booth("Anderes", "quarzportal eins zwei");
        booth("Quarzportal", "anderes eins zwei");

        assertEquals(List.of("Quarzportal", "Anderes"), names(search("quarzportal")));
    }

    @Test
    void aSearchWordFindsTheWordsItBegins() {
        booth("Bauantrag", "digitale Bauanträge stellen");
        booth("Hundesteuer", "Steuer online");

        assertEquals(List.of("Bauantrag"), names(search("bauan")));
    }

    @Test
    void fromFourLettersASearchWordFindsCompoundsAtHalfWeight() {
        booth("Bürgerportal", "für alle");
        booth("Portalverbund", "für alle");

        assertEquals(List.of("Portalverbund", "Bürgerportal"), names(search("portal")));
        assertEquals(List.of(), names(search("tal")), "three letters match no word inside another");
    }

    @Test
    void wordsShorterThanThreeLettersMatchAnywhereInTheText() {
        booth("Akte", "die E-Akte");
        booth("Feuerwehr", "Einsatzplanung");

        assertEquals(List.of("Akte"), names(search("ak")));
        assertEquals(List.of("Feuerwehr"), names(search("rw")));
    }

    @Test
    void everySearchWordMustMatch() {
        booth("Wasser", "Pegel und Hochwasser");
        booth("Feuer", "Pegel und Feuerwehr");

        assertEquals(List.of("Feuer"), names(search("pegel feuerwehr")));
    }

    @Test
    void umlautsAndTheirSpellingsMatchEachOther() {
        booth("Bürgerbüro", "Termine");
        booth("Bauamt", "Termine");

        for (String spelling : List.of("buergerbuero", "BÜRGERBÜRO", "burgerburo")) {
            assertEquals(List.of("Bürgerbüro"), names(search(spelling)), spelling);
        }
    }

    @Test
    void maturityAndReuseModelMustHoldForOneAndTheSameService() {
        add("Gemischt", "", false, 0, null,
                List.of(new Offer(Maturity.PILOT, ReuseModel.EFA), new Offer(Maturity.PRODUKTIV, ReuseModel.OPEN_SOURCE)));
        add("Passend", "", false, 1, null, List.of(new Offer(Maturity.PILOT, ReuseModel.OPEN_SOURCE)));

        Filters pilotOpenSource = new Filters(null, null, null, Maturity.PILOT, ReuseModel.OPEN_SOURCE, null, null);
        assertEquals(List.of("Passend"), names(search(pilotOpenSource, null, null)));
        Filters pilot = new Filters(null, null, null, Maturity.PILOT, null, null, null);
        assertEquals(List.of("Gemischt", "Passend"), names(search(pilot, null, null)));
    }

    @Test
    void regionOtherMeansExhibitorsFromNoHostRegion() {
        add("Soest", "", false, 0, "soest", List.of());
        add("Woanders", "", false, 1, null, List.of());

        assertEquals(List.of("Woanders"), names(search(new Filters(null, "other", null, null, null, null, null), null, null)));
        assertEquals(List.of("Soest"), names(search(new Filters(null, "soest", null, null, null, null, null), null, null)));
    }

    @Test
    void withoutWordsFeaturedBoothsComeFirstThenTheHallOrder() {
        add("Zweiter", "", false, 2, null, List.of());
        add("Erster", "", false, 1, null, List.of());
        add("Hervorgehoben", "", true, 9, null, List.of());

        assertEquals(List.of("Hervorgehoben", "Erster", "Zweiter"), names(search("")));
    }

    @Test
    void sortingByNameFollowsGermanAlphabeticalOrder() {
        booth("Bauamt", "");
        booth("Ärztehaus", "");
        booth("Zulassung", "");

        assertEquals(List.of("Ärztehaus", "Bauamt", "Zulassung"), names(search(Filters.NONE, null, "name")));
    }

    @Test
    void newestFirstOrdersByPublicationTime() {
        booth("Alt", "");
        booth("Neu", "");

        assertEquals(List.of("Neu", "Alt"), names(search(Filters.NONE, null, "newest")));
    }

    @Test
    void aTypoOfOneEditIsCorrectedAndNamed() {
        booth("Pegel", "Wasserstände");

        HallPage page = search("pegle");
        assertEquals(List.of("Pegel"), names(page));
        assertEquals("pegel", page.didYouMean());
    }

    @Test
    void shortWordsGetOneEditAndFromSevenLettersTwo() {
        booth("Pegel", "Wasserstand");

        HallPage shortWord = search("pxgxl");
        assertEquals(0, shortWord.totalItems());
        assertNull(shortWord.didYouMean());
        assertEquals("wasserstand", search("wsaserstnad").didYouMean());
    }

    @Test
    void ofEquallyCloseWordsTheAlphabeticallyFirstIsTaken() {
        booth("Karte", "");
        booth("Karre", "");

        assertEquals("karre", search("karxe").didYouMean());
    }

    @Test
    void theCorrectionIsWrittenAsTheHallUsuallyWritesIt() {
        booth("Portal", "Bürgerportal, das Bürgerportal, Buergerportal");

        assertEquals("bürgerportal", search("burgerprotal").didYouMean());
    }

    @Test
    void aSearchThatMatchesIsNotCorrected() {
        booth("Karte", "");
        booth("Karre", "");

        HallPage page = search("karte");
        assertEquals(List.of("Karte"), names(page));
        assertNull(page.didYouMean());
    }

    @Test
    void englishWordsFindTheBoothAndEnglishCardsComeInEnglish() {
        add("Digitaler Umzugsservice", "Digital removal service", "", false, 0, null, List.of());
        booth("Bauantrag online", "");

        assertEquals(List.of("Digitaler Umzugsservice"), names(search("removal")));
        HallPage english = HallSnapshot.build("1", booths).search(Filters.NONE, SearchWords.terms("removal"), null, 0, 20, true);
        assertEquals(List.of("Digital removal service"), names(english));
        assertEquals("en", english.items().get(0).lang().get("name"));
        HallPage all = HallSnapshot.build("1", booths).search(Filters.NONE, List.of(), "name", 0, 20, true);
        assertEquals(List.of("Bauantrag online", "Digital removal service"), names(all),
                "a booth without English keeps its German card");
    }

    @Test
    void pagesCountFromZeroAndTotalsCoverAllMatches() {
        Arrays.asList("Eins", "Zwei", "Drei", "Vier", "Fünf").forEach(name -> booth(name, ""));

        HallPage second = HallSnapshot.build("1", booths).search(Filters.NONE, List.of(), null, 1, 2, false);
        assertEquals(List.of("Drei", "Vier"), names(second));
        assertEquals(5, second.totalItems());
        assertEquals(3, second.totalPages());
    }
}
