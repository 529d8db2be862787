package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.approve;
import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static de.kommunalmesse.testsupport.Api.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** English texts and Leichte-Sprache summaries of booths (issue 15.4, 18.3; docs/content-languages.md). */
@QuarkusTest
class BoothLanguagesTest {

    @Inject
    TestData data;

    /** Content with an English name, description and service, without an English tagline. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> bilingual(String name, String englishWord) {
        Map<String, Object> content = content(name);
        content.put("nameEn", "Removal assistant " + englishWord);
        content.put("descriptionEn", "Moving house made **simple**.");
        content.put("easySummary", "Sie ziehen um. Das geht im Internet.");
        Map<String, Object> service = ((List<Map<String, Object>>) content.get("services")).get(0);
        service.put("nameEn", "Relocation helper");
        service.put("summaryEn", "Registers people online.");
        return content;
    }

    /** Saves, submits and approves a working copy; returns the slug. */
    private String publish(String slug, Map<String, Object> content) {
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(200).body("content.nameEn", equalTo(content.get("nameEn")))
                .extract().path("version");
        given().header("Accept-Language", "en").get("/api/booths/" + slug).then()
                .body("name", not(equalTo(content.get("nameEn"))));
        version = submit(slug, version);
        as(TestUsers.admin()).get("/api/booths/" + slug + "/review").then().statusCode(200)
                .body("published.nameEn", nullValue())
                .body("proposed.nameEn", equalTo(content.get("nameEn")))
                .body("proposed.easySummary", equalTo("Sie ziehen um. Das geht im Internet."));
        approve(slug, version);
        return slug;
    }

    @Test
    void englishTextsGoThroughReviewAndShowWithGermanAsFallback() {
        String term = data.unique();
        String slug = publish(data.ownBooth(), bilingual("Umzug " + term, term));

        given().header("Accept-Language", "en-GB,en;q=0.9").get("/api/booths/" + slug).then().statusCode(200)
                .body("name", equalTo("Removal assistant " + term))
                .body("lang.name", equalTo("en"))
                .body("tagline", equalTo("Kurz: Umzug " + term))
                .body("lang.tagline", equalTo("de"))
                .body("description", equalTo("Moving house made **simple**."))
                .body("lang.description", equalTo("en"))
                .body("easySummary", equalTo("Sie ziehen um. Das geht im Internet."))
                .body("services[0].name", equalTo("Relocation helper"))
                .body("services[0].lang.summary", equalTo("en"))
                .body("region.name", equalTo("Digital Model Region Soest"));
        given().header("Accept-Language", "de").get("/api/booths/" + slug).then().statusCode(200)
                .body("name", equalTo("Umzug " + term))
                .body("lang.name", equalTo("de"))
                .body("services[0].name", equalTo("Umzugsassistent Umzug " + term))
                .body("region.name", equalTo("Digitale Modellregion Soest"));
        given().get("/api/booths/" + slug).then().body("name", equalTo("Umzug " + term));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then()
                .body("content.nameEn", equalTo("Removal assistant " + term))
                .body("content.services[0].summaryEn", equalTo("Registers people online."));
    }

    @Test
    void aBoothWithoutEnglishComesInGermanMarkedAsGerman() {
        String slug = data.foreignBooth();
        given().header("Accept-Language", "en").get("/api/booths/" + slug).then().statusCode(200)
                .body("name", containsString("Fremder Stand"))
                .body("lang.name", equalTo("de"))
                .body("easySummary", nullValue());
    }

    @Test
    void eachLanguageHasItsOwnEtag() {
        String term = data.unique();
        String slug = publish(data.ownBooth(), bilingual("Etag " + term, term));
        var english = given().header("Accept-Language", "en").get("/api/booths/" + slug);
        var german = given().header("Accept-Language", "de").get("/api/booths/" + slug);
        english.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        String englishTag = english.header("ETag");
        assertNotEquals(englishTag, german.header("ETag"));
        given().header("Accept-Language", "en").header("If-None-Match", englishTag).get("/api/booths/" + slug)
                .then().statusCode(304);
        given().header("Accept-Language", "de").header("If-None-Match", englishTag).get("/api/booths/" + slug)
                .then().statusCode(200).body("name", equalTo("Etag " + term));
    }

    @Test
    void hallFindsEnglishWordsAndShowsEnglishCards() {
        String term = data.unique();
        String slug = publish(data.ownBooth(), bilingual("Suche " + term, "relocationx" + term));
        given().header("Accept-Language", "en").queryParam("q", "relocationx" + term).get("/api/booths").then()
                .statusCode(200)
                .body("items.slug", hasItem(slug))
                .body("items.find { it.slug == '" + slug + "' }.name", equalTo("Removal assistant relocationx" + term))
                .body("items.find { it.slug == '" + slug + "' }.lang.name", equalTo("en"));
        given().header("Accept-Language", "de").queryParam("q", "relocationx" + term).get("/api/booths").then()
                .body("items.find { it.slug == '" + slug + "' }.name", equalTo("Suche " + term));
        given().queryParam("q", "Relocation helper " + term).get("/api/booths").then()
                .body("items.slug", hasItem(slug));
    }

    @Test
    void tooLongEnglishTextsAreRefusedAndNothingIsSaved() {
        String term = data.unique();
        String slug = data.ownBooth();
        Map<String, Object> content = bilingual("Lang " + term, term);
        content.put("nameEn", "x".repeat(161));
        content.put("easySummary", "y".repeat(1001));
        as(TestUsers.exhibitorSoest()).header("Accept-Language", "en").body(draft(-1, content))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("nameEn")))
                .body("errors.field", hasItem(containsString("easySummary")));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then()
                .body("version", equalTo(-1));
    }
}
