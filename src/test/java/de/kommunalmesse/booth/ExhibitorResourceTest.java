package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExhibitorResourceTest {

    @Inject
    TestData data;

    private static Map<String, Object> exhibitor(String slug) {
        return Map.of("slug", slug, "name", "Stadt <b>Beispiel</b>", "type", "it-dienstleister", "region", "paderborn",
                "website", "https://www.example.org", "staff", java.util.List.of("Neue-Person"));
    }

    @Test
    void adminCreatesExhibitor() {
        String slug = "neu-" + data.unique();
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(exhibitor(slug))
                .when().post("/api/exhibitors")
                .then().statusCode(201)
                .header("Location", endsWith("/api/exhibitors/" + slug))
                .body("name", equalTo("Stadt <b>Beispiel</b>"))
                .body("type", equalTo("it-dienstleister"))
                .body("region.code", equalTo("paderborn"))
                .body("staff", contains("neue-person"));
        given().when().get("/api/exhibitors/" + slug).then().statusCode(200).body("slug", equalTo(slug))
                .body("staff", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestUsers.admin()).get("/api/exhibitors/" + slug).then().body("staff", contains("neue-person"));
    }

    @Test
    void duplicateSlugIs409AndChangesNothing() {
        String slug = "doppelt-" + data.unique();
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(exhibitor(slug))
                .when().post("/api/exhibitors").then().statusCode(201);
        Map<String, Object> second = new java.util.HashMap<>(exhibitor(slug));
        second.put("name", "Anderer Name");
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(second)
                .when().post("/api/exhibitors")
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/api/exhibitors/" + slug).then().body("name", equalTo("Stadt <b>Beispiel</b>"));
    }

    @Test
    void invalidFieldsAreListed() {
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body(Map.of("slug", "Nicht Gültig!", "name", "x".repeat(201), "type", "kreis", "website", "javascript:alert(1)"))
                .when().post("/api/exhibitors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("slug", "name", "website"));
    }

    @Test
    void unknownRegionIs400() {
        Map<String, Object> body = new java.util.HashMap<>(exhibitor("region-" + data.unique()));
        body.put("region", "atlantis");
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/exhibitors")
                .then().statusCode(400)
                .body("type", equalTo("urn:kommunalmesse:problem:unknown-region"));
    }

    @Test
    void exhibitorAndVisitorMayNotCreateExhibitors() {
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType(ContentType.JSON).body(exhibitor("x-" + data.unique()))
                .when().post("/api/exhibitors")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON).body(exhibitor("y-" + data.unique()))
                .when().post("/api/exhibitors")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(exhibitor("z-" + data.unique()))
                .when().post("/api/exhibitors")
                .then().statusCode(401);
    }
}
