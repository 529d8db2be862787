package de.kommunalmesse.fair;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Editions over the API: admins create the next edition from the current one, exhibitors carry their booths
 * over, and nothing of one edition shows in another.
 */
@QuarkusTest
class EditionTest {

    @Inject
    TestData data;

    @Inject
    EditionService editions;

    @Inject
    ProgrammeService programme;

    /** A current edition of its own with a stage and the exhibitor of {@code aussteller-soest} with one booth. */
    private record Setup(EditionRef current, String booth, String exhibitor, String term) {
    }

    private Setup setup() {
        String term = data.unique();
        long editionId = data.series("serie-" + term);
        programme.createStage(editionId, new NewStage("haupt-" + term, "Hauptbühne " + term));
        String exhibitor = data.exhibitor("aus-" + term, "soest", "aussteller-soest");
        String booth = data.booth("stand-" + term, exhibitor, "Stand " + term, List.of("bauen-wohnen"), null,
                BoothStatus.PUBLISHED);
        return new Setup(editions.byId(editionId), booth, exhibitor, term);
    }

    private static Map<String, Object> newEdition(String slug, LocalDate start, LocalDate end, String copyFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", "Ausgabe " + slug);
        body.put("startsOn", start.toString());
        body.put("endsOn", end.toString());
        if (copyFrom != null) {
            body.put("copyFrom", copyFrom);
        }
        body.put("eventDays", List.of(Map.of("date", start.toString(), "hostRegion", "soest", "title", "Tag 1")));
        return body;
    }

    @Test
    void adminCreatesTheNextEditionCopyingTheStagesInPreparationUntilItIsMadeCurrent() {
        Setup s = setup();
        String next = "next-" + s.term();
        as(TestUsers.admin()).body(newEdition(next, LocalDate.of(2100, 3, 1), LocalDate.of(2100, 3, 5), s.current().slug()))
                .post("/api/admin/editions")
                .then().statusCode(201)
                .header("Location", containsString("/api/editions/" + next))
                .body("state", equalTo("preparation"))
                .body("current", equalTo(false))
                .body("eventDays[0].hostRegion.code", equalTo("soest"));

        as(TestUsers.admin()).get("/api/stages?edition=" + next)
                .then().statusCode(200).body("key", hasItem("haupt-" + s.term())).body("edition", everyItem(equalTo(next)));
        // In preparation: admins and exhibitors see it, visitors and anonymous callers do not
        given().get("/api/editions/" + next).then().statusCode(404).contentType("application/problem+json");
        as(TestUsers.visitor()).get("/api/booths?edition=" + next).then().statusCode(404);
        as(TestUsers.exhibitorSoest()).get("/api/editions/" + next).then().statusCode(200);
        given().get("/api/editions").then().statusCode(200).body("slug", not(hasItem(next)));

        as(TestUsers.admin()).post("/api/admin/editions/" + next + "/current")
                .then().statusCode(200).body("current", equalTo(true)).body("state", equalTo("open"));
        given().get("/api/fair").then().statusCode(200).body("edition.slug", equalTo(next));
        given().get("/api/editions").then().body("find { it.slug == '" + s.current().slug() + "' }.current", equalTo(false));
        // The old edition's addresses keep working
        given().get("/api/booths/" + s.booth() + "?edition=" + s.current().slug())
                .then().statusCode(200).body("edition", equalTo(s.current().slug()));
        given().get("/api/booths/" + s.booth()).then().statusCode(404);
    }

    @Test
    void badEditionInputIsRefusedWithAProblemAndChangesNothing() {
        Setup s = setup();
        given().get("/api/booths?edition=gibt-es-nicht").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("gibt-es-nicht"));
        given().get("/api/editions/gibt-es-nicht").then().statusCode(404);

        String slug = "bad-" + s.term();
        as(TestUsers.admin()).body(newEdition(s.current().slug(), LocalDate.of(2101, 1, 1), LocalDate.of(2101, 1, 2), null))
                .post("/api/admin/editions").then().statusCode(409).contentType("application/problem+json")
                // Bound to the field it is about, so that the form shows it there
                .body("errors[0].field", equalTo("slug")).body("errors[0].message", containsString(s.current().slug()));
        // The current test edition spans 2000–2099: overlapping dates
        as(TestUsers.admin()).body(newEdition(slug, LocalDate.of(2050, 1, 1), LocalDate.of(2050, 1, 2), null))
                .post("/api/admin/editions").then().statusCode(409).body("detail", containsString(s.current().slug()))
                .body("errors[0].field", equalTo("startsOn"));
        Map<String, Object> secondCurrent = newEdition(slug, LocalDate.of(2102, 1, 1), LocalDate.of(2102, 1, 2), null);
        secondCurrent.put("current", true);
        as(TestUsers.admin()).body(secondCurrent).post("/api/admin/editions").then().statusCode(409)
                .body("errors[0].field", equalTo("current"));
        as(TestUsers.admin()).body(newEdition(slug, LocalDate.of(2103, 1, 5), LocalDate.of(2103, 1, 1), null))
                .post("/api/admin/editions").then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
        Map<String, Object> dayOutside = newEdition(slug, LocalDate.of(2104, 1, 1), LocalDate.of(2104, 1, 2), null);
        dayOutside.put("eventDays", List.of(Map.of("date", "2104-02-01", "hostRegion", "soest", "title", "Tag")));
        as(TestUsers.admin()).body(dayOutside).header("Accept-Language", "en").post("/api/admin/editions").then().statusCode(400)
                .body("errors[0].field", equalTo("eventDays[0].date")).body("errors[0].message", containsString("2104-02-01"));
        as(TestUsers.admin()).body(newEdition("Nicht Gültig", LocalDate.of(2105, 1, 1), LocalDate.of(2105, 1, 2), null))
                .post("/api/admin/editions").then().statusCode(400).body("errors.field", hasItem("slug"));
        as(TestUsers.admin()).body(newEdition(slug, LocalDate.of(2106, 1, 1), LocalDate.of(2106, 1, 2), "gibt-es-nicht"))
                .post("/api/admin/editions").then().statusCode(404);
        as(TestUsers.admin()).get("/api/admin/editions").then().statusCode(200).body("slug", not(hasItem(slug)));

        as(TestUsers.exhibitorSoest()).body(newEdition(slug, LocalDate.of(2107, 1, 1), LocalDate.of(2107, 1, 2), null))
                .post("/api/admin/editions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(newEdition(slug, LocalDate.of(2107, 1, 1), LocalDate.of(2107, 1, 2), null))
                .post("/api/admin/editions").then().statusCode(401);
        as(TestUsers.visitor()).post("/api/admin/editions/" + s.current().slug() + "/current").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(Map.of("exhibitor", s.exhibitor()))
                .post("/api/admin/editions/" + s.current().slug() + "/exhibitors").then().statusCode(403);
    }

    @Test
    void exhibitorCarriesABoothOverKeepingItsServicesAndTheHallsStayApart() {
        Setup s = setup();
        // A service on the booth: approved through the usual workflow
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content("Stand " + s.term())))
                .put("/api/booths/" + s.booth() + "/draft").then().statusCode(200).extract().path("version");
        as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + s.booth() + "/submit")
                .then().statusCode(200);
        int submitted = as(TestUsers.admin()).get("/api/booths/" + s.booth() + "/review").then().statusCode(200)
                .extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", submitted)).post("/api/booths/" + s.booth() + "/approve")
                .then().statusCode(200);
        String serviceKey = as(TestUsers.exhibitorSoest()).get("/api/booths/" + s.booth() + "/draft")
                .then().statusCode(200).extract().path("content.services[0].key");

        String next = "weiter-" + s.term();
        as(TestUsers.admin()).body(newEdition(next, LocalDate.of(2100, 5, 1), LocalDate.of(2100, 5, 2), s.current().slug()))
                .post("/api/admin/editions").then().statusCode(201);
        Map<String, String> carry = Map.of("edition", next);
        // Not taking part yet: refused, nothing created
        as(TestUsers.exhibitorSoest()).body(carry).post("/api/booths/" + s.booth() + "/carry-over")
                .then().statusCode(409).contentType("application/problem+json");
        as(TestUsers.admin()).get("/api/booths/" + s.booth() + "/draft?edition=" + next).then().statusCode(404);
        // A visitor may not carry it; the edition in preparation does not even exist for them
        as(TestUsers.visitor()).body(carry).post("/api/booths/" + s.booth() + "/carry-over").then().statusCode(404);
        given().contentType(ContentType.JSON).body(carry).post("/api/booths/" + s.booth() + "/carry-over")
                .then().statusCode(401);

        as(TestUsers.admin()).body(Map.of("exhibitor", s.exhibitor())).post("/api/admin/editions/" + next + "/exhibitors")
                .then().statusCode(200).body("slug", hasItem(s.exhibitor()));
        as(TestUsers.exhibitorSoest()).body(carry).post("/api/booths/" + s.booth() + "/carry-over")
                .then().statusCode(201)
                .body("edition", equalTo(next))
                .body("slug", equalTo(s.booth()))
                .body("workflowState", equalTo("editing"))
                .body("content.services[0].key", equalTo(serviceKey));
        as(TestUsers.exhibitorSoest()).body(carry).post("/api/booths/" + s.booth() + "/carry-over").then().statusCode(409);

        int carried = as(TestUsers.exhibitorSoest()).get("/api/booths/" + s.booth() + "/draft?edition=" + next)
                .then().statusCode(200).extract().path("version");
        as(TestUsers.exhibitorSoest()).body(Map.of("version", carried))
                .post("/api/booths/" + s.booth() + "/submit?edition=" + next).then().statusCode(200);
        as(TestUsers.admin()).get("/api/admin/reviews").then()
                .body("find { it.slug == '" + s.booth() + "' && it.edition == '" + next + "' }.edition", equalTo(next));
        int review = as(TestUsers.admin()).get("/api/booths/" + s.booth() + "/review?edition=" + next)
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", review))
                .post("/api/booths/" + s.booth() + "/approve?edition=" + next).then().statusCode(200);
        as(TestUsers.admin()).get("/api/booths/" + s.booth() + "/draft?edition=" + next)
                .then().body("content.services[0].key", equalTo(serviceKey));

        // Each hall shows its own booth; the search over all editions finds both
        as(TestUsers.admin()).get("/api/booths?edition=" + next + "&q=" + s.term())
                .then().statusCode(200).body("items.edition", everyItem(equalTo(next))).body("totalItems", equalTo(1));
        given().get("/api/booths?q=" + s.term()).then().body("items.edition", everyItem(equalTo(s.current().slug())));
        as(TestUsers.admin()).get("/api/booths?allEditions=true&q=" + s.term())
                .then().body("items.edition", hasItems(next, s.current().slug()));
        // The exhibitor's list names both
        List<String> mine = as(TestUsers.exhibitorSoest()).get("/api/my/booths").then().statusCode(200)
                .extract().path("findAll { it.slug == '" + s.booth() + "' }.edition");
        assertEquals(2, mine.size());
    }

    @Test
    void archivedEditionStaysReadableButClosedForChanges() {
        Setup s = setup();
        as(TestUsers.admin()).body(Map.of("state", "archive"))
                .post("/api/admin/editions/" + s.current().slug() + "/state")
                .then().statusCode(200).body("state", equalTo("archive"));
        try {
            given().get("/api/booths/" + s.booth()).then().statusCode(200)
                    .body("archived", equalTo(true)).body("contactRequestsEnabled", equalTo(false));
            as(TestUsers.exhibitorSoest()).body(draft(-1, content("Archiv"))).put("/api/booths/" + s.booth() + "/draft")
                    .then().statusCode(403).body("detail", containsString(s.current().slug()));
            as(TestUsers.visitor()).body(Map.of("message", "Hallo", "consent", true))
                    .post("/api/booths/" + s.booth() + "/contact-requests").then().statusCode(403);
            // An archive cannot go back into preparation
            as(TestUsers.admin()).body(Map.of("state", "preparation"))
                    .post("/api/admin/editions/" + s.current().slug() + "/state").then().statusCode(409);
        } finally {
            // It is the current edition: the tests after this one need it open
            as(TestUsers.admin()).body(Map.of("state", "open"))
                    .post("/api/admin/editions/" + s.current().slug() + "/state").then().statusCode(200);
        }
    }

    @Test
    void openEditionBecomesAnArchiveOnItsOwnAfterItsLastDay() {
        Setup s = setup();
        String old = "alt-" + s.term();
        Map<String, Object> body = newEdition(old, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2), null);
        body.put("archiveAfterDays", 0);
        as(TestUsers.admin()).body(body).post("/api/admin/editions").then().statusCode(201);
        as(TestUsers.admin()).body(Map.of("state", "open")).post("/api/admin/editions/" + old + "/state")
                .then().statusCode(200);
        given().get("/api/editions/" + old).then().statusCode(200).body("state", equalTo("archive"));
    }
}
