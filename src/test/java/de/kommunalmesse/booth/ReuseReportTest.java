package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReuseReportTest {

    @Inject
    TestData data;

    @Test
    void adminsSeeServicesRequestsAgreementsAndAdoptionsPerRegionTopicAndDayAsJsonAndCsv() {
        String edition = "bericht-" + data.unique();
        data.series(edition);
        String term = data.unique();
        String exhibitor = data.exhibitor("bericht-" + term, "paderborn", "aussteller-soest");
        String slug = data.booth("bericht-" + term, exhibitor, "Bericht " + term, List.of("gesundheit"), List.of(
                new BoothContent.Service("Dienst A " + term, null, "gesundheit", Maturity.PRODUKTIV, ReuseModel.EFA, null,
                        null, null, List.of(), null, null),
                new BoothContent.Service("Dienst B " + term, null, "bildung", Maturity.PILOT, ReuseModel.OPEN_SOURCE, null,
                        null, null, List.of(), null, null)));
        String key = given().get("/api/booths/" + slug).then().extract().path("services[0].key");
        Map<String, Object> request = Map.of("organisation", "Gemeinde Bericht", "organisationType", "it-dienstleister",
                "consent", true);
        int adopted = as(TestUsers.visitor()).body(request).post("/api/booths/" + slug + "/services/" + key + "/reuse-requests")
                .then().statusCode(201).extract().path("id");
        int agreed = as(TestUsers.visitor()).body(request).post("/api/booths/" + slug + "/services/" + key + "/reuse-requests")
                .then().statusCode(201).extract().path("id");
        as(TestUsers.visitor()).body(request).post("/api/booths/" + slug + "/services/" + key + "/reuse-requests")
                .then().statusCode(201);
        move(adopted, "im-gespraech", "vereinbarung", "in-einfuehrung", "nachgenutzt");
        move(agreed, "im-gespraech", "vereinbarung");

        as(TestUsers.admin()).get("/api/admin/reuse-report").then().statusCode(200)
                .body("edition", equalTo(edition))
                .body("total.services", equalTo(2))
                .body("total.requests", equalTo(3))
                .body("total.agreements", equalTo(2))
                .body("total.adoptions", equalTo(1))
                .body("total.medianDaysToAdoption", notNullValue())
                .body("byRegion.find { it.key == 'paderborn' }.requests", equalTo(3))
                .body("byTopicField.find { it.key == 'gesundheit' }.services", equalTo(1))
                .body("byTopicField.find { it.key == 'gesundheit' }.adoptions", equalTo(1))
                .body("byTopicField.find { it.key == 'bildung' }.requests", equalTo(0));
        as(TestUsers.admin()).get("/api/admin/exports/reuse-report.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("\uFEFFDimension;Schlüssel;Bezeichnung;Dienste;Anfragen;Vereinbarungen;Nachnutzungen;"))
                .body(containsString("gesamt;total;;2;3;2;1;"));
        as(TestUsers.admin()).header("Accept-Language", "en").get("/api/admin/exports/reuse-report.csv").then()
                .body(startsWith("\uFEFFdimension;key;label;services;requests;agreements;adoptions;"));

        as(TestUsers.exhibitorSoest()).get("/api/admin/reuse-report").then().statusCode(403);
        as(TestUsers.visitor()).get("/api/admin/exports/reuse-report.csv").then().statusCode(403);
        as(null).get("/api/admin/reuse-report").then().statusCode(401);
    }

    private static void move(int id, String... statuses) {
        for (String status : statuses) {
            int version = as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then().extract().path("version");
            as(TestUsers.exhibitorSoest()).body(Map.of("version", version, "status", status))
                    .put("/api/reuse-requests/" + id + "/handling").then().statusCode(200);
        }
    }
}
