package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.approve;
import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static de.kommunalmesse.testsupport.Api.publish;
import static de.kommunalmesse.testsupport.Api.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReuseProfileTest {

    @Inject
    TestData data;

    static Map<String, Object> profile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("ozgLevel", 3);
        profile.put("efa", true);
        profile.put("efaMarketplace", true);
        profile.put("efaMarketplaceUrl", "https://www.example.org/marktplatz/umzug");
        profile.put("serviceKeys", List.of("99115003001000"));
        profile.put("spdxLicence", "eupl-1.2");
        profile.put("operatingModel", "provider");
        profile.put("costModel", "cost-sharing");
        profile.put("costNote", "Anteil an den Betriebskosten nach Einwohnerzahl");
        profile.put("prerequisites", "FIT-Connect-Anbindung, Servicekonto");
        profile.put("reuseContact", "nachnutzung@example.org");
        return profile;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contentWith(String name, Map<String, Object> profile) {
        Map<String, Object> content = content(name);
        ((List<Map<String, Object>>) content.get("services")).get(0).put("profile", profile);
        return content;
    }


    @Test
    void reuseFactsGoThroughReviewOntoTheBoothPage() {
        String slug = data.ownBooth();
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Mit Profil", profile())))
                .put("/api/booths/" + slug + "/draft").then().statusCode(200).extract().path("version");
        given().get("/api/booths/" + slug).then().body("services", org.hamcrest.Matchers.empty());
        version = submit(slug, version);
        as(TestUsers.admin()).get("/api/booths/" + slug + "/review").then().statusCode(200)
                .body("proposed.services[0].profile.ozgLevel", equalTo(3))
                .body("proposed.services[0].profile.efa", equalTo(true));
        approve(slug, version);

        as(TestUsers.visitor()).get("/api/booths/" + slug).then().statusCode(200)
                .body("services[0].key", notNullValue())
                .body("services[0].maturity", equalTo("produktiv"))
                .body("services[0].profile.ozgLevel", equalTo(3))
                .body("services[0].profile.efaMarketplace", equalTo(true))
                .body("services[0].profile.efaMarketplaceUrl", equalTo("https://www.example.org/marktplatz/umzug"))
                .body("services[0].profile.serviceKeys", contains("99115003001000"))
                .body("services[0].profile.spdxLicence", equalTo("EUPL-1.2"))
                .body("services[0].profile.operatingModel", equalTo("provider"))
                .body("services[0].profile.costModel", equalTo("cost-sharing"))
                .body("services[0].profile.prerequisites", equalTo("FIT-Connect-Anbindung, Servicekonto"))
                .body("services[0].profile.reuseContact", equalTo("nachnutzung@example.org"));
        given().get("/api/booths/" + slug).then()
                .body("services[0].profile.ozgLevel", equalTo(3))
                .body("services[0].profile.reuseContact", nullValue());
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then()
                .body("content.services[0].profile.spdxLicence", equalTo("EUPL-1.2"));
    }

    @Test
    void servicesWithoutReuseFactsStayValid() {
        String slug = data.ownBooth();
        publish(slug, content("Ohne Profil"));
        given().get("/api/booths/" + slug).then().statusCode(200)
                .body("services[0].name", equalTo("Umzugsassistent Ohne Profil"))
                .body("services[0].profile.ozgLevel", nullValue())
                .body("services[0].profile.efa", nullValue())
                .body("services[0].profile.serviceKeys", org.hamcrest.Matchers.empty());
    }

    @Test
    void badReuseFactsAreRefusedFieldByFieldAndNothingIsSaved() {
        String slug = data.ownBooth();
        Map<String, Object> bad = profile();
        bad.put("ozgLevel", 5);
        bad.put("spdxLicence", "proprietär");
        bad.put("serviceKeys", List.of("99115003001000", "9911-5003"));
        bad.put("efa", false);
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Falsch", bad)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400)
                .contentType("application/problem+json")
                // level 5 without a model is one of model 1.1, which ends at 4
                .body("errors.field", hasItems("content.services[0].profile.ozgLevelInModel",
                        "content.services[0].profile.spdxLicence", "content.services[0].profile.serviceKeys[1]",
                        "content.services[0].profile.marketplaceConsistent"));
        as(TestUsers.exhibitorSoest()).header("Accept-Language", "en").body(draft(-1, contentWith("Falsch", bad)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400)
                .body("errors.find { it.field == 'content.services[0].profile.spdxLicence' }.message",
                        org.hamcrest.Matchers.containsString("SPDX"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then()
                .body("content.name", not(equalTo("Falsch")));

        Map<String, Object> wrongType = profile();
        wrongType.put("operatingModel", "cloud");
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Falsch", wrongType)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400);

        Map<String, Object> beyondModel2 = profile();
        beyondModel2.put("ozgModel", "2.0");
        beyondModel2.put("ozgLevel", 8);
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Falsch", beyondModel2)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400)
                .body("errors.field", hasItems("content.services[0].profile.ozgLevel"));
        Map<String, Object> unknownModel = profile();
        unknownModel.put("ozgModel", "3.0");
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Falsch", unknownModel)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(400).contentType("application/problem+json");
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then()
                .body("content.name", not(equalTo("Falsch")));
    }

    @Test
    void aLevelNamesItsMaturityModel() {
        String slug = data.ownBooth();
        Map<String, Object> model2 = profile();
        model2.put("ozgModel", "2.0");
        model2.put("ozgLevel", 6);
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Modell 2.0", model2)))
                .put("/api/booths/" + slug + "/draft").then().statusCode(200)
                .body("content.services[0].profile.ozgLevel", equalTo(6))
                .body("content.services[0].profile.ozgModel", equalTo("2.0"));

        // A client from before model 2.0 sends a level alone: it meant model 1.1
        Map<String, Object> levelAlone = profile();
        levelAlone.put("ozgLevel", 3);
        as(TestUsers.exhibitorSoest()).body(draft(-1, contentWith("Nur Stufe", levelAlone)))
                .put("/api/booths/" + data.ownBooth() + "/draft").then().statusCode(200)
                .body("content.services[0].profile.ozgModel", equalTo("1.1"));
    }

    @Test
    void hallFiltersByMaturityLevelEfaLicenceAndOperatingModel() {
        String term = data.unique();
        String exhibitor = data.exhibitor("profil-" + term, "soest");
        data.booth("hoch-" + term, exhibitor, "Hoch " + term, List.of("gesundheit"), List.of(service("Hoch " + term,
                new ReuseProfile(4, null, true, false, null, List.of(), "EUPL-1.2", OperatingModel.SAAS, CostModel.FREE, null,
                        null, null))));
        data.booth("tief-" + term, exhibitor, "Tief " + term, List.of("gesundheit"), List.of(service("Tief " + term,
                new ReuseProfile(2, null, false, false, null, List.of(), "MIT OR Apache-2.0", OperatingModel.SELF_HOSTED,
                        CostModel.LICENCE_FEE, null, null, null))));
        data.booth("leer-" + term, exhibitor, "Leer " + term, List.of("gesundheit"), List.of(service("Leer " + term, null)));
        data.booth("neu-" + term, exhibitor, "Neu " + term, List.of("gesundheit"), List.of(service("Neu " + term,
                new ReuseProfile(6, OzgModel.V2_0, null, null, null, List.of(), null, null, null, null, null, null))));

        // Levels of the two maturity models are not compared with each other
        given().queryParam("q", term).queryParam("ozgLevel", 3).get("/api/booths")
                .then().statusCode(200).body("items.name", contains("Hoch " + term));
        given().queryParam("q", term).queryParam("ozgLevel", 3).queryParam("ozgModel", "1.1").get("/api/booths")
                .then().statusCode(200).body("items.name", contains("Hoch " + term));
        given().queryParam("q", term).queryParam("ozgLevel", 5).queryParam("ozgModel", "2.0").get("/api/booths")
                .then().statusCode(200).body("items.name", contains("Neu " + term));
        given().queryParam("q", term).queryParam("ozgLevel", 7).queryParam("ozgModel", "2.0").get("/api/booths")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().queryParam("ozgLevel", 5).get("/api/booths").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("ozgLevel"))
                .body("title", equalTo("Reifegrad außerhalb des Modells"));
        given().queryParam("ozgLevel", 2).queryParam("ozgModel", "3.0").get("/api/booths").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("q", term).queryParam("efa", true).get("/api/booths")
                .then().body("items.name", contains("Hoch " + term));
        given().queryParam("q", term).queryParam("efa", false).queryParam("sort", "name").get("/api/booths")
                .then().body("items.name", contains("Leer " + term, "Neu " + term, "Tief " + term));
        given().queryParam("q", term).queryParam("licence", "apache-2.0").get("/api/booths")
                .then().body("items.name", contains("Tief " + term));
        given().queryParam("q", term).queryParam("operatingModel", "saas").get("/api/booths")
                .then().body("items.name", contains("Hoch " + term));
        given().queryParam("q", term).queryParam("operatingModel", "saas").queryParam("licence", "MIT").get("/api/booths")
                .then().body("items", org.hamcrest.Matchers.empty());

        given().queryParam("licence", "proprietär").get("/api/booths")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Unbekannte Lizenz"));
        given().queryParam("ozgLevel", 9).get("/api/booths").then().statusCode(400);
        given().queryParam("operatingModel", "cloud").get("/api/booths").then().statusCode(400);
    }

    private static BoothContent.Service service(String name, ReuseProfile profile) {
        return new BoothContent.Service(name, null, "gesundheit", Maturity.PRODUKTIV, ReuseModel.OPEN_SOURCE, null, null,
                null, List.of(), null, profile);
    }

    @Test
    void openApiDescribesTheReuseFactsAndFilters() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ReuseProfile.properties.ozgLevel.maximum", equalTo(7))
                .body("components.schemas.ReuseProfile.properties.ozgModel", notNullValue())
                .body("components.schemas.ReuseProfile.properties.spdxLicence", notNullValue())
                .body("paths.'/api/booths'.get.parameters.name", hasItems("ozgLevel", "ozgModel", "efa", "licence", "operatingModel"));
    }
}
