package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MaterialTest {

    @Inject
    TestData data;

    static ValidatableResponse upload(String token, String slug, String fileName, byte[] bytes, String declaredType) {
        return given().auth().oauth2(token)
                .multiPart("file", fileName, bytes, declaredType)
                .multiPart("title", "Flyer zum Service")
                .post("/api/booths/" + slug + "/materials").then();
    }

    @Test
    void pdfIsStoredWithChecksumAndPublishedWithTheBooth() throws Exception {
        String slug = data.ownBooth();
        int id = upload(TestUsers.exhibitorSoest(), slug, "flyer.pdf", TestFiles.PDF, "application/pdf")
                .statusCode(201)
                .body("kind", equalTo("document"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(TestFiles.PDF.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TestFiles.PDF))))
                .extract().path("id");
        String url = "/api/booths/" + slug + "/materials/" + id;
        given().get(url).then().statusCode(404);

        Map<String, Object> content = content("Mit Flyer");
        content.put("materials", List.of(Map.of("id", id, "title", "Flyer (PDF)")));
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(200).extract().path("version");
        version = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);

        given().get("/api/booths/" + slug).then().body("materials", hasSize(1))
                .body("materials[0].title", equalTo("Flyer (PDF)"));
        byte[] downloaded = given().get(url).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(TestFiles.PDF, downloaded);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/stats").then().body("totalDownloads", equalTo(1));
    }

    @Test
    void programRenamedToPdfIsRefused() {
        String slug = data.ownBooth();
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), 200);
        upload(TestUsers.exhibitorSoest(), slug, "rechnung.pdf", exe, "application/pdf")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("rechnung.pdf"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedMaterials", hasSize(0));
    }

    @Test
    void imageIsRecognisedWhateverItsName() {
        String slug = data.ownBooth();
        upload(TestUsers.exhibitorSoest(), slug, "logo.pdf", TestFiles.PNG, "application/pdf")
                .statusCode(201).body("kind", equalTo("image")).body("mediaType", equalTo("image/png"))
                .body("fileName", equalTo("logo.png"));
    }

    @Test
    void fileOver25MegabytesIsRefused() {
        String slug = data.ownBooth();
        byte[] big = Arrays.copyOf(TestFiles.PDF, 25 * 1024 * 1024 + 1);
        upload(TestUsers.exhibitorSoest(), slug, "gross.pdf", big, "application/pdf")
                .statusCode(413)
                .contentType("application/problem+json");
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedMaterials", hasSize(0));
    }

    @Test
    void onlyTheBoothsEditorsMayUpload() {
        String foreign = data.foreignBooth();
        upload(TestUsers.exhibitorSoest(), foreign, "flyer.pdf", TestFiles.PDF, "application/pdf").statusCode(403);
        upload(TestUsers.visitor(), foreign, "flyer.pdf", TestFiles.PDF, "application/pdf").statusCode(403);
        given().multiPart("file", "flyer.pdf", TestFiles.PDF, "application/pdf").post("/api/booths/" + foreign + "/materials")
                .then().statusCode(401);
        upload(TestUsers.admin(), foreign, "flyer.pdf", TestFiles.PDF, "application/pdf").statusCode(201);
    }

    @Test
    void logoMustBeAnImageOfTheBooth() {
        String slug = data.ownBooth();
        int pdf = upload(TestUsers.exhibitorSoest(), slug, "flyer.pdf", TestFiles.PDF, "application/pdf").statusCode(201)
                .extract().path("id");
        Map<String, Object> content = content("Logo falsch");
        content.put("logoId", pdf);
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:not-an-image"));
    }

    @Test
    void hallCardShowsTheLogoOnceApproved() {
        String slug = data.ownBooth();
        String word = slug.substring("eigen-".length());
        int logo = upload(TestUsers.exhibitorSoest(), slug, "logo.png", TestFiles.PNG, "image/png").statusCode(201)
                .extract().path("id");
        Map<String, Object> content = content("Logostand " + word);
        content.put("logoId", logo);
        content.put("logoAlt", "Wappen: silberner Schlüssel auf Rot");
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(200).extract().path("version");
        String card = "items.find { it.slug == '" + slug + "' }";
        given().queryParam("q", word).get("/api/booths").then().statusCode(200)
                .body(card + ".slug", equalTo(slug))
                .body(card + ".logoUrl", nullValue());

        version = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);

        String url = "/api/booths/" + slug + "/materials/" + logo;
        given().queryParam("q", word).get("/api/booths").then().statusCode(200).body(card + ".logoUrl", equalTo(url));
        given().get(url).then().statusCode(200).contentType("image/png");
        given().get("/api/booths/" + slug).then().body("logoAlt", equalTo("Wappen: silberner Schlüssel auf Rot"))
                .body("bannerAlt", nullValue());
    }

    @Test
    void logoAndBannerNeedAnAlternativeText() {
        String slug = data.ownBooth();
        int image = upload(TestUsers.exhibitorSoest(), slug, "bild.png", TestFiles.PNG, "image/png").statusCode(201)
                .extract().path("id");
        Map<String, Object> content = content("Ohne Alternativtext");
        content.put("logoId", image);
        content.put("logoAlt", "  ");
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.logoAlt"))
                .body("detail", containsString("Alternativtext"));

        content.put("logoAlt", "Logo des Kreises");
        content.put("bannerId", image);
        as(TestUsers.exhibitorSoest()).header("Accept-Language", "en").body(draft(-1, content))
                .put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).body("errors[0].field", equalTo("content.bannerAlt"))
                .body("detail", containsString("alternative text"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("content.logoId", nullValue());

        content.put("bannerAlt", "Rathaus am Markt");
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft").then().statusCode(200)
                .body("content.logoAlt", equalTo("Logo des Kreises")).body("content.bannerAlt", equalTo("Rathaus am Markt"));
    }
}
