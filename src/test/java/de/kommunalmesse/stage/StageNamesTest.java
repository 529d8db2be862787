package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins name a stage in German and English; English pages show the English name, German ones the German. */
@QuarkusTest
class StageNamesTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private String stage() {
        String term = data.unique();
        long series = data.series("namen-" + term);
        String key = "stage-" + term;
        programme.createStage(series, new NewStage(key, "Bühne " + term));
        return key;
    }

    private static Map<String, Object> names(String name, String nameEn, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("nameEn", nameEn);
        body.put("version", version);
        return body;
    }

    @Test
    void adminGivesTheStageAnEnglishNameThatEnglishVisitorsRead() {
        String key = stage();
        long version = as(TestUsers.admin()).get("/api/stages/" + key + "/names")
                .then().statusCode(200).body("nameEn", nullValue()).extract().jsonPath().getLong("version");
        as(TestUsers.admin()).body(names("  Forum Verwaltung ", "Administration forum", version))
                .put("/api/stages/" + key + "/names")
                .then().statusCode(200)
                .body("name", equalTo("Forum Verwaltung"))
                .body("nameEn", equalTo("Administration forum"));
        given().header("Accept-Language", "en").get("/api/stages/" + key)
                .then().statusCode(200).body("name", equalTo("Administration forum")).body("lang.name", equalTo("en"));
        given().header("Accept-Language", "de").get("/api/stages/" + key)
                .then().statusCode(200).body("name", equalTo("Forum Verwaltung"));

        // An empty English name is none: English pages fall back to the German one, marked as German
        long saved = as(TestUsers.admin()).get("/api/stages/" + key + "/names").then().extract().jsonPath().getLong("version");
        as(TestUsers.admin()).body(names("Forum Verwaltung", " ", saved)).put("/api/stages/" + key + "/names")
                .then().statusCode(200).body("nameEn", nullValue());
        given().header("Accept-Language", "en").get("/api/stages/" + key)
                .then().statusCode(200).body("name", equalTo("Forum Verwaltung")).body("lang.name", equalTo("de"));
    }

    @Test
    void aStaleVersionAMissingGermanNameAndNonAdminsAreRefused() {
        String key = stage();
        long version = as(TestUsers.admin()).get("/api/stages/" + key + "/names").then().extract().jsonPath().getLong("version");
        as(TestUsers.admin()).body(names("", "Main stage", version)).put("/api/stages/" + key + "/names")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        as(TestUsers.admin()).body(names("Neu", "New", version + 1)).put("/api/stages/" + key + "/names")
                .then().statusCode(409).contentType("application/problem+json");
        as(TestUsers.moderator()).body(names("Neu", "New", version)).put("/api/stages/" + key + "/names")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestUsers.exhibitorSoest()).get("/api/stages/" + key + "/names").then().statusCode(403);
        given().contentType("application/json").body(names("Neu", "New", version)).put("/api/stages/" + key + "/names")
                .then().statusCode(401);
        as(TestUsers.admin()).body(names("Neu", "New", version)).put("/api/stages/gibt-es-nicht/names")
                .then().statusCode(404);
        given().header("Accept-Language", "de").get("/api/stages/" + key)
                .then().statusCode(200).body("name", equalTo("Bühne " + key.substring("stage-".length())));
    }
}
