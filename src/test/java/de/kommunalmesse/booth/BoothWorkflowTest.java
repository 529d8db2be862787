package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static de.kommunalmesse.testsupport.Api.saveDraft;
import static de.kommunalmesse.testsupport.Api.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoothWorkflowTest {

    @Inject
    TestData data;

    @Test
    void changeOfPublishedBoothWaitsForApprovalThenGoesLive() {
        String slug = data.ownBooth();
        String oldName = given().get("/api/booths/" + slug).then().extract().path("name");

        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content("Neuer Name")))
                .put("/api/booths/" + slug + "/draft")
                .then().statusCode(200)
                .body("workflowState", equalTo("editing"))
                .body("content.name", equalTo("Neuer Name"))
                .extract().path("version");
        given().get("/api/booths/" + slug).then().body("name", equalTo(oldName));

        as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).body("workflowState", equalTo("submitted"));
        int submitted = as(TestUsers.admin()).get("/api/booths/" + slug + "/review")
                .then().statusCode(200)
                .body("published.name", equalTo(oldName))
                .body("proposed.name", equalTo("Neuer Name"))
                .extract().path("version");
        as(TestUsers.admin()).get("/api/admin/reviews").then().statusCode(200).body("slug", hasItem(slug));
        given().get("/api/booths/" + slug).then().body("name", equalTo(oldName));

        as(TestUsers.admin()).body(Map.of("version", submitted)).post("/api/booths/" + slug + "/approve")
                .then().statusCode(200).body("workflowState", equalTo("published"));
        given().get("/api/booths/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Neuer Name"))
                .body("description", containsString("<script>"))
                .body("services[0].maturity", equalTo("produktiv"))
                .body("services[0].adopters", contains("Stadt Lippstadt", "Stadt Soest"))
                .body("experts", nullValue());
        as(TestUsers.visitor()).get("/api/booths/" + slug)
                .then().body("experts[0].email", equalTo("sven.soerensen@example.org"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/audit")
                .then().statusCode(200)
                .body("action", hasItems("draft.save", "draft.submit", "review.approve"))
                .body("actor", hasItems("aussteller-soest", "kdn-admin"))
                .body("actorName", hasItem("Sven Sörensen"))
                .body("actorName", not(hasItem("aussteller-soest")));
        as(TestUsers.admin()).get("/api/admin/reviews").then().body("slug", not(hasItem(slug)));
    }

    @Test
    void rejectionNeedsAReasonAndTheExhibitorSeesIt() {
        String slug = data.ownBooth();
        int version = saveDraft(slug, content("Zweifelhaft"));
        version = submit(slug, version);

        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/reject")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:reason-required"));
        as(TestUsers.admin()).body(Map.of("version", version, "reason", "Bitte Lizenz angeben."))
                .post("/api/booths/" + slug + "/reject")
                .then().statusCode(200).body("workflowState", equalTo("rejected"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft")
                .then().body("workflowState", equalTo("rejected"))
                .body("reason", equalTo("Bitte Lizenz angeben."));
        as(TestUsers.exhibitorSoest()).get("/api/my/booths")
                .then().body("find { it.slug == '" + slug + "' }.workflowState", equalTo("rejected"));
    }

    @Test
    void savingASubmittedDraftWithdrawsItAndTheLogSaysSo() {
        String slug = data.ownBooth();
        int version = saveDraft(slug, content("Eingereicht"));
        version = submit(slug, version);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/audit")
                .then().body("action", not(hasItem("draft.withdraw")));

        as(TestUsers.exhibitorSoest()).body(draft(version, content("Doch noch geändert")))
                .put("/api/booths/" + slug + "/draft").then().statusCode(200).body("workflowState", not(equalTo("submitted")));
        as(TestUsers.admin()).get("/api/admin/reviews").then().body("slug", not(hasItem(slug)));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/audit")
                .then().statusCode(200)
                .body("[1].action", equalTo("draft.withdraw"))
                .body("[1].actorName", equalTo("Sven Sörensen"))
                .body("[0].action", equalTo("draft.save"));
    }

    @Test
    void concurrentEditGets409AndKeepsTheFirstSave() {
        String slug = data.ownBooth();
        as(TestUsers.exhibitorSoest()).body(draft(-1, content("Erste Fassung")))
                .put("/api/booths/" + slug + "/draft").then().statusCode(200);
        as(TestUsers.admin()).body(draft(-1, content("Zweite Fassung")))
                .put("/api/booths/" + slug + "/draft")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:conflict"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft")
                .then().body("content.name", equalTo("Erste Fassung"));
    }

    @Test
    void invalidContentIsRefusedFieldByFieldAndChangesNothing() {
        String slug = data.ownBooth();
        Map<String, Object> bad = content("x".repeat(161));
        bad.put("topicFields", List.of());
        bad.put("links", List.of(Map.of("label", "Böse", "url", "javascript:alert(1)")));
        as(TestUsers.exhibitorSoest()).body(draft(-1, bad)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("content.name", "content.topicFields", "content.links[0].url"));
        Map<String, Object> unknownTopic = content("Gut");
        unknownTopic.put("topicFields", List.of("raumfahrt"));
        as(TestUsers.exhibitorSoest()).body(draft(-1, unknownTopic)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400)
                .body("type", equalTo("urn:kommunalmesse:problem:unknown-topic-field"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft")
                .then().body("version", equalTo(-1)).body("workflowState", equalTo("published"));
    }

    @Test
    void exhibitorCannotEditForeignBoothAndVisitorCannotEditAtAll() {
        String foreign = data.foreignBooth();
        as(TestUsers.exhibitorSoest()).body(draft(-1, content("Übernahme"))).put("/api/booths/" + foreign + "/draft")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestUsers.visitor()).body(draft(-1, content("Übernahme"))).put("/api/booths/" + foreign + "/draft")
                .then().statusCode(403);
        as(null).body(draft(-1, content("Übernahme"))).put("/api/booths/" + foreign + "/draft")
                .then().statusCode(401);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + foreign + "/draft").then().statusCode(403);
        given().get("/api/booths/" + foreign).then().body("name", containsString("Fremder Stand"));
    }

    @Test
    void exhibitorCreatesNewBoothThatStaysHiddenUntilApproved() {
        String term = data.unique();
        String exhibitor = data.exhibitor("neu-" + term, "soest", "aussteller-soest");
        as(TestUsers.exhibitorSoest()).body(Map.of("slug", "neu-" + term, "name", "Ganz neu " + term))
                .post("/api/exhibitors/" + exhibitor + "/booths")
                .then().statusCode(201).body("workflowState", equalTo("draft")).body("version", equalTo(-1));
        given().get("/api/booths/neu-" + term).then().statusCode(404);
        // Not "totalItems 0": a search that finds nothing may be corrected to a similar word of another booth
        given().queryParam("q", term).get("/api/booths").then().body("items.slug", not(hasItem("neu-" + term)));
        as(TestUsers.exhibitorSoest()).body(Map.of("slug", "neu-" + term, "name", "Doppelt"))
                .post("/api/exhibitors/" + exhibitor + "/booths")
                .then().statusCode(409);
        as(TestUsers.exhibitorSoest()).body(Map.of("slug", "x-" + term, "name", "Fremd"))
                .post("/api/exhibitors/" + data.exhibitor("anders-" + term, null) + "/booths")
                .then().statusCode(403);
    }

    @Test
    void archiveModeStopsExhibitorsButNotAdmins() {
        String slug = data.ownBooth();
        as(TestUsers.exhibitorSoest()).body(Map.of("editingEnabled", false, "contactRequestsEnabled", true))
                .put("/api/admin/settings/hall").then().statusCode(403);
        as(TestUsers.admin()).body(Map.of("editingEnabled", false, "contactRequestsEnabled", true))
                .put("/api/admin/settings/hall").then().statusCode(200).body("editingEnabled", equalTo(false));
        try {
            as(TestUsers.exhibitorSoest()).body(draft(-1, content("Archiv"))).put("/api/booths/" + slug + "/draft")
                    .then().statusCode(403).body("detail", containsString("Archivmodus"));
            as(TestUsers.admin()).body(draft(-1, content("Archiv"))).put("/api/booths/" + slug + "/draft")
                    .then().statusCode(200);
        } finally {
            as(TestUsers.admin()).body(Map.of("editingEnabled", true, "contactRequestsEnabled", true))
                    .put("/api/admin/settings/hall").then().statusCode(200);
        }
    }

    @Test
    void adminPlacesBoothInTheHall() {
        String slug = data.ownBooth();
        as(TestUsers.exhibitorSoest()).body(Map.of("hallOrder", 1, "tileSize", "large", "featured", true))
                .put("/api/booths/" + slug + "/placement").then().statusCode(403);
        as(TestUsers.admin()).body(Map.of("hallOrder", 1, "tileSize", "huge", "featured", true))
                .put("/api/booths/" + slug + "/placement").then().statusCode(400);
        as(TestUsers.admin()).body(Map.of("hallOrder", 1, "tileSize", "large", "featured", true))
                .put("/api/booths/" + slug + "/placement").then().statusCode(200);
        given().get("/api/booths/" + slug).then().body("featured", equalTo(true)).body("tileSize", equalTo("large"));
    }

    @Test
    void staffMayBeAssignedByEmail() {
        String term = data.unique();
        String exhibitor = data.exhibitor("mail-" + term, null, "aussteller-soest@example.org");
        String slug = data.booth("mail-" + term, exhibitor, "Per E-Mail " + term, List.of("umwelt"), null,
                BoothStatus.PUBLISHED);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().statusCode(200);
        as(TestUsers.exhibitorSoest()).get("/api/my/booths").then().body("slug", hasItem(slug));
        as(TestUsers.visitor()).get("/api/booths/" + slug + "/draft").then().statusCode(403);
    }
}
