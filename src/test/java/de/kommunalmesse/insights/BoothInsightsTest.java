package de.kommunalmesse.insights;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.testsupport.Api;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Booth analytics: counted as visits happen, shown only to the booth's team and admins, small counts as "< 5". */
@QuarkusTest
class BoothInsightsTest {

    @Inject
    TestData testData;

    private static void visit(String slug, String source, String session) {
        Api.as(null).body(Map.of("booth", slug, "source", source, "session", session))
                .post("/api/insights/visits").then().statusCode(204);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
    }

    @Test
    void countsBelowFiveLeaveTheServerAsNullAndFiveAsFive() {
        String slug = testData.ownBooth();
        for (int i = 0; i < 4; i++) {
            visit(slug, "hall", "session-a" + i + "-" + slug);
        }
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug)
                .then().statusCode(200)
                .body("threshold", equalTo(5))
                .body("totals.visits", nullValue())
                .body("totals.visitors", nullValue())
                .body("sources.hall", nullValue())
                .body("sources.talk", equalTo(0))
                .body("days[0].figures.visits", nullValue());

        visit(slug, "talk", "session-b-" + slug);
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug)
                .then().statusCode(200)
                .body("totals.visits", equalTo(5))
                .body("totals.visitors", equalTo(5))
                .body("days[0].figures.visits", equalTo(5))
                .body("hours.visits", hasItem(5))
                .body("sources.hall", nullValue())
                .body("sources.talk", nullValue())
                .body("hallMedian", notNullValue());
    }

    @Test
    void theSameSessionIsOneVisitorADay() {
        String slug = testData.ownBooth();
        for (int i = 0; i < 6; i++) {
            visit(slug, "direct", "same-session-" + slug);
        }
        Api.as(TestUsers.admin()).queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug)
                .then().statusCode(200)
                .body("totals.visits", equalTo(6))
                .body("totals.visitors", nullValue())
                .body("sources.direct", equalTo(6));
    }

    @Test
    void onlyTheBoothsTeamAndAdminsSeeItsFigures() {
        String foreign = testData.foreignBooth();
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/booths/" + foreign).then().statusCode(403);
        Api.as(TestUsers.visitor()).get("/api/insights/booths/" + foreign).then().statusCode(403);
        Api.as(null).get("/api/insights/booths/" + foreign).then().statusCode(401);
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/booths/" + foreign + "/days.csv").then().statusCode(403);
        Api.as(TestUsers.admin()).get("/api/insights/booths/" + foreign).then().statusCode(200);
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/booths/gibt-es-nicht").then().statusCode(404);
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsABadRequest() {
        String slug = testData.ownBooth();
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", "2026-11-23").queryParam("to", "2026-11-20")
                .header("Accept-Language", "de")
                .get("/api/insights/booths/" + slug)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"))
                .body("detail", containsString("vor seinem Beginn"));
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01")
                .get("/api/insights/booths/" + slug).then().statusCode(400);
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", "gestern").header("Accept-Language", "en")
                .get("/api/insights/booths/" + slug)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("is not a date"));
    }

    @Test
    void anUnknownSourceOrBoothIsRefused() {
        Api.as(null).body(Map.of("booth", testData.foreignBooth(), "source", "google")).post("/api/insights/visits")
                .then().statusCode(400);
        Api.as(null).body(Map.of("booth", "gibt-es-nicht", "source", "hall")).post("/api/insights/visits")
                .then().statusCode(404);
    }

    @Test
    void theCsvHasGermanOrEnglishHeadersAndHidesSmallCounts() {
        String slug = testData.ownBooth();
        visit(slug, "programme", "csv-session-" + slug);
        String german = RestAssured.given().auth().oauth2(TestUsers.exhibitorSoest())
                .queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug + "/days.csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(german.contains("Tag;Besuche;Besucherinnen und Besucher"), german);
        assertTrue(german.contains(today() + ";< 5;< 5;0"), german);
        RestAssured.given().auth().oauth2(TestUsers.exhibitorSoest()).header("Accept-Language", "en")
                .queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug + "/days.csv")
                .then().statusCode(200).body(containsString("Day;Visits;Visitors;Downloads"));
    }

    @Test
    void onlyAdminsSeeTheDashboard() {
        Api.as(TestUsers.exhibitorSoest()).get("/api/insights/dashboard").then().statusCode(403);
        Api.as(null).get("/api/insights/dashboard").then().statusCode(401);
        String slug = testData.ownBooth();
        for (int i = 0; i < 5; i++) {
            visit(slug, "hall", "dash-" + i + "-" + slug);
        }
        Api.as(TestUsers.admin()).get("/api/insights/dashboard").then().statusCode(200)
                .body("onlineNow", notNullValue())
                .body("busiestBooths", notNullValue())
                .body("reportsWaiting", notNullValue());
    }

    @Test
    void contactRequestsAreCountedAsTheyHappen() {
        String slug = testData.ownBooth();
        long before = Api.as(TestUsers.admin()).get("/api/insights/dashboard").then().statusCode(200)
                .extract().jsonPath().getLong("contactRequestsToday");
        for (int i = 0; i < 5; i++) {
            Api.as(TestUsers.visitor()).body(Map.of("message", "Anfrage " + i, "consent", true))
                    .post("/api/booths/" + slug + "/contact-requests").then().statusCode(201);
        }
        Api.as(TestUsers.exhibitorSoest()).queryParam("from", today()).queryParam("to", today())
                .get("/api/insights/booths/" + slug)
                .then().statusCode(200)
                .body("totals.contactRequests", equalTo(5));
        long after = Api.as(TestUsers.admin()).get("/api/insights/dashboard").then().statusCode(200)
                .extract().jsonPath().getLong("contactRequestsToday");
        assertEquals(before + 5, after);
    }

    @Test
    void theFiguresBehindEveryChartAreDocumentedInOpenApi() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/insights/booths/{slug}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/BoothAnalytics"))
                .body("paths.'/api/insights/booths/{slug}'.get.responses.'403'", notNullValue())
                .body("paths.'/api/insights/dashboard'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Dashboard"))
                .body("paths.'/api/insights/booths/{slug}/days.csv'.get", notNullValue())
                .body("components.schemas.BoothFigures.properties.visits.description", containsString("< 5"));
    }
}
