package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

@QuarkusTest
class PublicCodeTest {

    @Inject
    TestData data;

    private static String file(String name) throws IOException {
        try (InputStream in = PublicCodeTest.class.getResourceAsStream("/publiccode/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RequestSpecification yaml(String token, String body) {
        return given().auth().oauth2(token).contentType("application/yaml; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void minimalValidFileGoesIntoTheWorkingCopyNotIntoTheHall() throws IOException {
        String slug = data.ownBooth();
        yaml(TestUsers.exhibitorSoest(), file("minimal.yml")).post("/api/booths/" + slug + "/services/publiccode")
                .then().statusCode(200)
                .body("service", equalTo("Terminbuchung Bürgerbüro"))
                .body("unmapped", hasItems("platforms", "softwareType", "localisation", "maintenance.type",
                        "description.de.features"))
                .body("unmapped", not(hasItem("legal.license")))
                .body("draft.workflowState", equalTo("editing"))
                .body("draft.content.services.name", hasItem("Terminbuchung Bürgerbüro"))
                .body("draft.content.services.find { it.name == 'Terminbuchung Bürgerbüro' }.maturity", equalTo("produktiv"))
                .body("draft.content.services.find { it.name == 'Terminbuchung Bürgerbüro' }.codeUrl",
                        equalTo("https://example.org/kommune/terminbuchung.git"))
                .body("draft.content.services.find { it.name == 'Terminbuchung Bürgerbüro' }.profile.spdxLicence",
                        equalTo("EUPL-1.2"))
                .body("draft.content.services.find { it.name == 'Terminbuchung Bürgerbüro' }.profile.reuseContact",
                        equalTo("Team Terminbuchung, termine@example.org"))
                .body("draft.content.services.find { it.name == 'Terminbuchung Bürgerbüro' }.summary",
                        containsString("Online-Termine für das Bürgerbüro"));
        given().get("/api/booths/" + slug).then().body("services.name", not(hasItem("Terminbuchung Bürgerbüro")));
    }

    @Test
    void brokenFilesAreRefusedWithLineAndKeyAndNothingIsSaved() throws IOException {
        String slug = data.ownBooth();
        String path = "/api/booths/" + slug + "/services/publiccode";
        int before = as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().extract().path("version");

        yaml(TestUsers.exhibitorSoest(), file("broken-yaml.yml")).post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("publiccode.yml nicht übernommen"))
                .body("errors[0].line", equalTo(7))
                .body("errors[0].message", containsString("end of stream"));
        yaml(TestUsers.exhibitorSoest(), file("old-version.yml")).post(path).then().statusCode(400)
                .body("detail", containsString("„0.2“"))
                .body("errors.field", contains("publiccodeYmlVersion"))
                .body("errors[0].line", equalTo(1));
        yaml(TestUsers.exhibitorSoest(), file("invalid-fields.yml")).header("Accept-Language", "en").post(path)
                .then().statusCode(400)
                .body("errors.field", hasItems("name", "url", "developmentStatus", "description.de.shortDescription",
                        "legal.license", "usedBy", "platforms", "softwareType", "localisation"))
                .body("errors.find { it.field == 'url' }.line", equalTo(2))
                .body("errors.find { it.field == 'developmentStatus' }.line", equalTo(3))
                .body("errors.find { it.field == 'legal.license' }.line", equalTo(8))
                .body("errors.find { it.field == 'legal.license' }.message", containsString("SPDX"))
                .body("errors.find { it.field == 'usedBy' }.line", equalTo(11));
        yaml(TestUsers.exhibitorSoest(), "").post(path).then().statusCode(400);
        yaml(TestUsers.exhibitorSoest(), "- nur\n- eine Liste\n").post(path).then().statusCode(400);

        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("version", equalTo(before));
    }

    @Test
    void onlyTheBoothTeamImports() throws IOException {
        String slug = data.ownBooth();
        yaml(TestUsers.visitor(), file("minimal.yml")).post("/api/booths/" + slug + "/services/publiccode")
                .then().statusCode(403);
        given().contentType("application/yaml").body(file("minimal.yml").getBytes(StandardCharsets.UTF_8)).post("/api/booths/" + slug + "/services/publiccode")
                .then().statusCode(401);
        yaml(TestUsers.exhibitorSoest(), file("minimal.yml")).post("/api/booths/" + data.foreignBooth() + "/services/publiccode")
                .then().statusCode(403);
        given().get("/api/booths/" + slug + "/services/gibt-es-nicht/publiccode.yml").then().statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportIsValidUnderVersion04WithConfirmedAdoptersAndImportsBackTheSame() {
        String term = data.unique();
        String exhibitor = data.exhibitor("pc-" + term, "soest", "aussteller-soest");
        String slug = data.booth("pc-" + term, exhibitor, "Publiccode " + term, List.of("bauen-wohnen"),
                List.of(new BoothContent.Service("Bauantrag " + term, "Digitaler Bauantrag.", "bauen-wohnen",
                        Maturity.PILOT, ReuseModel.OPEN_SOURCE, null, "https://example.org/code/bauantrag", "Java",
                        List.of(), null, new ReuseProfile(3, null, true, false, null, List.of(), "EUPL-1.2",
                                OperatingModel.SAAS, CostModel.FREE, null, "FIT-Connect", "bau@example.org"))));
        String key = given().get("/api/booths/" + slug).then().extract().path("services[0].key");
        int id = as(TestUsers.visitor()).body(Map.of("organisation", "Gemeinde Export", "organisationType", "kommune",
                "ags", "05974028", "consent", true)).post("/api/booths/" + slug + "/services/" + key + "/reuse-requests")
                .then().statusCode(201).extract().path("id");
        for (String status : List.of("im-gespraech", "vereinbarung", "in-einfuehrung", "nachgenutzt")) {
            int version = as(TestUsers.exhibitorSoest()).get("/api/reuse-requests/" + id).then().extract().path("version");
            as(TestUsers.exhibitorSoest()).body(Map.of("version", version, "status", status))
                    .put("/api/reuse-requests/" + id + "/handling").then().statusCode(200);
        }
        as(TestUsers.visitor()).post("/api/reuse-requests/" + id + "/confirm").then().statusCode(200);

        String exported = given().get("/api/booths/" + slug + "/services/" + key + "/publiccode.yml").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asString();
        Map<String, Object> file = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(exported);
        assertEquals("0.4", file.get("publiccodeYmlVersion"));
        assertEquals("https://example.org/code/bauantrag", file.get("url"));
        assertEquals(List.of("Gemeinde Export"), file.get("usedBy"));
        assertEquals("beta", file.get("developmentStatus"));
        for (String mandatory : List.of("name", "platforms", "softwareType", "releaseDate", "legal", "maintenance",
                "localisation", "description")) {
            assertTrue(file.containsKey(mandatory), mandatory + " is mandatory in 0.4");
        }
        Map<String, Object> german = (Map<String, Object>) ((Map<String, Object>) file.get("description")).get("de");
        assertTrue(((String) german.get("shortDescription")).length() <= 150);
        assertTrue(((String) german.get("longDescription")).length() >= 150, "0.4 asks for 150 characters at least");
        assertEquals("EUPL-1.2", ((Map<String, Object>) file.get("legal")).get("license"));

        String other = data.ownBooth();
        yaml(TestUsers.exhibitorSoest(), exported).post("/api/booths/" + other + "/services/publiccode")
                .then().statusCode(200)
                .body("draft.content.services.find { it.name == 'Bauantrag " + term + "' }.maturity", equalTo("pilot"))
                .body("draft.content.services.find { it.name == 'Bauantrag " + term + "' }.codeUrl",
                        equalTo("https://example.org/code/bauantrag"))
                .body("draft.content.services.find { it.name == 'Bauantrag " + term + "' }.profile.spdxLicence",
                        equalTo("EUPL-1.2"))
                .body("draft.content.services.find { it.name == 'Bauantrag " + term + "' }.adopters",
                        contains("Gemeinde Export"))
                .body("draft.content.services.find { it.name == 'Bauantrag " + term + "' }.profile.reuseContact",
                        equalTo("bau@example.org"))
                .body("unmapped", hasSize(org.hamcrest.Matchers.greaterThan(0)));
    }
}
