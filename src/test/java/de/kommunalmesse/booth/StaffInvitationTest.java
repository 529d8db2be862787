package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.common.KeycloakAccounts;
import de.kommunalmesse.testsupport.KeycloakUsers;
import de.kommunalmesse.testsupport.MailInbox;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff invitations by e-mail against the real Keycloak admin API and the test mail server. */
@QuarkusTest
class StaffInvitationTest {

    @Inject
    TestData data;

    @Inject
    KeycloakAccounts accounts;

    private String exhibitor() {
        String slug = "team-" + data.unique();
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Gemeinde " + slug, "type", "kommune", "staff", List.of()))
                .post("/api/exhibitors").then().statusCode(201);
        return slug;
    }

    private static io.restassured.response.ValidatableResponse invite(String token, String slug, String email) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/exhibitors/" + slug + "/invitations").then().log().ifValidationFails();
    }

    @Test
    void invitingANewAddressCreatesTheAccountMailsItAndMakesItStaff() {
        String slug = exhibitor();
        String email = "neu-" + data.unique() + "@example.org";
        invite(TestUsers.admin(), slug, email.toUpperCase()).statusCode(201)
                .body("member", equalTo(email))
                .body("accountCreated", equalTo(true))
                .body("exhibitor.staff", contains(email));
        KeycloakAccounts.Account account = accounts.findByEmail(email).orElseThrow();
        assertEquals(email, account.username());
        MailInbox.Mail mail = MailInbox.await(email, m -> m.subject().contains("Gemeinde " + slug));
        assertTrue(mail.text().contains("Einmalpasswort: "), mail.text());
        assertTrue(mail.text().contains("/mein-stand"), mail.text());
        given().auth().oauth2(TestUsers.admin()).queryParam("q", slug).get("/api/exhibitors")
                .then().statusCode(200).body("slug", contains(slug)).body("[0].staff", contains(email));
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug + "/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("staff.invite"))
                .body("[0].detail", equalTo(email))
                .body("[0].actorName", equalTo("Karla Dietz"));
    }

    @Test
    void invitingTwiceIsAConflictAndDoublesNothing() {
        String slug = exhibitor();
        String email = "zweimal-" + data.unique() + "@example.org";
        invite(TestUsers.admin(), slug, email).statusCode(201);
        MailInbox.await(email, m -> true);
        invite(TestUsers.admin(), slug, email).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("gehört bereits zum Standteam"));
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug).then().body("staff", contains(email));
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug + "/audit").then().body("size()", equalTo(1));
        assertEquals(1, MailInbox.read(email).size());
    }

    @Test
    void anExistingAccountIsLinkedByItsUsernameAndMayEditTheExhibitorsBooths() {
        data.currentEdition();
        String slug = exhibitor();
        KeycloakUsers.Account existing = KeycloakUsers.create(data.unique());
        invite(TestUsers.admin(), slug, existing.email()).statusCode(201)
                .body("member", equalTo(existing.username()))
                .body("accountCreated", equalTo(false));
        MailInbox.Mail mail = MailInbox.await(existing.email(), m -> m.subject().contains("Gemeinde " + slug));
        assertTrue(mail.text().contains("bestehenden Konto"), mail.text());
        // The next login carries the realm role exhibitor ("Mein Stand" in the navigation, editions in preparation)
        given().auth().oauth2(existing.token()).get("/api/me").then().statusCode(200).body("roles", hasItem("exhibitor"));
        given().auth().oauth2(existing.token()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug + "-stand", "name", "Stand von " + slug))
                .post("/api/exhibitors/" + slug + "/booths").then().statusCode(201);
        given().auth().oauth2(TestUsers.admin()).queryParam("q", existing.username()).get("/api/exhibitors")
                .then().statusCode(200).body("slug", contains(slug)).body("[0].booths.slug", contains(slug + "-stand"));
    }

    @Test
    void leavingTheLastTeamTakesTheRealmRoleAndLeavingOneOfTwoDoesNot() {
        String first = exhibitor();
        String second = exhibitor();
        KeycloakUsers.Account member = KeycloakUsers.create(data.unique());
        given().auth().oauth2(member.token()).get("/api/me").then().body("roles", not(hasItem("exhibitor")));
        invite(TestUsers.admin(), first, member.email()).statusCode(201);
        invite(TestUsers.admin(), second, member.email()).statusCode(201);
        given().auth().oauth2(TestUsers.admin()).delete("/api/exhibitors/" + first + "/staff/" + member.username())
                .then().statusCode(200);
        given().auth().oauth2(member.token()).get("/api/me").then().body("roles", hasItem("exhibitor"));
        given().auth().oauth2(TestUsers.admin()).delete("/api/exhibitors/" + second + "/staff/" + member.username())
                .then().statusCode(200);
        given().auth().oauth2(member.token()).get("/api/me").then().body("roles", not(hasItem("exhibitor")));
    }

    @Test
    void aBadAddressIsRefusedWithTheFieldNamed() {
        String slug = exhibitor();
        invite(TestUsers.admin(), slug, "kein-at-zeichen.example.org").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"));
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug).then().body("staff", empty());
    }

    @Test
    void nonAdminsMayNeitherInviteNorListNorRemove() {
        String slug = exhibitor();
        String email = "verboten-" + data.unique() + "@example.org";
        invite(TestUsers.exhibitorSoest(), slug, email).statusCode(403).contentType("application/problem+json");
        invite(TestUsers.visitor(), slug, email).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/exhibitors/" + slug + "/invitations").then().statusCode(401);
        assertTrue(accounts.findByEmail(email).isEmpty());
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/exhibitors").then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/exhibitors/" + slug + "/audit").then().statusCode(403);
        given().auth().oauth2(TestUsers.exhibitorSoest()).delete("/api/exhibitors/kreis-soest/staff/aussteller-soest")
                .then().statusCode(403);
    }

    @Test
    void removingStaffIsLoggedAndAnUnknownEntryIs404() {
        String slug = exhibitor();
        String email = "raus-" + data.unique() + "@example.org";
        invite(TestUsers.admin(), slug, email).statusCode(201);
        given().auth().oauth2(TestUsers.admin()).delete("/api/exhibitors/" + slug + "/staff/" + email)
                .then().statusCode(200).body("staff", not(hasItem(email)));
        given().auth().oauth2(TestUsers.admin()).delete("/api/exhibitors/" + slug + "/staff/" + email)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug + "/audit")
                .then().body("action", contains("staff.remove", "staff.invite"));
    }
}
