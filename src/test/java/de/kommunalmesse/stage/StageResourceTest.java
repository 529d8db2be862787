package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.StageViews.LiveChanged;
import de.kommunalmesse.testsupport.LiveChangeRecorder;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageResourceTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    LiveChangeRecorder changes;

    private String stage() {
        String term = data.unique();
        long series = data.series("buehnen-" + term);
        String key = "stage-" + term;
        programme.createStage(series, new NewStage(key, "Bühne " + term));
        return key;
    }

    @Test
    void adminSetsHlsStreamAndSwitchesLive() {
        String key = stage();
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "https://streams.example.org/live/stage.m3u8",
                "captionsUrl", "https://streams.example.org/live/de.vtt", "version", 0))
                .put("/api/stages/" + key + "/stream")
                .then().statusCode(200).body("stream.kind", equalTo("hls")).body("stream.captionsUrl", notNullValue());
        as(TestUsers.admin()).body(Map.of("state", "paused", "message", "Kurze Pause bis 10:45 Uhr"))
                .put("/api/stages/" + key + "/live").then().statusCode(200);
        given().get("/api/stages/" + key)
                .then().statusCode(200)
                .body("live.state", equalTo("paused"))
                .body("live.message", equalTo("Kurze Pause bis 10:45 Uhr"));
        given().get("/api/stages").then().body("key", hasItem(key));
        assertTrue(changes.seen().stream().anyMatch(c -> c.stageKey().endsWith("/" + key) && c.live().state() == LiveState.PAUSED),
                "the committed change reaches observers");
    }

    @Test
    void aStreamMayBeAPathOnThisServer() {
        String key = stage();
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "/media/demo/buehne.m3u8",
                "captionsWaiver", "Untertitel im Stream", "version", 0))
                .put("/api/stages/" + key + "/stream")
                .then().statusCode(200).body("stream.url", equalTo("/media/demo/buehne.m3u8"));
    }

    @Test
    void aStreamGoesOnlineOnlyWithCaptionsOrAnAdminsRecordedReason() {
        String key = stage();
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "/media/live.m3u8", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:kommunalmesse:problem:stream"))
                .body("errors.field", hasItem("captionsWaiver"));
        as(TestUsers.admin()).body(Map.of("kind", "embed", "provider", "peertube", "url", "https://video.example.org/embed/1",
                "captionsWaiver", " ", "version", 0)).put("/api/stages/" + key + "/stream").then().statusCode(400);
        given().get("/api/stages/" + key).then().body("stream.kind", equalTo("none"));

        as(TestUsers.admin()).body(Map.of("kind", "embed", "provider", "peertube", "url", "https://video.example.org/embed/1",
                "captionsWaiver", "Untertitel im PeerTube-Player (Deutsch)", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(200)
                .body("stream.captionsWaiver.reason", equalTo("Untertitel im PeerTube-Player (Deutsch)"))
                .body("stream.captionsWaiver.decidedBy", equalTo("kdn-admin"))
                .body("stream.captionsWaiver.decidedAt", notNullValue());
        // Everyone sees why; who decided only admins
        as(TestUsers.visitor()).get("/api/stages/" + key).then()
                .body("stream.captionsWaiver.reason", equalTo("Untertitel im PeerTube-Player (Deutsch)"))
                .body("stream.captionsWaiver.decidedBy", nullValue());

        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "/media/live.m3u8", "captionsUrl", "/media/live-de.vtt",
                "version", 1)).put("/api/stages/" + key + "/stream").then().statusCode(200)
                .body("stream.captionsUrl", equalTo("/media/live-de.vtt")).body("stream.captionsWaiver", nullValue());
    }

    @Test
    void unsafeOrIncompleteStreamsAreRefused() {
        String key = stage();
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "javascript:alert(1)", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400).body("errors.field", hasItem("url"));
        as(TestUsers.admin()).body(Map.of("kind", "hls", "url", "//streams.example.org/live.m3u8", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400).body("errors.field", hasItem("url"));
        as(TestUsers.admin()).header("Accept-Language", "de")
                .body(Map.of("kind", "hls", "url", "/media/live.m3u8", "captionsUrl", "ftp://x/de.vtt", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400)
                .body("errors.find { it.field == 'captionsUrl' }.message", containsString("Pfad auf diesem Server"));
        as(TestUsers.admin()).body(Map.of("kind", "embed", "url", "https://video.example.org/embed/1", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400)
                .body("type", equalTo("urn:kommunalmesse:problem:stream"));
        as(TestUsers.admin()).body(Map.of("kind", "hls", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(400);
        as(TestUsers.admin()).body(Map.of("state", "kaputt")).put("/api/stages/" + key + "/live").then().statusCode(400);
        given().get("/api/stages/" + key).then().body("stream.kind", equalTo("none")).body("live.state", equalTo("upcoming"));
    }

    @Test
    void moderatorSwitchesLiveButDoesNotSetStreams() {
        String key = stage();
        as(TestUsers.moderator()).body(Map.of("state", "live")).put("/api/stages/" + key + "/live")
                .then().statusCode(200).body("live.state", equalTo("live"));
        as(TestUsers.moderator()).body(Map.of("kind", "hls", "url", "https://streams.example.org/x.m3u8", "version", 0))
                .put("/api/stages/" + key + "/stream").then().statusCode(403);
        given().get("/api/stages/" + key).then().body("live.state", equalTo("live")).body("stream.kind", equalTo("none"))
                .body("viewers", equalTo(0));
    }

    @Test
    void onlyAdminsSwitchStages() {
        String key = stage();
        as(TestUsers.visitor()).body(Map.of("state", "live")).put("/api/stages/" + key + "/live").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(Map.of("state", "live")).put("/api/stages/" + key + "/live").then().statusCode(403);
        as(null).body(Map.of("state", "live")).put("/api/stages/" + key + "/live").then().statusCode(401);
        given().get("/api/stages/" + key).then().body("live.state", equalTo("upcoming"));
        given().get("/api/stages/no-such-stage").then().statusCode(404);
    }
}
