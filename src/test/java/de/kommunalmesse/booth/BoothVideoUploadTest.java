package de.kommunalmesse.booth;

import static de.kommunalmesse.testsupport.Api.as;
import static de.kommunalmesse.testsupport.Api.content;
import static de.kommunalmesse.testsupport.Api.draft;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploaded booth videos, transcoded by the ffmpeg of this machine (a one-second test picture with a tone). */
@QuarkusTest
class BoothVideoUploadTest {

    static byte[] mp4;

    @Inject
    TestData data;

    @BeforeAll
    static void makeVideo() throws Exception {
        Path folder = Files.createTempDirectory("booth-video-test");
        Path file = folder.resolve("stand.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostdin", "-y", "-f", "lavfi", "-i",
                "testsrc=size=320x240:rate=25", "-f", "lavfi", "-i", "sine=frequency=440", "-t", "1", "-c:v", "libx264",
                "-preset", "ultrafast", "-c:a", "aac", "-pix_fmt", "yuv420p", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, "ffmpeg makes the test video");
        mp4 = Files.readAllBytes(file);
        Files.delete(file);
        Files.delete(folder);
    }

    static ValidatableResponse upload(String token, String slug, String fileName, byte[] bytes) {
        return given().auth().oauth2(token).multiPart("file", fileName, bytes, "video/mp4")
                .post("/api/booths/" + slug + "/video-uploads").then();
    }

    /** Asks for the upload's state until the transcoding is over. */
    static ValidatableResponse awaitTranscoded(String slug, int id) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            String state = as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/video-uploads/" + id)
                    .then().statusCode(200).extract().path("state");
            if (!"processing".equals(state)) {
                break;
            }
            Thread.sleep(500);
        }
        return as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/video-uploads/" + id).then();
    }

    @Test
    void uploadedVideoIsTranscodedToHlsAndPublishedWithTheBooth() throws Exception {
        String slug = data.ownBooth();
        int id = upload(TestUsers.exhibitorSoest(), slug, "Stand Film.mp4", mp4).statusCode(201)
                .body("state", equalTo("processing")).body("playlistUrl", nullValue())
                .body("fileName", equalTo("Stand Film.mp4")).extract().path("id");
        String playlist = awaitTranscoded(slug, id).body("state", equalTo("ready")).body("error", nullValue())
                .extract().path("playlistUrl");
        assertEquals("/api/booths/" + slug + "/video-files/" + id + "/index.m3u8", playlist);
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedVideos", hasSize(1))
                .body("uploadedVideos[0].state", equalTo("ready"));

        // Before the booth shows it: its editors only
        given().get(playlist).then().statusCode(404);
        String m3u8 = as(TestUsers.exhibitorSoest()).get(playlist).then().statusCode(200)
                .contentType(startsWith("application/vnd.apple.mpegurl")).extract().asString();
        assertTrue(m3u8.startsWith("#EXTM3U") && m3u8.contains("#EXT-X-PLAYLIST-TYPE:VOD"), m3u8);
        String segment = m3u8.lines().filter(line -> line.endsWith(".ts")).findFirst().orElseThrow();

        Map<String, Object> video = new HashMap<>();
        video.put("url", playlist);
        video.put("captionsUrl", "/untertitel.vtt");
        video.put("title", "Der Stand in einer Sekunde");
        Map<String, Object> content = content("Stand mit hochgeladenem Video");
        content.put("video", video);
        int version = as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(200).extract().path("version");
        version = as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);

        given().get("/api/booths/" + slug).then().body("video.url", equalTo(playlist)).body("video.kind", equalTo("hls"));
        given().get(playlist).then().statusCode(200);
        byte[] ts = given().get(playlist.replace("index.m3u8", segment)).then().statusCode(200)
                .contentType("video/mp2t").extract().asByteArray();
        assertEquals(0x47, ts[0] & 0xFF, "an MPEG transport stream starts with its sync byte");
        given().get(playlist.replace("index.m3u8", "..%2Fsource")).then().statusCode(404);
    }

    @Test
    void videoNotTranscodedOrOfAnotherBoothIsRefusedAsAddress() {
        String slug = data.ownBooth();
        Map<String, Object> video = new HashMap<>();
        video.put("url", "/api/booths/" + slug + "/video-files/999999/index.m3u8");
        video.put("captionsUrl", "/untertitel.vtt");
        video.put("title", "Film");
        Map<String, Object> content = content("Fremdes Video");
        content.put("video", video);
        as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(400).body("errors[0].field", equalTo("content.video.url"))
                .body("detail", containsString("umgewandelt"));
    }

    @Test
    void otherFilesAndOversizedVideosAreRefused() {
        String slug = data.ownBooth();
        upload(TestUsers.exhibitorSoest(), slug, "film.mp4", "%PDF-1.4 kein Video".getBytes()).statusCode(415)
                .contentType("application/problem+json");
        byte[] big = Arrays.copyOf(mp4, 5 * 1024 * 1024 + 1);
        upload(TestUsers.exhibitorSoest(), slug, "gross.mp4", big).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("5 MB"));
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/draft").then().body("uploadedVideos", hasSize(0));
    }

    @Test
    void onlyTheBoothsLeadsAndAdminsUploadVideos() {
        String foreign = data.foreignBooth();
        upload(TestUsers.exhibitorSoest(), foreign, "film.mp4", mp4).statusCode(403);
        upload(TestUsers.visitor(), foreign, "film.mp4", mp4).statusCode(403);
        given().multiPart("file", "film.mp4", mp4, "video/mp4").post("/api/booths/" + foreign + "/video-uploads")
                .then().statusCode(401);
        int id = upload(TestUsers.admin(), foreign, "film.mp4", mp4).statusCode(201).extract().path("id");
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + foreign + "/video-uploads/" + id).then().statusCode(403);
    }
}
