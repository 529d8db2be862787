package de.kommunalmesse.fair;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fair's images and branding: uploads checked by content, colours refused below 4.5:1 contrast. */
@QuarkusTest
class BrandingTest {

    private static final byte[] IMAGE = TestFiles.png(4, 3);

    static ValidatableResponse uploadImage(String token, String fileName, byte[] bytes) {
        var request = given().multiPart("file", fileName, bytes, "image/png");
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/images").then();
    }

    /** An image stored by an admin; returns its id. */
    static long image() {
        return uploadImage(TestUsers.admin(), "bild.png", IMAGE).statusCode(201)
                .body("mediaType", equalTo("image/png")).body("width", equalTo(4)).body("height", equalTo(3)).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> update(Long keyVisual, String alt, String primary, String accent,
            List<Map<String, Object>> logos) {
        Map<String, Object> body = new HashMap<>();
        body.put("keyVisualImageId", keyVisual);
        body.put("keyVisualAlt", alt);
        body.put("primaryColour", primary);
        body.put("accentColour", accent);
        body.put("logos", logos);
        body.put("version", given().get("/api/branding").then().extract().jsonPath().getLong("version"));
        return body;
    }

    @Test
    void adminUploadsAnImageThatEveryoneCanLoad() {
        long id = image();
        byte[] served = given().get("/api/images/" + id).then().statusCode(200)
                .header("Content-Type", "image/png").header("Cache-Control", containsString("immutable"))
                .extract().asByteArray();
        assertArrayEquals(IMAGE, served);
        given().get("/api/images/999999999").then().statusCode(404);
    }

    @Test
    void onlyAdminsUploadImages() {
        uploadImage(null, "bild.png", IMAGE).statusCode(401);
        uploadImage(TestUsers.visitor(), "bild.png", IMAGE).statusCode(403);
        uploadImage(TestUsers.exhibitorSoest(), "bild.png", IMAGE).statusCode(403);
    }

    @Test
    void anSvgOrARenamedFileIsNoImage() {
        uploadImage(TestUsers.admin(), "logo.png",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("detail", containsString("logo"));
        uploadImage(TestUsers.admin(), "folien.png", TestFiles.PDF).statusCode(415);
        // PNG signature, but no image behind it
        byte[] broken = Arrays.copyOf(IMAGE, 20);
        uploadImage(TestUsers.admin(), "kaputt.png", broken).statusCode(415);
        uploadImage(TestUsers.admin(), "breit.png", TestFiles.png(6001, 1)).statusCode(400)
                .body("detail", containsString("6000"));
    }

    @Test
    void adminSetsKeyVisualLogosAndColours() {
        long keyVisual = image();
        long partner = image();
        long organiser = image();
        as(TestUsers.admin()).body(update(keyVisual, "Messehalle mit Ständen", "#00566E", "#8a1538", List.of(
                Map.of("kind", "PARTNER", "imageId", partner, "alt", "Logo: Partner A", "link", "https://example.org/a"),
                Map.of("kind", "ORGANISER", "imageId", organiser, "alt", "Logo: Veranstalter"))))
                .put("/api/branding").then().statusCode(200);
        given().get("/api/branding").then().statusCode(200)
                .body("keyVisual.url", equalTo("/api/images/" + keyVisual))
                .body("keyVisual.alt", equalTo("Messehalle mit Ständen"))
                .body("primaryColour", equalTo("#00566e"))
                .body("accentColour", equalTo("#8a1538"))
                .body("partners.image.alt", contains("Logo: Partner A"))
                .body("partners.link", contains("https://example.org/a"))
                .body("organisers", hasSize(1));
    }

    @Test
    void aColourTooLightForTextIsRefusedNamingItsContrast() {
        String before = given().get("/api/branding").then().extract().jsonPath().getString("primaryColour");
        as(TestUsers.admin()).body(update(null, null, "#7fb2ff", null, List.of()))
                .header("Accept-Language", "de")
                .put("/api/branding").then().statusCode(400)
                .body("title", equalTo("Zu wenig Kontrast"))
                .body("detail", containsString("#7fb2ff"))
                .body("detail", containsString("1,97:1"))
                .body("errors[0].field", equalTo("primaryColour"));
        as(TestUsers.admin()).body(update(null, null, null, "#ffcc00", List.of()))
                .header("Accept-Language", "en")
                .put("/api/branding").then().statusCode(400)
                .body("detail", containsString("accent colour #ffcc00"));
        assertEquals(before, given().get("/api/branding").then().extract().jsonPath().getString("primaryColour"),
                "nothing was saved");
    }

    @Test
    void theContrastIsMeasuredAfterWcag() {
        assertEquals(21.0, Contrast.ratio("#000000", "#ffffff"), 0.001);
        assertEquals(4.54, Contrast.ratio("#767676", "#ffffff"), 0.01);
    }

    @Test
    void aKeyVisualNeedsAlternativeTextAndAKnownImage() {
        long keyVisual = image();
        as(TestUsers.admin()).body(update(keyVisual, " ", null, null, List.of()))
                .put("/api/branding").then().statusCode(400).body("errors[0].field", equalTo("keyVisualAlt"));
        as(TestUsers.admin()).body(update(999999999L, "Bild", null, null, List.of()))
                .put("/api/branding").then().statusCode(400).body("errors[0].field", equalTo("keyVisualImageId"));
        as(TestUsers.admin()).body(update(null, null, null, null,
                List.of(Map.of("kind", "PARTNER", "imageId", keyVisual, "alt", ""))))
                .put("/api/branding").then().statusCode(400);
    }

    @Test
    void onlyAdminsChangeTheBranding() {
        Map<String, Object> body = update(null, null, "#003a5c", null, List.of());
        as(null).body(body).put("/api/branding").then().statusCode(401);
        as(TestUsers.visitor()).body(body).put("/api/branding").then().statusCode(403);
        as(TestUsers.moderator()).body(body).put("/api/branding").then().statusCode(403);
    }

    @Test
    void aStaleVersionIsRefused() {
        Map<String, Object> body = update(null, null, null, null, List.of());
        body.put("version", -1);
        as(TestUsers.admin()).body(body).put("/api/branding").then().statusCode(409);
    }
}
