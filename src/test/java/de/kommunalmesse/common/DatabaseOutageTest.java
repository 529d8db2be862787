package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.DatabaseOutageProfile;
import de.kommunalmesse.testsupport.ProxiedMariaDbTestResource;
import de.kommunalmesse.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the app runs (issue 21.9): a relay between the app and MariaDB is cut and
 * restored. Public reads keep working from memory, writes answer 503 problem+json with Retry-After, nothing
 * answers 500, and everything works again once the database is back. Its own app start (profile) without
 * Keycloak: callers come from {@link TestSecurity}.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    @Inject
    TestData data;

    @Test
    @TestSecurity(user = "besucher", roles = "visitor")
    void readsComeFromMemoryAndWritesAnswer503WhileTheDatabaseIsAway() throws Exception {
        String slug = data.ownBooth();
        String other = data.foreignBooth();
        // Visitors looked at these before the outage
        given().get("/api/booths/" + slug).then().statusCode(200);
        given().get("/api/booths?size=5").then().statusCode(200);
        given().get("/api/talks").then().statusCode(200);
        given().get("/api/stages").then().statusCode(200);

        ProxiedMariaDbTestResource.proxy().cut();
        try {
            given().get("/q/health/ready").then().statusCode(503);

            // The hall is searched in memory: even a search nobody made before is answered
            String word = slug.substring(slug.indexOf('-') + 1);
            given().queryParam("q", word).get("/api/booths").then().statusCode(200)
                    .body("items.slug", hasItem(slug));
            // Pages seen before come from memory, marked as such
            given().get("/api/booths/" + slug).then().statusCode(200)
                    .header(ProblemMappers.STALE_HEADER, "database-unavailable")
                    .body("slug", equalTo(slug));
            given().get("/api/talks").then().statusCode(200).header(ProblemMappers.STALE_HEADER, notNullValue());
            given().get("/api/stages").then().statusCode(200).header(ProblemMappers.STALE_HEADER, notNullValue());
            // A page nobody asked for before cannot be answered: 503, not 500
            assertUnavailable(given().get("/api/booths/" + other));
            // Writes: 503 with Retry-After, in the caller's language
            assertUnavailable(given().put("/api/me/bookmarks/" + slug));
            Response english = given().header("Accept-Language", "en").put("/api/me/bookmarks/" + slug);
            assertUnavailable(english);
            assertTrue(english.jsonPath().getString("detail").contains("database"), english.asString());
            // The web app's page itself does not need the database
            given().get("/halle").then().statusCode(200);
        } finally {
            ProxiedMariaDbTestResource.proxy().restore();
        }

        // Back: the first writes may still meet a connection of before the cut; within seconds all work again
        int status = 0;
        for (long deadline = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < deadline;) {
            status = given().put("/api/me/bookmarks/" + slug).statusCode();
            if (status == 204) {
                break;
            }
            assertEquals(503, status, "during recovery only 503, never 500");
            Thread.sleep(500);
        }
        assertEquals(204, status, "bookmarking works again after the database came back");
        given().get("/api/booths/" + other).then().statusCode(200).header(ProblemMappers.STALE_HEADER, nullValue());
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static void assertUnavailable(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("urn:kommunalmesse:problem:unavailable"))
                .body("status", equalTo(503));
    }
}
