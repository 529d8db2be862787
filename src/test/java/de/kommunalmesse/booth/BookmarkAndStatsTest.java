package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BookmarkAndStatsTest {

    @Inject
    TestData data;

    @Test
    void visitorBookmarksAndUnbookmarksABooth() {
        String slug = data.ownBooth();
        as(TestUsers.visitor()).put("/api/me/bookmarks/" + slug).then().statusCode(204);
        as(TestUsers.visitor()).put("/api/me/bookmarks/" + slug).then().statusCode(204);
        as(TestUsers.visitor()).get("/api/me/bookmarks").then().statusCode(200).body("booth.slug", hasItem(slug));
        as(TestUsers.visitor()).get("/api/booths/" + slug).then().body("bookmarked", equalTo(true));
        as(TestUsers.admin()).get("/api/booths/" + slug).then().body("bookmarked", equalTo(false));
        as(TestUsers.visitor()).delete("/api/me/bookmarks/" + slug).then().statusCode(204);
        as(TestUsers.visitor()).get("/api/me/bookmarks").then().body("booth.slug", not(hasItem(slug)));
    }

    @Test
    void bookmarksNeedLoginAndAPublishedBooth() {
        given().get("/api/me/bookmarks").then().statusCode(401);
        as(null).put("/api/me/bookmarks/" + data.ownBooth()).then().statusCode(401);
        as(TestUsers.visitor()).put("/api/me/bookmarks/no-such-booth").then().statusCode(404);
    }

    @Test
    void viewsAreCountedPerDayAndVisibleToTheTeamOnly() {
        String slug = data.ownBooth();
        given().get("/api/booths/" + slug).then().statusCode(200);
        as(TestUsers.visitor()).get("/api/booths/" + slug).then().statusCode(200);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/stats")
                .then().statusCode(200)
                .body("totalViews", equalTo(2))
                .body("days[0].views", greaterThanOrEqualTo(2));
        as(TestUsers.visitor()).get("/api/booths/" + slug + "/stats").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + data.foreignBooth() + "/stats").then().statusCode(403);
    }
}
