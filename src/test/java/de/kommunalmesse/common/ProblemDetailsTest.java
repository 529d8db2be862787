package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every kind of bad request ends in problem+json, never in a stack trace or an empty body. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body("{\"slug\": ")
                .when().post("/api/exhibitors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:json"))
                .body("title", equalTo("Ungültiges JSON"))
                .body(not(containsString("jackson")));
    }

    @Test
    void wrongFieldTypeNamesTheField() {
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON)
                .body("{\"slug\":\"x-1\",\"name\":\"X\",\"type\":\"raumstation\"}")
                .when().post("/api/exhibitors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth().oauth2(TestUsers.admin()).contentType(ContentType.TEXT).body("slug=x")
                .when().post("/api/exhibitors")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void unknownApiPathIs404() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void unknownBoothIs404InTheAskedLanguage() {
        given().header("Accept-Language", "en").when().get("/api/booths/no-such-booth")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("detail", containsString("no-such-booth"));
    }

    @Test
    void wrongMethodIs405() {
        given().when().delete("/api/topic-fields")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }
}
