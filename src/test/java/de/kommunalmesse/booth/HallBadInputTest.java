package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static de.kommunalmesse.testsupport.Api.publish;
import static de.kommunalmesse.testsupport.Api.saveDraft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The list of bad input, where the other hall tests do not prove it yet: each gets a
 * problem+json answer and changes nothing.
 */
@QuarkusTest
class HallBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestData data;

    @Test
    void svgIsRefusedBecauseItCanCarryScripts() {
        String slug = data.ownBooth();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        MaterialTest.upload(TestUsers.exhibitorSoest(), slug, "logo.png", svg, "image/png")
                .statusCode(415).contentType(PROBLEM);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedMaterials", hasSize(0));
    }

    @Test
    void overLongMaterialTitleIs400AndStoresNothing() {
        String slug = data.ownBooth();
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .multiPart("file", "flyer.pdf", TestFiles.PDF, "application/pdf")
                .multiPart("title", "T".repeat(MaterialService.MAX_TITLE + 1))
                .post("/api/booths/" + slug + "/materials")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("200"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedMaterials", hasSize(0));
    }

    @Test
    void emptyAndMissingFilesAre400() {
        String slug = data.ownBooth();
        MaterialTest.upload(TestUsers.exhibitorSoest(), slug, "leer.pdf", new byte[0], "application/pdf")
                .statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestUsers.exhibitorSoest()).multiPart("title", "Ohne Datei")
                .post("/api/booths/" + slug + "/materials").then().statusCode(400).contentType(PROBLEM);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedMaterials", hasSize(0));
    }

    @Test
    void htmlInTextFieldsIsStoredAsPlainText() {
        String slug = data.ownBooth();
        Map<String, Object> content = content("<img src=x onerror=alert(1)> Stand");
        content.put("tagline", "<b>fett</b> & \"zitiert\"");
        content.put("tags", List.of("<script>x</script>"));
        publish(slug, content);
        given().get("/api/booths/" + slug).then().statusCode(200)
                .body("name", equalTo("<img src=x onerror=alert(1)> Stand"))
                .body("tagline", equalTo("<b>fett</b> & \"zitiert\""))
                .body("tags", hasItem("<script>x</script>"));

        as(TestUsers.visitor()).body(Map.of("message", "<script>alert('hallo')</script>", "consent", true))
                .post("/api/booths/" + slug + "/contact-requests").then().statusCode(201);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/contact-requests")
                .then().body("[0].message", equalTo("<script>alert('hallo')</script>"));
    }

    @Test
    void duplicateBoothSlugIs409AndKeepsTheExistingBooth() {
        String slug = data.ownBooth();
        String exhibitor = given().get("/api/booths/" + slug).then().extract().path("exhibitor.slug");
        String name = given().get("/api/booths/" + slug).then().extract().path("name");
        as(TestUsers.exhibitorSoest()).body(Map.of("slug", slug, "name", "Übernommen"))
                .post("/api/exhibitors/" + exhibitor + "/booths")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:kommunalmesse:problem:conflict"));
        given().get("/api/booths/" + slug).then().body("name", equalTo(name));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("version", equalTo(-1));
    }

    @Test
    void unknownTopicFieldOfAServiceIs400AndChangesNothing() {
        String slug = data.ownBooth();
        Map<String, Object> content = content("Dienst mit falschem Feld");
        @SuppressWarnings("unchecked")
        Map<String, Object> service = ((List<Map<String, Object>>) content.get("services")).get(0);
        service.put("topicField", "raumfahrt");
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:kommunalmesse:problem:unknown-topic-field"))
                .body("detail", containsString("raumfahrt"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("version", equalTo(-1));
    }

    @Test
    void overLongFieldsAreListedFieldByField() {
        String slug = data.ownBooth();
        Map<String, Object> content = content("Zu lang");
        content.put("tagline", "t".repeat(201));
        content.put("description", "d".repeat(20_001));
        content.put("tags", List.of("x".repeat(61)));
        content.put("experts", List.of(Map.of("name", "n".repeat(161), "email", "keine-adresse")));
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("content.tagline", "content.description", "content.tags[0]",
                        "content.experts[0].name", "content.experts[0].email"));
        String exhibitor = given().get("/api/booths/" + slug).then().extract().path("exhibitor.slug");
        as(TestUsers.exhibitorSoest()).body(Map.of("slug", "n-" + data.unique(), "name", "n".repeat(161)))
                .post("/api/exhibitors/" + exhibitor + "/booths")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("name"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("version", equalTo(-1));
    }

    @Test
    void staleVersionsOfSubmitApproveAndRejectAre409AndChangeNothing() {
        String slug = data.ownBooth();
        String published = given().get("/api/booths/" + slug).then().extract().path("name");
        int version = saveDraft(slug, content("Geprüft"));
        as(TestUsers.exhibitorSoest()).body(Map.of("version", version + 1)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(409).contentType(PROBLEM);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("workflowState", equalTo("editing"));

        int submitted = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", submitted - 1)).post("/api/booths/" + slug + "/approve")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:kommunalmesse:problem:conflict"));
        as(TestUsers.admin()).body(Map.of("version", submitted - 1, "reason", "Zu spät"))
                .post("/api/booths/" + slug + "/reject")
                .then().statusCode(409).contentType(PROBLEM);
        given().get("/api/booths/" + slug).then().body("name", equalTo(published));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft")
                .then().body("workflowState", equalTo("submitted")).body("version", equalTo(submitted));
    }

    @Test
    void hallSettingsNeedBothSwitches() {
        as(TestUsers.admin()).body(Map.of("contactRequestsEnabled", true)).put("/api/admin/settings/hall")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("editingEnabled"));
        as(TestUsers.admin()).get("/api/admin/settings/hall")
                .then().body("editingEnabled", equalTo(true)).body("contactRequestsEnabled", equalTo(true));
    }

    @Test
    void placementOutOfRangeIs400AndChangesNothing() {
        String slug = data.ownBooth();
        as(TestUsers.admin()).body(Map.of("hallOrder", -1, "tileSize", "small", "featured", true))
                .put("/api/booths/" + slug + "/placement")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("hallOrder"));
        as(TestUsers.admin()).body(Map.of("hallOrder", 100_001, "tileSize", "small", "featured", true))
                .put("/api/booths/" + slug + "/placement")
                .then().statusCode(400).body("errors.field", hasItem("hallOrder"));
        given().get("/api/booths/" + slug).then().body("featured", equalTo(false)).body("tileSize", equalTo("medium"));
    }
}
