package de.kommunalmesse.accessibility;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignVideoTest {

    /** The start of an MP4 file: a "ftyp" box. */
    static final byte[] MP4 = { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm' };
    static final byte[] VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nHallo!\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void adminPutsAVideoWithCaptionsAndTranscriptIntoASlot() {
        given().auth().oauth2(TestUsers.admin())
                .multiPart("title", "Was ist die Kommunalmesse?")
                .multiPart("transcript", "Hallo! Das ist die Kommunalmesse.")
                .multiPart("durationSeconds", "95")
                .multiPart("video", "angebot.mp4", MP4, "video/mp4")
                .multiPart("captions", "angebot.vtt", VTT, "text/vtt")
                .put("/api/admin/accessibility/sign-videos/angebot")
                .then().statusCode(200)
                .body("slot", equalTo("angebot"))
                .body("videoUrl", equalTo("/api/accessibility/sign-videos/angebot/video"))
                .body("sizeBytes", equalTo(MP4.length))
                .body("durationSeconds", equalTo(95));

        given().get("/api/accessibility/sign-videos").then().statusCode(200)
                .body("find { it.slot == 'angebot' }.transcript", equalTo("Hallo! Das ist die Kommunalmesse."))
                .body("find { it.slot == 'angebot' }.captionsUrl", equalTo("/api/accessibility/sign-videos/angebot/captions"));
        byte[] video = given().get("/api/accessibility/sign-videos/angebot/video").then().statusCode(200)
                .contentType("video/mp4").extract().asByteArray();
        assertArrayEquals(MP4, video);
        String captions = given().get("/api/accessibility/sign-videos/angebot/captions").then().statusCode(200)
                .extract().asString();
        assertTrue(captions.startsWith("WEBVTT"));
    }

    @Test
    void aVideoNeedsCaptionsAndTheRightKindOfFile() {
        given().auth().oauth2(TestUsers.admin())
                .multiPart("title", "Mehr").multiPart("transcript", "Text")
                .multiPart("video", "weitere.mp4", MP4, "video/mp4")
                .put("/api/admin/accessibility/sign-videos/weitere")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.admin())
                .multiPart("title", "Mehr").multiPart("transcript", "Text")
                .multiPart("video", "weitere.mp4", "kein Video".getBytes(StandardCharsets.UTF_8), "video/mp4")
                .multiPart("captions", "weitere.vtt", VTT, "text/vtt")
                .put("/api/admin/accessibility/sign-videos/weitere")
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.admin())
                .multiPart("title", "Mehr").multiPart("transcript", "Text")
                .multiPart("captions", "weitere.vtt", "1\n00:00 Hallo".getBytes(StandardCharsets.UTF_8), "text/vtt")
                .put("/api/admin/accessibility/sign-videos/weitere")
                .then().statusCode(415);
        given().auth().oauth2(TestUsers.admin())
                .multiPart("title", "Mehr").multiPart("transcript", "Text")
                .put("/api/admin/accessibility/sign-videos/startseite")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/accessibility/sign-videos/weitere/video").then().statusCode(404);
    }

    @Test
    void onlyAdminsUploadSignVideos() {
        for (String user : List.of(TestUsers.visitor(), TestUsers.exhibitorSoest())) {
            given().auth().oauth2(user).multiPart("title", "x").multiPart("transcript", "y")
                    .put("/api/admin/accessibility/sign-videos/bedienung")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().multiPart("title", "x").multiPart("transcript", "y")
                .put("/api/admin/accessibility/sign-videos/bedienung").then().statusCode(401);
        as(null).get("/api/accessibility/sign-videos").then().statusCode(200);
    }
}
