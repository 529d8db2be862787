package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the editor's and the admins' lists show: placement, archive mode and the exhibitors one may create booths for. */
@QuarkusTest
class MyBoothsTest {

    @Inject
    TestData data;

    @Test
    void myBoothsCarryThePlacementTheAdminSet() {
        String slug = data.ownBooth();
        as(TestUsers.admin()).body(Map.of("hallOrder", 42, "tileSize", "large", "featured", true))
                .put("/api/booths/" + slug + "/placement")
                .then().statusCode(200)
                .body("placement.hallOrder", equalTo(42))
                .body("placement.tileSize", equalTo("large"))
                .body("placement.featured", equalTo(true));
        String entry = "find { it.slug == '" + slug + "' }";
        as(TestUsers.admin()).get("/api/my/booths")
                .then().statusCode(200)
                .body(entry + ".placement.hallOrder", equalTo(42))
                .body(entry + ".placement.tileSize", equalTo("large"))
                .body(entry + ".placement.featured", equalTo(true));
        as(TestUsers.exhibitorSoest()).get("/api/my/booths")
                .then().body(entry + ".placement.hallOrder", equalTo(42));
    }

    @Test
    void myBoothsTellWhetherArchiveModeClosedEditing() {
        String slug = data.ownBooth();
        String entry = "find { it.slug == '" + slug + "' }";
        as(TestUsers.exhibitorSoest()).get("/api/my/booths").then().body(entry + ".editingEnabled", equalTo(true));
        as(TestUsers.admin()).body(Map.of("editingEnabled", false, "contactRequestsEnabled", true))
                .put("/api/admin/settings/hall").then().statusCode(200);
        try {
            as(TestUsers.exhibitorSoest()).get("/api/my/booths").then().body(entry + ".editingEnabled", equalTo(false));
            as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("editingEnabled", equalTo(false));
            // Admins may always edit
            as(TestUsers.admin()).get("/api/my/booths").then().body(entry + ".editingEnabled", equalTo(true));
        } finally {
            as(TestUsers.admin()).body(Map.of("editingEnabled", true, "contactRequestsEnabled", true))
                    .put("/api/admin/settings/hall").then().statusCode(200);
        }
    }

    @Test
    void myExhibitorsAreThoseTheUserStaffsAndAllForAdmins() {
        String term = data.unique();
        String own = data.exhibitor("meins-" + term, "soest", "aussteller-soest");
        String byMail = data.exhibitor("post-" + term, null, "aussteller-soest@example.org");
        String foreign = data.exhibitor("fremd-" + term, "aachen");
        as(TestUsers.exhibitorSoest()).get("/api/my/exhibitors")
                .then().statusCode(200)
                .body("slug", hasItems(own, byMail))
                .body("slug", not(hasItem(foreign)))
                .body("find { it.slug == '" + own + "' }.name", equalTo("Aussteller " + own));
        as(TestUsers.admin()).get("/api/my/exhibitors").then().statusCode(200).body("slug", hasItems(own, byMail, foreign));
        as(TestUsers.visitor()).get("/api/my/exhibitors").then().statusCode(200).body("$", empty());
        as(null).get("/api/my/exhibitors").then().statusCode(401).contentType("application/problem+json");
    }
}
