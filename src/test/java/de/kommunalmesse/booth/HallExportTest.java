package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.common.CsvText;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class HallExportTest {

    @Inject
    TestData data;

    @Test
    void adminExportsBoothsAndServicesAsCsv() {
        String term = data.unique();
        data.booth("csv-" + term, data.exhibitor("csv-" + term, "soest"), "=HYPERLINK(\"böse\"); Stand " + term,
                List.of("umwelt"), List.of(new BoothContent.Service("Dienst; mit Semikolon " + term, null, null,
                        Maturity.IDEE, ReuseModel.KONZEPT, null, null, null, List.of(), null,
                        new ReuseProfile(3, null, true, false, null, List.of("99050012104000", "99050012104001"), "EUPL-1.2",
                                OperatingModel.SAAS, CostModel.COST_SHARING, "Anteil an den Betriebskosten", null, null))));
        as(TestUsers.admin()).get("/api/admin/exports/booths.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("staende.csv"))
                .body(containsString("\"'=HYPERLINK(\"\"böse\"\"); Stand " + term + "\""));
        as(TestUsers.admin()).get("/api/admin/exports/services.csv")
                .then().statusCode(200)
                .body(containsString("\"Dienst; mit Semikolon " + term + "\";"))
                .body(containsString(";idee;konzept;"))
                .body(containsString(";3;1.1;true;false;;99050012104000, 99050012104001;EUPL-1.2;saas;cost-sharing;"
                        + "Anteil an den Betriebskosten;;\r\n"));
    }

    @Test
    void headerRowIsGermanUnlessEnglishIsAsked() {
        data.currentEdition();
        as(TestUsers.admin()).get("/api/admin/exports/booths.csv")
                .then().statusCode(200)
                .body(startsWith("\uFEFFKennung;Name;Aussteller;Art der Organisation;Modellregion;Status;Themenfelder;"));
        as(TestUsers.admin()).header("Accept-Language", "en").get("/api/admin/exports/booths.csv")
                .then().statusCode(200)
                .body(startsWith("\uFEFFSlug;Name;Exhibitor;Organisation type;Model region;Status;Topic fields;"));
        as(TestUsers.admin()).get("/api/admin/exports/services.csv")
                .then().statusCode(200)
                .body(startsWith("\uFEFFStand (Kennung);Aussteller;Name;Kurzbeschreibung;Themenfeld;Entwicklungsstand;"));
        as(TestUsers.admin()).header("Accept-Language", "en-GB,en;q=0.9").get("/api/admin/exports/services.csv")
                .then().statusCode(200)
                .body(startsWith("\uFEFFBooth (slug);Exhibitor;Name;Summary;Topic field;Development stage;"));
    }

    @Test
    void onlyAdminsExport() {
        as(TestUsers.exhibitorSoest()).get("/api/admin/exports/booths.csv").then().statusCode(403);
        as(TestUsers.visitor()).get("/api/admin/exports/services.csv").then().statusCode(403);
        as(null).get("/api/admin/exports/booths.csv").then().statusCode(401);
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertEquals("'=1+1", CsvText.cell("=1+1"));
        assertEquals("\"a;b\"", CsvText.cell("a;b"));
        assertEquals("", CsvText.cell(null));
    }
}
