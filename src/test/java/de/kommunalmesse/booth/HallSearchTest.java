package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.booth.BoothContent.Service;
import de.kommunalmesse.testsupport.Api;
import de.kommunalmesse.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HallSearchTest {

    @Inject
    TestData data;

    private static Service service(String name, String summary, Maturity maturity, ReuseModel model) {
        return new Service(name, summary, "gesundheit", maturity, model, "EUPL-1.2", null, "Java", List.of("Kreis Unna"),
                null, null);
    }

    @Test
    void findsWordsInServicesRankedByRelevance() {
        String word = "quarz" + data.unique();
        String exhibitor = data.exhibitor("such-" + data.unique(), "paderborn");
        data.booth("einmal-" + word, exhibitor, "Einmal erwähnt", List.of("gesundheit"),
                List.of(service("Terminvergabe", "Nutzt " + word + " am Rande.", Maturity.PILOT, ReuseModel.EFA)));
        data.booth("oft-" + word, exhibitor, "Alles über " + word, List.of("gesundheit"),
                List.of(service(word + " Plattform", word + " " + word + " für alle.", Maturity.PRODUKTIV,
                        ReuseModel.OPEN_SOURCE)));

        given().queryParam("q", word).get("/api/booths")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", contains("oft-" + word, "einmal-" + word))
                .body("didYouMean", nullValue());
        given().queryParam("q", word.substring(0, 6)).queryParam("maturity", "pilot").get("/api/booths")
                .then().body("items.slug", contains("einmal-" + word));
        given().queryParam("q", word).queryParam("reuseModel", "open-source").queryParam("sort", "name")
                .get("/api/booths")
                .then().body("items.slug", contains("oft-" + word));
    }

    @Test
    void correctsATypoWhenNothingMatches() {
        String word = "wasserstand" + data.unique().replaceAll("[0-9]", "");
        data.booth("pegel-" + data.unique(), data.exhibitor("pegel-" + data.unique(), null), "Pegel " + word,
                List.of("umwelt"), List.of());
        String typo = word.substring(0, 3) + word.charAt(4) + word.charAt(3) + word.substring(5);

        given().queryParam("q", typo).get("/api/booths")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("didYouMean", equalTo(word));
    }

    @Test
    void matchesUmlautSpellingsAndGermanCompounds() {
        String word = letters();
        String slug = data.booth("buerger-" + word, data.exhibitor("buerger-" + word, null), "Bürgerportal" + word,
                List.of("querschnitt"), List.of());

        for (String spelling : List.of("Buergerportal" + word, "burgerportal" + word, "BÜRGERPORTAL" + word,
                "portal" + word)) {
            given().queryParam("q", spelling).get("/api/booths")
                    .then().statusCode(200).body("items.slug", contains(slug)).body("didYouMean", nullValue());
        }
    }

    @Test
    void correctsATypoInTheHallsOwnSpelling() {
        String word = letters();
        data.booth("kueche-" + word, data.exhibitor("kueche-" + word, null), "Großküche" + word, List.of("umwelt"),
                List.of());

        given().queryParam("q", "grosskuhce" + word).get("/api/booths")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("didYouMean", equalTo("großküche" + word));
    }

    @Test
    void maturityAndReuseModelMustHoldForOneAndTheSameService() {
        String word = "dienst" + data.unique();
        String slug = data.booth("zwei-" + word, data.exhibitor("zwei-" + word, null), "Zwei Dienste " + word,
                List.of("umwelt"), List.of(service("Erster " + word, "Pilot", Maturity.PILOT, ReuseModel.EFA),
                        service("Zweiter " + word, "Betrieb", Maturity.PRODUKTIV, ReuseModel.OPEN_SOURCE)));

        given().queryParam("q", word).queryParam("maturity", "pilot").queryParam("reuseModel", "efa").get("/api/booths")
                .then().body("items.slug", contains(slug));
        given().queryParam("q", word).queryParam("maturity", "pilot").queryParam("reuseModel", "open-source")
                .get("/api/booths")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void filtersByRegionIncludingOtherAndByOrganisationType() {
        String term = "filter" + data.unique();
        data.booth("soest-" + term, data.exhibitor("soest-" + term, "soest"), "Soest " + term, List.of("umwelt"), List.of());
        data.booth("weit-" + term, data.exhibitor("weit-" + term, null), "Weit " + term, List.of("umwelt"), List.of());

        given().queryParam("q", term).queryParam("region", "other").get("/api/booths")
                .then().body("items.slug", contains("weit-" + term));
        given().queryParam("q", term).queryParam("region", "soest").queryParam("orgType", "kommune").get("/api/booths")
                .then().body("items.slug", contains("soest-" + term));
        given().queryParam("q", term).queryParam("orgType", "kreis").get("/api/booths")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void unknownFilterValuesAre400() {
        given().queryParam("maturity", "fertig").get("/api/booths")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:unknown-filter-value"));
        given().queryParam("region", "mars").get("/api/booths")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:unknown-region"));
        given().queryParam("sort", "zufall").get("/api/booths").then().statusCode(400);
    }

    @Test
    void hallShowsAnApprovedChangeAtOnce() {
        String slug = data.ownBooth();
        String word = "zeitreise" + data.unique().replaceAll("[0-9]", "");
        given().queryParam("q", word).get("/api/booths").then().body("items.slug", not(hasItem(slug)));

        Map<String, Object> content = Api.content("Stand mit " + word);
        int version = Api.saveDraft(slug, content);
        version = Api.submit(slug, version);
        given().queryParam("q", word).get("/api/booths").then().body("items.slug", not(hasItem(slug)));
        Api.approve(slug, version);

        given().queryParam("q", word).get("/api/booths")
                .then().body("totalItems", equalTo(1)).body("items.slug", contains(slug));
    }

    /** A unique suffix of letters only, so that it stays part of one compound word. */
    private String letters() {
        StringBuilder word = new StringBuilder();
        for (char digit : data.unique().replaceAll("[^0-9]", "").toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }
}
