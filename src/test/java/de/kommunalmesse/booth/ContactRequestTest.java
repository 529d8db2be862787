package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.MailInbox;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactRequestTest {

    @Inject
    TestData data;

    @Test
    void visitorAsksAndTheBoothTeamSeesItInTheInbox() {
        String slug = data.ownBooth();
        String boothName = as(null).get("/api/booths/" + slug).then().extract().path("name");
        int id = as(TestUsers.visitor())
                .body(Map.of("message", "Wir möchten <b>nachnutzen</b>.", "consent", true))
                .post("/api/booths/" + slug + "/contact-requests")
                .then().statusCode(201)
                .body("status", equalTo("neu"))
                .body("name", equalTo("Bea Sucher"))
                .body("organisation", equalTo("Stadt Musterhausen"))
                .extract().path("id");

        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/contact-requests")
                .then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == " + id + " }.message", equalTo("Wir möchten <b>nachnutzen</b>."))
                .body("find { it.id == " + id + " }.email", equalTo("besucher@example.org"));
        as(TestUsers.exhibitorSoest()).body(Map.of("status", "in-bearbeitung"))
                .patch("/api/booths/" + slug + "/contact-requests/" + id)
                .then().statusCode(200).body("status", equalTo("in-bearbeitung"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/stats")
                .then().body("totalContactRequests", equalTo(1));

        MailInbox.Mail sent = MailInbox.await("erika.beispiel@example.org", m -> m.subject().contains(boothName + "“"));
        assertTrue(sent.text().contains("Bea Sucher"), "the booth's expert is notified");
        assertEquals(List.of("besucher@example.org"), sent.replyTo());
    }

    @Test
    void consentIsRequiredAndMessageLimited() {
        String slug = data.ownBooth();
        as(TestUsers.visitor()).body(Map.of("message", "Hallo", "consent", false))
                .post("/api/booths/" + slug + "/contact-requests")
                .then().statusCode(400).body("errors.field", hasItem("consent"));
        as(TestUsers.visitor()).body(Map.of("message", "x".repeat(4001), "consent", true))
                .post("/api/booths/" + slug + "/contact-requests")
                .then().statusCode(400).body("errors.field", hasItems("message"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/contact-requests").then().body("$", hasSize(0));
    }

    @Test
    void anonymousCannotAskAndOthersCannotReadTheInbox() {
        String slug = data.ownBooth();
        as(null).body(Map.of("message", "Hallo", "consent", true)).post("/api/booths/" + slug + "/contact-requests")
                .then().statusCode(401);
        String foreign = data.foreignBooth();
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + foreign + "/contact-requests").then().statusCode(403);
        as(TestUsers.visitor()).get("/api/booths/" + slug + "/contact-requests").then().statusCode(403);
        as(TestUsers.admin()).get("/api/booths/" + slug + "/contact-requests").then().statusCode(200);
    }

    @Test
    void archiveModeClosesContactRequests() {
        String slug = data.ownBooth();
        as(TestUsers.admin()).body(Map.of("editingEnabled", true, "contactRequestsEnabled", false))
                .put("/api/admin/settings/hall").then().statusCode(200);
        try {
            as(TestUsers.visitor()).get("/api/booths/" + slug).then().body("contactRequestsEnabled", equalTo(false));
            as(TestUsers.visitor()).body(Map.of("message", "Hallo", "consent", true))
                    .post("/api/booths/" + slug + "/contact-requests")
                    .then().statusCode(403).contentType("application/problem+json");
        } finally {
            as(TestUsers.admin()).body(Map.of("editingEnabled", true, "contactRequestsEnabled", true))
                    .put("/api/admin/settings/hall").then().statusCode(200);
        }
    }
}
