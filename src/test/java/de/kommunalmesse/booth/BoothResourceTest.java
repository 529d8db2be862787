package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoothResourceTest {

    @Inject
    TestData data;

    @Test
    void hallListsPublishedBoothsOnlyAndFindsThemBySearch() {
        String term = data.unique();
        String exhibitor = data.exhibitor("aus-" + term, "soest");
        data.booth("pub-" + term, exhibitor, "Umzugsdienst " + term, List.of("bauen-wohnen"), null, BoothStatus.PUBLISHED);
        data.booth("draft-" + term, exhibitor, "Entwurf " + term, List.of("bauen-wohnen"), null, BoothStatus.DRAFT);

        given().queryParam("q", term)
                .when().get("/api/booths")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.slug", contains("pub-" + term))
                .body("items[0].exhibitor.slug", equalTo(exhibitor))
                .body("items[0].exhibitor.type", equalTo("kommune"))
                .body("items[0].region.code", equalTo("soest"))
                .body("items[0].topicFields.code", contains("bauen-wohnen"));
    }

    @Test
    void hallFiltersByTopicFieldAndEventDay() {
        String term = data.unique();
        long series = data.series("serie-" + term);
        long day = data.eventDay(series, LocalDate.of(2031, 3, 3), "aachen");
        String exhibitor = data.exhibitor("aus-" + term, null);
        data.booth("gesund-" + term, exhibitor, "Gesundheit " + term, List.of("gesundheit"), day, BoothStatus.PUBLISHED);
        data.booth("umwelt-" + term, exhibitor, "Umwelt " + term, List.of("umwelt", "smart-city"), null, BoothStatus.PUBLISHED);

        given().queryParam("q", term).queryParam("topic", "smart-city")
                .when().get("/api/booths")
                .then().statusCode(200)
                .body("items.slug", contains("umwelt-" + term))
                .body("items[0].region", nullValue());
        given().queryParam("q", term).queryParam("day", day)
                .when().get("/api/booths")
                .then().statusCode(200)
                .body("items.slug", contains("gesund-" + term));
    }

    @Test
    void hallPagesThroughResults() {
        String term = data.unique();
        String exhibitor = data.exhibitor("aus-" + term, null);
        for (int i = 0; i < 5; i++) {
            data.booth("b" + i + "-" + term, exhibitor, "Stand " + i + " " + term, List.of("bildung"), null,
                    BoothStatus.PUBLISHED);
        }
        given().queryParam("q", term).queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/booths")
                .then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("page", equalTo(2))
                .body("items.slug", contains("b4-" + term));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        given().queryParam("q", "%_%")
                .when().get("/api/booths")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void unknownTopicFieldIs400() {
        given().queryParam("topic", "raumfahrt")
                .when().get("/api/booths")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:unknown-topic-field"));
    }

    @Test
    void invalidPagingIs400WithFieldErrors() {
        given().queryParam("size", 1000).queryParam("page", -1)
                .when().get("/api/booths")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(2))
                .body("errors.field", contains("page", "size"));
    }

    @Test
    void boothPageShowsPublishedBoothAndHidesDrafts() {
        String term = data.unique();
        long series = data.series("serie-" + term);
        long day = data.eventDay(series, LocalDate.of(2031, 4, 7), "wuppertal");
        String exhibitor = data.exhibitor("aus-" + term, "wuppertal");
        data.booth("pub-" + term, exhibitor, "Familienservice " + term, List.of("familie-kind"), day, BoothStatus.PUBLISHED);
        data.booth("draft-" + term, exhibitor, "Geheim " + term, List.of("familie-kind"), day, BoothStatus.DRAFT);

        given().when().get("/api/booths/pub-" + term)
                .then().statusCode(200)
                .body("name", equalTo("Familienservice " + term))
                .body("tags", contains("Test"))
                .body("eventDay.id", equalTo((int) day))
                .body("eventDay.hostRegion.code", equalTo("wuppertal"));
        given().when().get("/api/booths/draft-" + term)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
