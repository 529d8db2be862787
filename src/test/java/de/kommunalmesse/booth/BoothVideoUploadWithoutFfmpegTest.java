package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server without ffmpeg takes no video uploads: it says so instead of keeping a file it cannot convert. */
@QuarkusTest
@TestProfile(BoothVideoUploadWithoutFfmpegTest.NoFfmpeg.class)
class BoothVideoUploadWithoutFfmpegTest {

    public static class NoFfmpeg implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kommunalmesse.video.ffmpeg", "/nonexistent/ffmpeg");
        }
    }

    @Inject
    TestData data;

    @Test
    void uploadIsRefusedWithoutFfmpeg() {
        String slug = data.ownBooth();
        byte[] mp4 = { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0 };
        given().auth().oauth2(TestUsers.exhibitorSoest()).header("Accept-Language", "de")
                .multiPart("file", "film.mp4", mp4, "video/mp4")
                .post("/api/booths/" + slug + "/video-uploads").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:unavailable"))
                .body("detail", containsString("ffmpeg"));
    }
}
