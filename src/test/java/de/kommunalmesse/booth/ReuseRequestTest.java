package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReuseRequestTest {

    @Inject
    TestData data;

    /** A published booth staffed by aussteller-soest with one service; returns {slug, service key}. */
    private String[] boothWithService() {
        String term = data.unique();
        String exhibitor = data.exhibitor("nach-" + term, "soest", "aussteller-soest");
        String slug = data.booth("nach-" + term, exhibitor, "Nachnutzung " + term, List.of("bauen-wohnen"),
                List.of(new BoothContent.Service("Bauantrag online " + term, "Digitaler Bauantrag", "bauen-wohnen",
                        Maturity.PRODUKTIV, ReuseModel.OPEN_SOURCE, null, null, null, List.of(), null, null)));
        String key = given().get("/api/booths/" + slug).then().statusCode(200).extract().path("services[0].key");
        return new String[] {slug, key};
    }

    private static Map<String, Object> request(String organisation) {
        Map<String, Object> request = new HashMap<>();
        request.put("organisation", organisation);
        request.put("organisationType", "kommune");
        request.put("ags", "05974028");
        request.put("inhabitants", 12500);
        request.put("timeFrame", "ab dem 2. Quartal 2027");
        request.put("questions", "Wie aufwendig ist die Anbindung an unser Fachverfahren?");
        request.put("consent", true);
        return request;
    }

    private static int ask(String[] booth, Map<String, Object> request) {
        return as(TestUsers.visitor()).body(request)
                .post("/api/booths/" + booth[0] + "/services/" + booth[1] + "/reuse-requests")
                .then().statusCode(201).extract().path("id");
    }

    private static int version(int id) {
        return as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then().statusCode(200)
                .extract().path("version");
    }

    private static Map<String, Object> handling(int version, String status) {
        Map<String, Object> handling = new HashMap<>();
        handling.put("version", version);
        handling.put("status", status);
        return handling;
    }

    private static void moveTo(int id, String... statuses) {
        for (String status : statuses) {
            as(TestUsers.exhibitorSoest()).body(handling(version(id), status)).put("/api/reuse-requests/" + id + "/handling")
                    .then().statusCode(200).body("status", equalTo(status));
        }
    }

    @Test
    void requestGoesAcrossTheBoardUntilTheConfirmedAdopterIsPublic() {
        String[] booth = boothWithService();
        int id = as(TestUsers.visitor()).body(request("Gemeinde Musterhausen"))
                .post("/api/booths/" + booth[0] + "/services/" + booth[1] + "/reuse-requests")
                .then().statusCode(201)
                .body("status", equalTo("interesse"))
                .body("serviceName", equalTo("Bauantrag online " + booth[0].substring(5)))
                .body("requesterName", equalTo("Bea Sucher"))
                .body("notes", nullValue())
                .extract().path("id");

        as(TestUsers.exhibitorSoest()).get("/api/booths/" + booth[0] + "/reuse-requests").then().statusCode(200)
                .body("staff", hasItem("aussteller-soest"))
                .body("requests.id", contains(id))
                .body("requests[0].requesterEmail", equalTo("besucher@example.org"))
                .body("requests[0].ags", equalTo("05974028"))
                .body("requests[0].allowedNext", containsInAnyOrder("im-gespraech", "abgebrochen"));

        Map<String, Object> talk = handling(version(id), "im-gespraech");
        talk.put("notes", "Telefonat mit dem Bauamt");
        talk.put("nextDate", "2027-01-15");
        talk.put("assignee", "Aussteller-Soest");
        as(TestUsers.exhibitorSoest()).body(talk).put("/api/reuse-requests/" + id + "/handling").then().statusCode(200)
                .body("status", equalTo("im-gespraech"))
                .body("assignee", equalTo("aussteller-soest"))
                .body("nextDate", equalTo("2027-01-15"))
                .body("history.kind", contains("created", "status", "notes", "next-date", "assignee"))
                .body("history[1].actor", equalTo("Sven Sörensen"));
        moveTo(id, "vereinbarung", "in-einfuehrung", "nachgenutzt");

        as(TestUsers.visitor()).get("/api/my/reuse-requests").then().statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("nachgenutzt"))
                .body("find { it.id == " + id + " }.notes", nullValue())
                .body("find { it.id == " + id + " }.history", nullValue())
                .body("find { it.id == " + id + " }.booth.slug", equalTo(booth[0]));
        given().get("/api/services/" + booth[1] + "/adopters").then().statusCode(200).body("", empty());

        int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear();
        as(TestUsers.visitor()).post("/api/reuse-requests/" + id + "/confirm").then().statusCode(200)
                .body("adoptionYear", equalTo(year));
        given().get("/api/services/" + booth[1] + "/adopters").then().statusCode(200)
                .body("organisation", contains("Gemeinde Musterhausen"))
                .body("year", contains(year));
        given().get("/api/booths/" + booth[0]).then()
                .body("services[0].adoptions[0].organisation", equalTo("Gemeinde Musterhausen"))
                .body("services[0].adoptions[0].year", equalTo(year));
        as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then()
                .body("history.kind", hasItem("confirmed"));
    }

    @Test
    void boardRefusesJumpsStaleVersionsCancellingWithoutReasonAndOutsiders() {
        String[] booth = boothWithService();
        int id = ask(booth, request("Stadt Beispielstadt"));
        int version = version(id);

        as(TestUsers.exhibitorSoest()).body(handling(version, "vereinbarung")).put("/api/reuse-requests/" + id + "/handling")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Von „interesse“ geht es nicht direkt nach „vereinbarung“."));
        as(TestUsers.exhibitorSoest()).body(handling(version, "abgebrochen")).put("/api/reuse-requests/" + id + "/handling")
                .then().statusCode(400).body("errors.field", hasItem("reasonGiven"));
        Map<String, Object> outsider = handling(version, "im-gespraech");
        outsider.put("assignee", "besucher");
        as(TestUsers.exhibitorSoest()).body(outsider).put("/api/reuse-requests/" + id + "/handling")
                .then().statusCode(400).body("title", equalTo("Unbekanntes Teammitglied"));
        as(TestUsers.exhibitorSoest()).body(handling(version, "im-gespraech")).put("/api/reuse-requests/" + id + "/handling")
                .then().statusCode(200);
        as(TestUsers.exhibitorSoest()).body(handling(version, "vereinbarung")).put("/api/reuse-requests/" + id + "/handling")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("inzwischen geändert"));
        as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then()
                .body("status", equalTo("im-gespraech"))
                .body("assignee", nullValue())
                .body("history.kind", contains("created", "status"));

        Map<String, Object> cancel = handling(version(id), "abgebrochen");
        cancel.put("reason", "Anderes Verfahren gewählt");
        as(TestUsers.exhibitorSoest()).body(cancel).put("/api/reuse-requests/" + id + "/handling").then().statusCode(200)
                .body("allowedNext", contains("im-gespraech"));
        as(TestUsers.visitor()).get("/api/reuse-requests/" + id).then().statusCode(200)
                .body("status", equalTo("abgebrochen"))
                .body("reason", equalTo("Anderes Verfahren gewählt"));
        as(TestUsers.visitor()).post("/api/reuse-requests/" + id + "/confirm").then().statusCode(409);
    }

    @Test
    void municipalityKeyConsentAndServiceAreChecked() {
        String[] booth = boothWithService();
        String path = "/api/booths/" + booth[0] + "/services/" + booth[1] + "/reuse-requests";
        for (String ags : List.of("17123456", "00123456", "0597402", "05974O28")) {
            Map<String, Object> bad = request("Gemeinde Falsch");
            bad.put("ags", ags);
            as(TestUsers.visitor()).body(bad).post(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("ags"));
        }
        Map<String, Object> noAgs = request("Gemeinde Ohne");
        noAgs.remove("ags");
        as(TestUsers.visitor()).body(noAgs).post(path).then().statusCode(400)
                .body("errors.field", hasItem("agsGivenForMunicipality"));
        noAgs.put("organisationType", "it-dienstleister");
        as(TestUsers.visitor()).body(noAgs).post(path).then().statusCode(201).body("ags", nullValue());
        Map<String, Object> noConsent = request("Gemeinde Still");
        noConsent.put("consent", false);
        as(TestUsers.visitor()).body(noConsent).post(path).then().statusCode(400).body("errors.field", hasItem("consent"));
        as(TestUsers.visitor()).body(request("Gemeinde X")).post("/api/booths/" + booth[0] + "/services/gibt-es-nicht/reuse-requests")
                .then().statusCode(404);
        as(null).body(request("Gemeinde X")).post(path).then().statusCode(401);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + booth[0] + "/reuse-requests").then()
                .body("requests", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void onlyTheRequesterTheBoothTeamAndAdminsSeeOrChangeARequest() {
        String[] booth = boothWithService();
        int id = ask(booth, request("Gemeinde Geheim"));
        String request = "/api/reuse-requests/" + id;

        as(null).get(request).then().statusCode(401);
        as(TestUsers.moderator()).get(request).then().statusCode(403).contentType("application/problem+json");
        as(TestUsers.admin()).get(request).then().statusCode(200).body("requesterEmail", equalTo("besucher@example.org"))
                .body("history.kind", contains("created"));
        as(TestUsers.visitor()).get(request).then().statusCode(200).body("history", nullValue());

        as(TestUsers.visitor()).get("/api/booths/" + booth[0] + "/reuse-requests").then().statusCode(403);
        as(null).get("/api/booths/" + booth[0] + "/reuse-requests").then().statusCode(401);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + data.foreignBooth() + "/reuse-requests").then().statusCode(403);
        as(TestUsers.visitor()).body(handling(0, "im-gespraech")).put(request + "/handling").then().statusCode(403);
        as(TestUsers.moderator()).body(handling(0, "im-gespraech")).put(request + "/handling").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).post(request + "/withdraw").then().statusCode(403);
        as(TestUsers.admin()).post(request + "/confirm").then().statusCode(403);
        as(TestUsers.moderator()).get("/api/my/reuse-requests").then().statusCode(200).body("id", not(hasItem(id)));
        as(null).get("/api/my/reuse-requests").then().statusCode(401);

        as(TestUsers.admin()).body(handling(version(id), "im-gespraech")).put(request + "/handling").then().statusCode(200);
        as(TestUsers.exhibitorSoest()).get(request).then().body("status", equalTo("im-gespraech"));
    }

    @Test
    void withdrawingRemovesPersonalDataAndTheAdopterListing() {
        String[] booth = boothWithService();
        int id = ask(booth, request("Gemeinde Rückzug"));
        Map<String, Object> talk = handling(version(id), "im-gespraech");
        talk.put("notes", "Frau Sucher ruft zurück");
        as(TestUsers.exhibitorSoest()).body(talk).put("/api/reuse-requests/" + id + "/handling").then().statusCode(200);
        moveTo(id, "vereinbarung", "in-einfuehrung", "nachgenutzt");
        as(TestUsers.visitor()).post("/api/reuse-requests/" + id + "/confirm").then().statusCode(200);
        given().get("/api/services/" + booth[1] + "/adopters").then().body("organisation", hasItem("Gemeinde Rückzug"));

        as(TestUsers.visitor()).post("/api/reuse-requests/" + id + "/withdraw").then().statusCode(204);

        given().get("/api/services/" + booth[1] + "/adopters").then().body("", empty());
        as(TestUsers.visitor()).get("/api/my/reuse-requests").then().body("id", not(hasItem(id)));
        as(TestUsers.visitor()).get("/api/reuse-requests/" + id).then().statusCode(403);
        as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then().statusCode(200)
                .body("status", equalTo("zurueckgezogen"))
                .body("requesterName", nullValue())
                .body("requesterEmail", nullValue())
                .body("questions", nullValue())
                .body("notes", nullValue())
                .body("confirmedAt", nullValue())
                .body("allowedNext", empty())
                .body("history.detail", everyItem(nullValue()))
                .body("history.kind", hasItem("withdrawn"));
        as(TestUsers.exhibitorSoest()).body(handling(version(id), "in-einfuehrung"))
                .put("/api/reuse-requests/" + id + "/handling").then().statusCode(409);
        as(TestUsers.visitor()).get("/api/me/consents").then()
                .body("findAll { it.purpose == 'nachnutzungsanfrage' && it.subject == '" + id + "' }.withdrawnAt",
                        contains(notNullValue()));
    }
}
