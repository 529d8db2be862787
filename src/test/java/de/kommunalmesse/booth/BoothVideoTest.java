package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoothVideoTest {

    static final String VTT = "WEBVTT\n\n00:00.500 --> 00:04.000\nWillkommen an unserem Stand.\n";

    @Inject
    TestData data;

    static ValidatableResponse uploadCaptions(String token, String slug, String fileName, byte[] bytes) {
        return given().auth().oauth2(token).multiPart("file", fileName, bytes, "text/vtt")
                .post("/api/booths/" + slug + "/video-captions").then();
    }

    static Map<String, Object> video(String url, Object captionsId, String captionsUrl) {
        Map<String, Object> video = new HashMap<>();
        video.put("url", url);
        video.put("captionsId", captionsId);
        video.put("captionsUrl", captionsUrl);
        video.put("title", "Der Stand in einer Minute");
        video.put("description", "Mit Untertiteln.");
        return video;
    }

    static ValidatableResponse save(String token, String slug, Map<String, Object> video) {
        Map<String, Object> content = content("Stand mit Video");
        content.put("video", video);
        return as(token).body(draft(-1, content)).put("/api/booths/" + slug + "/draft").then();
    }

    @Test
    void videoWithUploadedCaptionsIsPublishedWithTheBooth() {
        String slug = data.ownBooth();
        int captions = uploadCaptions(TestUsers.exhibitorSoest(), slug, "untertitel.vtt", VTT.getBytes(StandardCharsets.UTF_8))
                .statusCode(201).body("cueCount", equalTo(1)).body("fileName", equalTo("untertitel.vtt"))
                .extract().path("id");
        String captionsUrl = "/api/booths/" + slug + "/video-captions/" + captions;
        // Not public before the booth shows it
        given().get(captionsUrl).then().statusCode(404);
        as(TestUsers.exhibitorSoest()).get(captionsUrl).then().statusCode(200).contentType(startsWith("text/vtt"));

        int version = save(TestUsers.exhibitorSoest(), slug, video("/media/demo/aufzeichnung.m3u8", captions, null))
                .statusCode(200).body("content.video.captionsId", equalTo(captions))
                .body("uploadedCaptions", hasSize(1)).extract().path("version");
        given().get("/api/booths/" + slug).then().statusCode(200).body("video", nullValue());
        version = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);

        given().get("/api/booths/" + slug).then().statusCode(200)
                .body("video.url", equalTo("/media/demo/aufzeichnung.m3u8"))
                .body("video.kind", equalTo("hls"))
                .body("video.captionsUrl", equalTo(captionsUrl))
                .body("video.title", equalTo("Der Stand in einer Minute"))
                .body("video.description", equalTo("Mit Untertiteln."));
        String vtt = given().get(captionsUrl).then().statusCode(200).contentType(startsWith("text/vtt"))
                .header("X-Content-Type-Options", equalTo("nosniff")).extract().asString();
        assertEquals(VTT, vtt);
    }

    @Test
    void videoFileWithCaptionsAddressOnAnotherHostIsAllowedByThePolicyOncePublished() {
        String slug = data.ownBooth();
        String host = "https://video-" + data.unique() + ".example.org";
        int version = save(TestUsers.exhibitorSoest(), slug, video(host + "/stand.mp4?v=2", null, host + "/stand.de.vtt"))
                .statusCode(200).extract().path("version");
        given().get("/stand/" + slug).then().header("Content-Security-Policy", not(containsString(host)));
        version = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);

        given().get("/api/booths/" + slug).then().body("video.kind", equalTo("file"))
                .body("video.captionsUrl", equalTo(host + "/stand.de.vtt"));
        given().get("/stand/" + slug).then().header("Content-Security-Policy", containsString("media-src 'self' blob: data:"))
                .header("Content-Security-Policy", containsString(host));
    }

    @Test
    void badVideoAddressIsRefusedNamingTheField() {
        String slug = data.ownBooth();
        for (String bad : new String[] { "http://video.example.org/stand.mp4", "javascript:alert(1)//.mp4",
                "//video.example.org/stand.m3u8", "https://video.example.org/stand.avi", "stand.mp4" }) {
            save(TestUsers.exhibitorSoest(), slug, video(bad, null, "/untertitel.vtt"))
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:kommunalmesse:problem:booth-video"))
                    .body("errors[0].field", equalTo("content.video.url"));
        }
        save(TestUsers.exhibitorSoest(), slug, video("https://video.example.org/stand.mp4", null, "https://video.example.org/stand.srt"))
                .statusCode(400).body("errors[0].field", equalTo("content.video.captionsUrl"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("content.video", nullValue());
    }

    @Test
    void videoWithoutCaptionsOrTitleIsRefused() {
        String slug = data.ownBooth();
        save(TestUsers.exhibitorSoest(), slug, video("/media/demo/aufzeichnung.m3u8", null, " "))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.video.captionsUrl"))
                .body("detail", containsString("Untertitel"));
        Map<String, Object> untitled = video("/media/demo/aufzeichnung.m3u8", null, "/untertitel.vtt");
        untitled.put("title", "");
        save(TestUsers.exhibitorSoest(), slug, untitled)
                .statusCode(400).body("errors[0].field", equalTo("content.video.title"));
    }

    @Test
    void captionsOfAnotherBoothAreRefused() {
        String foreign = data.foreignBooth();
        int captions = uploadCaptions(TestUsers.admin(), foreign, "fremd.vtt", VTT.getBytes(StandardCharsets.UTF_8))
                .statusCode(201).extract().path("id");
        save(TestUsers.exhibitorSoest(), data.ownBooth(), video("/media/demo/aufzeichnung.m3u8", captions, null))
                .statusCode(400).body("errors[0].field", equalTo("content.video.captionsId"));
    }

    @Test
    void badCaptionsFilesAreRefused() {
        String slug = data.ownBooth();
        uploadCaptions(TestUsers.exhibitorSoest(), slug, "untertitel.srt",
                "1\n00:00:01,000 --> 00:00:04,000\nHallo\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).contentType("application/problem+json");
        uploadCaptions(TestUsers.exhibitorSoest(), slug, "kaputt.vtt",
                "WEBVTT\n\n00:01 --> 00:04\nHallo\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:webvtt"))
                .body("errors[0].line", equalTo(3));
        byte[] big = Arrays.copyOf(VTT.getBytes(StandardCharsets.UTF_8), 1024 * 1024 + 1);
        uploadCaptions(TestUsers.exhibitorSoest(), slug, "gross.vtt", big).statusCode(413);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedCaptions", hasSize(0));
    }

    @Test
    void onlyTheBoothsLeadsAndAdminsSetAVideo() {
        String foreign = data.foreignBooth();
        byte[] vtt = VTT.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> video = video("/media/demo/aufzeichnung.m3u8", null, "/untertitel.vtt");
        save(TestUsers.exhibitorSoest(), foreign, video).statusCode(403);
        save(TestUsers.visitor(), foreign, video).statusCode(403);
        uploadCaptions(TestUsers.exhibitorSoest(), foreign, "u.vtt", vtt).statusCode(403);
        uploadCaptions(TestUsers.visitor(), foreign, "u.vtt", vtt).statusCode(403);
        given().multiPart("file", "u.vtt", vtt, "text/vtt").post("/api/booths/" + foreign + "/video-captions")
                .then().statusCode(401);
        Map<String, Object> content = content("Anonym");
        content.put("video", video);
        given().contentType("application/json").body(draft(-1, content)).put("/api/booths/" + foreign + "/draft")
                .then().statusCode(401);
        int captions = uploadCaptions(TestUsers.admin(), foreign, "u.vtt", vtt).statusCode(201).extract().path("id");
        // Uploaded but not shown: hidden from other exhibitors and visitors
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + foreign + "/video-captions/" + captions).then().statusCode(404);
        save(TestUsers.admin(), foreign, video).statusCode(200);
    }
}
