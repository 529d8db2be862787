package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** English texts and Leichte-Sprache summaries of talks and stages (issue 15.4, 18.3). */
@QuarkusTest
class TalkLanguagesTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private Map<String, Object> talk(String term, String language) {
        long series = data.series("lang-" + term);
        long day = data.eventDay(series, LocalDate.of(2026, 11, 24), "paderborn");
        programme.createStage(series, new NewStage("buehne-" + term, "Bühne " + term, "Stage " + term));
        Map<String, Object> talk = new HashMap<>();
        talk.put("eventDayId", day);
        talk.put("stage", "buehne-" + term);
        talk.put("start", "10:00");
        talk.put("end", "10:30");
        talk.put("type", "fachbeitrag");
        talk.put("title", "Nachnutzung " + term);
        talk.put("summary", "Worum es geht.");
        talk.put("language", language);
        talk.put("speakers", List.of(Map.of("name", "Erika Beispiel")));
        return talk;
    }

    @Test
    void englishTextsAreEditedBesideTheGermanOnesAndShownWhenAskedFor() {
        String term = data.unique();
        Map<String, Object> input = talk(term, "de");
        input.put("titleEn", "Reuse " + term);
        input.put("easySummary", "In diesem Vortrag geht es um Nachnutzung.");
        int id = as(TestUsers.admin()).body(input).post("/api/talks").then().statusCode(201)
                .body("talk.texts.titleEn", equalTo("Reuse " + term))
                .extract().path("talk.id");

        given().header("Accept-Language", "en").get("/api/talks/" + id).then().statusCode(200)
                .body("title", equalTo("Reuse " + term))
                .body("lang.title", equalTo("en"))
                .body("summary", equalTo("Worum es geht."))
                .body("lang.summary", equalTo("de"))
                .body("stage.name", equalTo("Stage " + term))
                .body("easySummary", equalTo("In diesem Vortrag geht es um Nachnutzung."))
                .body("texts.title", equalTo("Nachnutzung " + term));
        given().header("Accept-Language", "de").get("/api/talks/" + id).then()
                .body("title", equalTo("Nachnutzung " + term))
                .body("lang.title", equalTo("de"))
                .body("stage.name", equalTo("Bühne " + term));
        given().header("Accept-Language", "en").queryParam("allEditions", true).queryParam("q", "reuse " + term).get("/api/talks").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == " + id + " }.title", equalTo("Reuse " + term));

        Map<String, Object> change = new HashMap<>(input);
        change.put("titleEn", "");
        change.put("version", given().get("/api/talks/" + id).then().extract().path("version"));
        as(TestUsers.admin()).body(change).put("/api/talks/" + id).then().statusCode(200)
                .body("talk.texts.titleEn", nullValue());
        given().header("Accept-Language", "en").get("/api/talks/" + id).then()
                .body("title", equalTo("Nachnutzung " + term))
                .body("lang.title", equalTo("de"));
    }

    @Test
    void aTalkGivenInEnglishMarksItsMainTitleAsEnglish() {
        String term = data.unique();
        Map<String, Object> input = talk(term, "en");
        input.put("title", "Cross-border services " + term);
        int id = as(TestUsers.admin()).body(input).post("/api/talks").then().statusCode(201).extract().path("talk.id");
        given().header("Accept-Language", "de").get("/api/talks/" + id).then().body("lang.title", equalTo("en"));
    }

    @Test
    void badEnglishTextsAreRefusedAndOnlyAdminsWriteThem() {
        String term = data.unique();
        Map<String, Object> input = talk(term, "de");
        input.put("titleEn", "x".repeat(301));
        as(TestUsers.admin()).body(input).post("/api/talks").then().statusCode(400)
                .body("errors.field", hasItem(containsString("titleEn")));
        given().queryParam("allEditions", true).queryParam("q", term).get("/api/talks").then().body("title", not(hasItem("Nachnutzung " + term)));
        input.put("titleEn", "Reuse");
        as(TestUsers.exhibitorSoest()).body(input).post("/api/talks").then().statusCode(403);
    }
}
