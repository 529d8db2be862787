package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hall endpoint for every kind of caller: anonymous, a visitor, the exhibitor of this booth, the
 * exhibitor of another booth (acting on this one) and an admin. Each cell runs on fresh booths.
 */
@QuarkusTest
class HallAuthorizationMatrixTest {

    enum Actor { ANONYMOUS, VISITOR, OWN_EXHIBITOR, FOREIGN_EXHIBITOR, ADMIN }

    /** The booth the call targets and the caller's token. */
    record Cell(String slug, String ownExhibitor, String token) {
    }

    record Endpoint(String name, BiFunction<RequestSpecification, Cell, io.restassured.response.Response> call,
            int... expected) {
    }

    @Inject
    TestData data;

    private static RequestSpecification json(RequestSpecification spec) {
        return spec.contentType(ContentType.JSON);
    }

    private List<Endpoint> endpoints() {
        byte[] pdf = TestFiles.PDF;
        List<Endpoint> list = new ArrayList<>();
        // expected: anonymous, visitor, own exhibitor, foreign exhibitor, admin
        list.add(new Endpoint("GET /booths", (s, c) -> s.get("/api/booths"), 200, 200, 200, 200, 200));
        list.add(new Endpoint("GET /booths/{slug}", (s, c) -> s.get("/api/booths/" + c.slug()), 200, 200, 200, 200, 200));
        list.add(new Endpoint("POST /booths/{slug}/contact-requests", (s, c) -> json(s)
                .body(Map.of("message", "Hallo", "consent", true)).post("/api/booths/" + c.slug() + "/contact-requests"),
                401, 201, 201, 201, 201));
        list.add(new Endpoint("GET /booths/{slug}/draft", (s, c) -> s.get("/api/booths/" + c.slug() + "/draft"),
                401, 403, 200, 403, 200));
        list.add(new Endpoint("PUT /booths/{slug}/draft", (s, c) -> json(s).body(draft(-1, content("Matrix")))
                .put("/api/booths/" + c.slug() + "/draft"), 401, 403, 200, 403, 200));
        list.add(new Endpoint("POST /booths/{slug}/submit", (s, c) -> json(s).body(Map.of("version", -1))
                .post("/api/booths/" + c.slug() + "/submit"), 401, 403, 409, 403, 409));
        list.add(new Endpoint("POST /booths/{slug}/materials", (s, c) -> s.multiPart("file", "f.pdf", pdf, "application/pdf")
                .post("/api/booths/" + c.slug() + "/materials"), 401, 403, 201, 403, 201));
        list.add(new Endpoint("GET /booths/{slug}/materials/{unpublished}", (s, c) -> s.get("/api/booths/" + c.slug()
                + "/materials/" + uploadAsAdmin(c.slug(), pdf)), 404, 404, 200, 404, 200));
        list.add(new Endpoint("GET /booths/{slug}/contact-requests", (s, c) -> s.get("/api/booths/" + c.slug()
                + "/contact-requests"), 401, 403, 200, 403, 200));
        list.add(new Endpoint("PATCH /booths/{slug}/contact-requests/{id}", (s, c) -> json(s)
                .body(Map.of("status", "erledigt")).patch("/api/booths/" + c.slug() + "/contact-requests/"
                        + contactRequest(c.slug())), 401, 403, 200, 403, 200));
        list.add(new Endpoint("GET /booths/{slug}/stats", (s, c) -> s.get("/api/booths/" + c.slug() + "/stats"),
                401, 403, 200, 403, 200));
        list.add(new Endpoint("GET /booths/{slug}/audit", (s, c) -> s.get("/api/booths/" + c.slug() + "/audit"),
                401, 403, 200, 403, 200));
        list.add(new Endpoint("GET /booths/{slug}/review", (s, c) -> s.get("/api/booths/" + c.slug() + "/review"),
                401, 403, 403, 403, 404));
        list.add(new Endpoint("POST /booths/{slug}/approve", (s, c) -> json(s).body(Map.of("version", 0))
                .post("/api/booths/" + c.slug() + "/approve"), 401, 403, 403, 403, 409));
        list.add(new Endpoint("POST /booths/{slug}/reject", (s, c) -> json(s).body(Map.of("version", 0, "reason", "Nein"))
                .post("/api/booths/" + c.slug() + "/reject"), 401, 403, 403, 403, 409));
        list.add(new Endpoint("PUT /booths/{slug}/placement", (s, c) -> json(s)
                .body(Map.of("hallOrder", 3, "tileSize", "small", "featured", false))
                .put("/api/booths/" + c.slug() + "/placement"), 401, 403, 403, 403, 200));
        list.add(new Endpoint("GET /my/booths", (s, c) -> s.get("/api/my/booths"), 401, 200, 200, 200, 200));
        list.add(new Endpoint("GET /my/exhibitors", (s, c) -> s.get("/api/my/exhibitors"), 401, 200, 200, 200, 200));
        list.add(new Endpoint("GET /me/bookmarks", (s, c) -> s.get("/api/me/bookmarks"), 401, 200, 200, 200, 200));
        list.add(new Endpoint("PUT /me/bookmarks/{slug}", (s, c) -> s.put("/api/me/bookmarks/" + c.slug()),
                401, 204, 204, 204, 204));
        list.add(new Endpoint("DELETE /me/bookmarks/{slug}", (s, c) -> s.delete("/api/me/bookmarks/" + c.slug()),
                401, 204, 204, 204, 204));
        list.add(new Endpoint("GET /admin/reviews", (s, c) -> s.get("/api/admin/reviews"), 401, 403, 403, 403, 200));
        list.add(new Endpoint("GET /admin/settings/hall", (s, c) -> s.get("/api/admin/settings/hall"),
                401, 403, 403, 403, 200));
        list.add(new Endpoint("PUT /admin/settings/hall", (s, c) -> json(s)
                .body(Map.of("editingEnabled", true, "contactRequestsEnabled", true)).put("/api/admin/settings/hall"),
                401, 403, 403, 403, 200));
        list.add(new Endpoint("GET /admin/exports/booths.csv", (s, c) -> s.get("/api/admin/exports/booths.csv"),
                401, 403, 403, 403, 200));
        list.add(new Endpoint("GET /admin/exports/services.csv", (s, c) -> s.get("/api/admin/exports/services.csv"),
                401, 403, 403, 403, 200));
        list.add(new Endpoint("GET /exhibitors/{slug}", (s, c) -> s.get("/api/exhibitors/" + c.ownExhibitor()),
                200, 200, 200, 200, 200));
        list.add(new Endpoint("POST /exhibitors", (s, c) -> json(s).body(Map.of("slug", "m-" + data.unique(),
                "name", "Matrix", "type", "kommune")).post("/api/exhibitors"), 401, 403, 403, 403, 201));
        list.add(new Endpoint("PUT /exhibitors/{slug}/staff", (s, c) -> json(s)
                .body(Map.of("staff", List.of("aussteller-soest"))).put("/api/exhibitors/" + c.ownExhibitor() + "/staff"),
                401, 403, 403, 403, 200));
        list.add(new Endpoint("POST /exhibitors/{slug}/booths", (s, c) -> json(s).body(Map.of("slug", "n-" + data.unique(),
                "name", "Neu")).post("/api/exhibitors/" + exhibitorOf(c.slug()) + "/booths"), 401, 403, 201, 403, 201));
        return list;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesWhoMayNotAndServesWhoMay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Actor actor : Actor.values()) {
                int expected = endpoint.expected()[actor.ordinal()];
                tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + actor + " → " + expected, () -> {
                    Cell cell = cell(actor);
                    RequestSpecification spec = cell.token() == null ? given() : given().auth().oauth2(cell.token());
                    endpoint.call().apply(spec, cell).then().statusCode(expected);
                }));
            }
        }
        return tests.stream();
    }

    private Cell cell(Actor actor) {
        String own = data.ownBooth();
        String foreign = data.foreignBooth();
        Supplier<String> token = switch (actor) {
            case ANONYMOUS -> () -> null;
            case VISITOR -> TestUsers::visitor;
            case OWN_EXHIBITOR, FOREIGN_EXHIBITOR -> TestUsers::exhibitorSoest;
            case ADMIN -> TestUsers::admin;
        };
        String slug = actor == Actor.FOREIGN_EXHIBITOR ? foreign : own;
        return new Cell(slug, exhibitorOf(own), token.get());
    }

    private static String exhibitorOf(String slug) {
        return given().get("/api/booths/" + slug).then().statusCode(200).extract().path("exhibitor.slug");
    }

    private static int uploadAsAdmin(String slug, byte[] bytes) {
        return given().auth().oauth2(TestUsers.admin()).multiPart("file", "f.pdf", bytes, "application/pdf")
                .post("/api/booths/" + slug + "/materials").then().statusCode(201).extract().path("id");
    }

    private static int contactRequest(String slug) {
        return given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("message", "Bitte melden", "consent", true))
                .post("/api/booths/" + slug + "/contact-requests").then().statusCode(201).extract().path("id");
    }
}
