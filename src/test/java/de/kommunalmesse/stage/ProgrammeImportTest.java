package de.kommunalmesse.stage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeImportTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    /** A series that is current, with the sample's two days and its rooms as stages. */
    private long[] currentSeries(LocalDate first) {
        long series = data.series("import-" + data.unique());
        long day1 = data.eventDay(series, first, "aachen");
        long day2 = data.eventDay(series, first.plusDays(1), "soest");
        programme.createStage(series, new NewStage("hauptbuehne", "Hauptbühne"));
        programme.createStage(series, new NewStage("forum", "Fachforum"));
        return new long[] { day1, day2 };
    }

    private static String sample() throws IOException {
        try (InputStream in = ProgrammeImportTest.class.getResourceAsStream("/import/pretalx-schedule.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pretalxScheduleComesInAsItIsAndAgainWithoutDuplicates() throws IOException {
        long[] days = currentSeries(LocalDate.of(2030, 3, 25));
        given().auth().oauth2(TestUsers.admin()).contentType("application/json").body(sample())
                .queryParam("dryRun", true).post("/api/admin/programme/import")
                .then().statusCode(200).body("dryRun", equalTo(true)).body("talks", equalTo(4)).body("created", equalTo(0));
        given().queryParam("day", days[0]).get("/api/talks").then().body("$", empty());

        given().auth().oauth2(TestUsers.admin()).contentType("application/json").body(sample())
                .post("/api/admin/programme/import")
                .then().statusCode(200).body("created", equalTo(4)).body("updated", equalTo(0));
        given().queryParam("day", days[0]).get("/api/talks")
                .then().statusCode(200)
                .body("title", contains("Grußwort des Landes", "Eine regionale Gesundheitsplattform, die andere nachnutzen können",
                        "Workshop: Mobilitätsdaten offen bereitstellen"))
                .body("type", contains("grusswort", "fachbeitrag", "workshop"))
                .body("[1].start", equalTo("2030-03-25T09:30:00+01:00"))
                .body("[1].end", equalTo("2030-03-25T10:15:00+01:00"))
                .body("[1].topicField.code", equalTo("gesundheit"))
                .body("[1].speakers.name", contains("Dr. Theresa Brökelmann", "Murat Yılmaz"))
                .body("[2].stage.key", equalTo("forum"))
                .body("[2].topicField.code", equalTo("mobilitaet-reisen"));
        given().queryParam("day", days[1]).get("/api/talks").then().body("type", contains("podium"));

        given().auth().oauth2(TestUsers.admin()).contentType("application/json").body(sample())
                .post("/api/admin/programme/import")
                .then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(4));
        given().queryParam("day", days[0]).get("/api/talks").then().body("$", hasSize(3));
    }

    @Test
    void csvWithErrorsIsRefusedWithLineAndFieldAndNothingIsApplied() {
        long[] days = currentSeries(LocalDate.of(2031, 5, 5));
        String csv = String.join("\n",
                "datum;buehne;beginn;ende;art;titel;zusammenfassung;themenfeld;sprache;referierende",
                "2031-05-05;Hauptbühne;10:00;10:30;Fachbeitrag;Gut;Text;Gesundheit;de;Jana Beispiel (Stadt Beispielhausen, CDO)",
                "2031-05-05;Mondbühne;11:00;10:00;Party;;Text;Raumfahrt;fr;",
                "2031-06-01;forum;25:00;12:00;workshop;Falscher Tag;;;de;");
        given().auth().oauth2(TestUsers.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("format", "csv").post("/api/admin/programme/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:import"))
                .body("errors.findAll { it.line == 3 }.field",
                        containsInAnyOrder("buehne", "ende", "art", "titel", "themenfeld", "sprache"))
                .body("errors.findAll { it.line == 4 }.field", containsInAnyOrder("datum", "beginn"))
                .body("errors.findAll { it.line == 2 }", empty());
        given().queryParam("day", days[0]).get("/api/talks").then().body("$", empty());
    }

    @Test
    void validCsvIsApplied() {
        long[] days = currentSeries(LocalDate.of(2031, 6, 2));
        String csv = "\uFEFFdatum,buehne,beginn,ende,art,titel,zusammenfassung,themenfeld,sprache,referierende,id\n"
                + "2031-06-02,forum,14:00,14:45,Workshop,\"Daten, offen\",\"Mit \"\"Zitat\"\"\",umwelt,de,"
                + "\"Jana Westhoff (Kreis Lippe, Open Data) | Murat Yılmaz\",w1\n";
        given().auth().oauth2(TestUsers.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("format", "csv").post("/api/admin/programme/import")
                .then().statusCode(200).body("created", equalTo(1));
        given().queryParam("day", days[0]).get("/api/talks")
                .then().body("title", contains("Daten, offen"))
                .body("[0].speakers[0].organisation", equalTo("Kreis Lippe"))
                .body("[0].speakers[0].role", equalTo("Open Data"))
                .body("[0].speakers.name", hasItem("Murat Yılmaz"));
    }

    @Test
    void onlyAdminsImportAndGarbageIsRefused() {
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType("application/json").body("{}")
                .post("/api/admin/programme/import").then().statusCode(403);
        given().contentType("application/json").body("{}").post("/api/admin/programme/import").then().statusCode(401);
        given().auth().oauth2(TestUsers.admin()).contentType("application/json").body("{\"not\": \"pretalx\"}")
                .post("/api/admin/programme/import")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:import"));
        given().auth().oauth2(TestUsers.admin()).contentType("text/csv; charset=UTF-8").body("titel\nNur Titel")
                .queryParam("format", "csv").post("/api/admin/programme/import")
                .then().statusCode(400).body("errors[0].field", equalTo("datum"));
    }
}
