package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.kommunalmesse.testsupport.KeycloakUsers;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff roles: admins make a staff member a lead (edits the booths) or staff (reads, answers), logged. */
@QuarkusTest
class StaffRoleTest {

    @Inject
    TestData data;

    /** A new exhibitor whose staff is this real Keycloak account; returns its slug. */
    private String exhibitorWith(String member) {
        String slug = "rolle-" + data.unique();
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Gemeinde " + slug, "type", "kommune", "staff", List.of(member)))
                .post("/api/exhibitors").then().statusCode(201);
        return slug;
    }

    private static ValidatableResponse changeRole(String token, String slug, String member, String role) {
        var request = given().contentType(ContentType.JSON).body(Map.of("role", role));
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.put("/api/exhibitors/" + slug + "/staff/" + member + "/role").then().log().ifValidationFails();
    }

    /** Saves a working copy of the booth as this user, against the version it reads first. */
    private static ValidatableResponse saveDraft(String token, String booth) {
        long version = given().auth().oauth2(token).get("/api/booths/" + booth + "/draft")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        return as(token).body(draft(version, content("Stand " + booth)))
                .put("/api/booths/" + booth + "/draft").then().log().ifValidationFails();
    }

    @Test
    void staffWithTheRoleStaffReadTheBoothButOnlyLeadsChangeItAndEachChangeIsLogged() {
        data.currentEdition();
        KeycloakUsers.Account member = KeycloakUsers.create(data.unique());
        String slug = exhibitorWith(member.username());
        String booth = slug + "-stand";
        String token = member.token();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("slug", booth, "name", "Stand von " + slug))
                .post("/api/exhibitors/" + slug + "/booths").then().statusCode(201);
        saveDraft(token, booth).statusCode(200);

        changeRole(TestUsers.admin(), slug, member.username(), "staff").statusCode(200)
                .body("members.find { it.member == '" + member.username() + "' }.role", equalTo("staff"))
                .body("staff", contains(member.username()));
        saveDraft(token, booth).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Standleitung"));
        // What the editor and "Meine Messestände" read, so that they offer reading instead of editing
        given().auth().oauth2(token).get("/api/booths/" + booth + "/draft").then().statusCode(200).body("contentEditor", equalTo(false));
        given().auth().oauth2(token).get("/api/my/booths").then().statusCode(200)
                .body("find { it.slug == '" + booth + "' }.contentEditor", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("slug", booth + "-zwei", "name", "Zweiter Stand"))
                .post("/api/exhibitors/" + slug + "/booths").then().statusCode(403);
        given().auth().oauth2(token).get("/api/booths/" + booth + "/audit").then().statusCode(200);

        changeRole(TestUsers.admin(), slug, member.username(), "lead").statusCode(200)
                .body("members.find { it.member == '" + member.username() + "' }.role", equalTo("lead"));
        saveDraft(token, booth).statusCode(200);
        given().auth().oauth2(token).get("/api/booths/" + booth + "/draft").then().statusCode(200).body("contentEditor", equalTo(true));

        // The same role again changes nothing and logs nothing
        changeRole(TestUsers.admin(), slug, member.username(), "lead").statusCode(200);
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug + "/audit").then().statusCode(200)
                .body("action", contains("staff.role.lead", "staff.role.staff"))
                .body("detail", contains(member.username(), member.username()))
                .body("actorName[0]", equalTo("Karla Dietz"));
    }

    @Test
    void aRemovedStaffMemberComesBackAsALead() {
        KeycloakUsers.Account member = KeycloakUsers.create(data.unique());
        String slug = exhibitorWith(member.username());
        changeRole(TestUsers.admin(), slug, member.username(), "staff").statusCode(200);
        given().auth().oauth2(TestUsers.admin()).delete("/api/exhibitors/" + slug + "/staff/" + member.username())
                .then().statusCode(200);
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(Map.of("staff", List.of(member.username())))
                .put("/api/exhibitors/" + slug + "/staff").then().statusCode(200);
        given().auth().oauth2(TestUsers.admin()).queryParam("q", slug).get("/api/exhibitors").then().statusCode(200)
                .body("[0].members.role", contains("lead"));
    }

    @Test
    void onlyAdminsChangeRolesAndOnlyToLeadOrStaffOfAMember() {
        KeycloakUsers.Account member = KeycloakUsers.create(data.unique());
        String slug = exhibitorWith(member.username());
        changeRole(TestUsers.exhibitorSoest(), slug, member.username(), "staff").statusCode(403)
                .contentType("application/problem+json");
        changeRole(member.token(), slug, member.username(), "staff").statusCode(403);
        changeRole(TestUsers.visitor(), slug, member.username(), "staff").statusCode(403);
        changeRole(null, slug, member.username(), "staff").statusCode(401);
        changeRole(TestUsers.admin(), slug, member.username(), "chef").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("role")));
        changeRole(TestUsers.admin(), slug, "niemand@example.org", "staff").statusCode(404)
                .contentType("application/problem+json");
        changeRole(TestUsers.admin(), "gibt-es-nicht", member.username(), "staff").statusCode(404);
        given().auth().oauth2(TestUsers.admin()).queryParam("q", slug).get("/api/exhibitors").then().statusCode(200)
                .body("[0].members.role", contains("lead"));
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug + "/audit").then().statusCode(200)
                .body("size()", equalTo(0));
    }
}
