package de.kommunalmesse.privacy;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consent records: what, when, which text version; withdrawn where that applies. */
@QuarkusTest
class ConsentTest {

    @Inject
    TestData data;

    @Inject
    PrivacyConfig config;

    @Test
    void aContactRequestRecordsItsConsentAndWithdrawingItTakesTheRequestOutOfTheInbox() {
        String booth = data.ownBooth();
        int request = as(TestUsers.visitor()).body(Map.of("message", "Bitte rufen Sie mich an.", "consent", true))
                .post("/api/booths/" + booth + "/contact-requests").then().statusCode(201).extract().path("id");
        int consent = as(TestUsers.visitor()).get("/api/me/consents").then().statusCode(200)
                .body("find { it.subject == '" + request + "' }.purpose", equalTo("kontaktanfrage"))
                .body("find { it.subject == '" + request + "' }.textVersion", equalTo("2026-12-07"))
                .body("find { it.subject == '" + request + "' }.givenAt", notNullValue())
                .body("find { it.subject == '" + request + "' }.withdrawnAt", nullValue())
                .extract().path("find { it.subject == '" + request + "' }.id");

        as(TestUsers.visitor()).post("/api/me/consents/" + consent + "/withdraw").then().statusCode(200)
                .body("withdrawnAt", notNullValue());
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + booth + "/contact-requests").then().statusCode(200)
                .body("id", not(hasItem(request)));
    }

    @Test
    void anEmbedConsentIsRecordedWithItsTextVersionAndCanBeWithdrawn() {
        int id = as(TestUsers.visitor())
                .body(Map.of("purpose", "einbettung", "subject", "vimeo", "textVersion", "2026-12-07"))
                .post("/api/me/consents").then().statusCode(200)
                .body("purpose", equalTo("einbettung"))
                .body("subject", equalTo("vimeo"))
                .extract().path("id");
        as(TestUsers.visitor()).post("/api/me/consents/" + id + "/withdraw").then().statusCode(200);
        as(TestUsers.visitor()).get("/api/me/consents").then()
                .body("find { it.id == " + id + " }.withdrawnAt", notNullValue());
    }

    @Test
    void aConsentToAnOutdatedTextIsRefused() {
        as(TestUsers.visitor())
                .body(Map.of("purpose", "einbettung", "subject", "youtube", "textVersion", "2020-01-01"))
                .post("/api/me/consents").then().statusCode(409).contentType("application/problem+json");
        as(TestUsers.visitor()).body(Map.of("purpose", "werbung", "textVersion", "2026-12-07"))
                .post("/api/me/consents").then().statusCode(400);
    }

    @Test
    void nobodyWithdrawsAnotherUsersConsent() {
        int id = as(TestUsers.visitor())
                .body(Map.of("purpose", "einbettung", "subject", "peertube", "textVersion", "2026-12-07"))
                .post("/api/me/consents").then().statusCode(200).extract().path("id");
        as(TestUsers.admin()).post("/api/me/consents/" + id + "/withdraw").then().statusCode(404);
        given().post("/api/me/consents/" + id + "/withdraw").then().statusCode(401);
        as(TestUsers.visitor()).get("/api/me/consents").then()
                .body("find { it.id == " + id + " }.withdrawnAt", nullValue());
    }

    @Test
    void thePrivacyPolicyStatesTheDeadlinesTheJobWorksWith() {
        given().get("/api/privacy/policy").then().statusCode(200)
                .body("retention.contactRequestsDays", equalTo((int) config.retention().contactRequests().toDays()))
                .body("retention.conversationsDays", equalTo((int) config.retention().conversations().toDays()))
                .body("retention.accessibilityReportsDays", equalTo((int) config.retention().accessibilityReports().toDays()))
                .body("retention.statisticsDays", equalTo((int) config.retention().statistics().toDays()))
                .body("controller.email", equalTo(config.controller().email()))
                .body("consents.find { it.purpose == 'einbettung' }.textVersion", equalTo("2026-12-07"));
    }
}
