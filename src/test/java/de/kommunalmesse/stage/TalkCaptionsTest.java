package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Captions everywhere: WebVTT captions and transcripts of talks, and no recording online without them. */
@QuarkusTest
class TalkCaptionsTest {

    private static final String VTT = """
            WEBVTT

            00:00.500 --> 00:04.000
            Willkommen zum Vortrag über %s.

            00:04.000 --> 00:07.500
            <v Jana Beispiel>Wir zeigen das <i>Bürgerkonto</i>.
            """;

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private record Scene(long day, long talk) {
    }

    /** A talk presented by a booth that {@code aussteller-soest} staffs (or a foreign booth). */
    private Scene talk(boolean ownBooth) {
        String term = data.unique();
        long series = data.series("untertitel-" + term);
        long day = data.eventDay(series, LocalDate.of(2030, 11, 27), "soest");
        programme.createStage(series, new NewStage("ut-" + term, "Bühne " + term));
        String booth = ownBooth ? data.ownBooth() : data.foreignBooth();
        long talk = programme.createTalk(new NewTalk(day, "ut-" + term, LocalTime.of(10, 0), LocalTime.of(10, 45),
                TalkType.FACHBEITRAG, "Untertitelt " + term, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", "Kreis Soest", null)), List.of(booth)));
        return new Scene(day, talk);
    }

    private static ValidatableResponse put(String token, long talk, String vtt, boolean dryRun) {
        var request = given().contentType("text/vtt").queryParam("dryRun", dryRun)
                .body(vtt.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.put("/api/talks/" + talk + "/captions").then();
    }

    @Test
    void staffOfThePresentingBoothPreviewsThenStoresCaptionsThatEveryoneReadsWithTheTranscript() {
        long talk = talk(true).talk();
        put(TestUsers.exhibitorSoest(), talk, VTT.formatted("Umzüge"), true).statusCode(200)
                .body("cues", hasSize(2))
                .body("cues[0].start", equalTo("00:00:00.500"))
                .body("cues[1].text", equalTo("Wir zeigen das Bürgerkonto."))
                .body("transcript", equalTo("Willkommen zum Vortrag über Umzüge.\n\nWir zeigen das Bürgerkonto."));
        given().get("/api/talks/" + talk + "/captions").then().statusCode(200)
                .body("vttUrl", nullValue()).body("publishable", equalTo(false));

        put(TestUsers.exhibitorSoest(), talk, VTT.formatted("Umzüge"), false).statusCode(200);
        given().get("/api/talks/" + talk + "/captions.vtt").then().statusCode(200)
                .contentType(containsString("text/vtt")).body(containsString("Willkommen zum Vortrag über Umzüge."));
        given().get("/api/talks/" + talk).then()
                .body("captionsUrl", equalTo("/api/talks/" + talk + "/captions.vtt"))
                .body("transcript", containsString("Wir zeigen das Bürgerkonto."));
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + talk + "/captions").then()
                .body("cueCount", equalTo(2)).body("mayEdit", equalTo(true)).body("mayDecide", equalTo(false))
                .body("publishable", equalTo(true));
    }

    @Test
    void visitorsOtherBoothsAndAnonymousCannotUploadCaptions() {
        long foreign = talk(false).talk();
        put(TestUsers.exhibitorSoest(), foreign, VTT.formatted("x"), false).statusCode(403)
                .contentType("application/problem+json");
        put(TestUsers.visitor(), foreign, VTT.formatted("x"), false).statusCode(403);
        put(null, foreign, VTT.formatted("x"), false).statusCode(401);
        as(TestUsers.exhibitorSoest()).body(Map.of("text", "Fremd")).put("/api/talks/" + foreign + "/transcript")
                .then().statusCode(403);
        as(TestUsers.visitor()).get("/api/talks/" + foreign + "/captions").then().body("mayEdit", equalTo(false));
        given().get("/api/talks/" + foreign + "/captions.vtt").then().statusCode(404);
        // Moderators and admins may
        put(TestUsers.moderator(), foreign, VTT.formatted("x"), false).statusCode(200);
        put(TestUsers.admin(), foreign, VTT.formatted("y"), false).statusCode(200);
    }

    @Test
    void invalidCaptionsAreRefusedWithTheirLineNumbersAndNothingIsStored() {
        long talk = talk(true).talk();
        String broken = "WEBVTT\n\n00:00.500 --> 00:04.000\nGut.\n\n00:05.000 --> 00:04.000\nEnde vor Anfang.\n";
        put(TestUsers.exhibitorSoest(), talk, broken, false).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kommunalmesse:problem:webvtt"))
                .body("detail", containsString("Zeile 6"))
                .body("errors[0].line", equalTo(6))
                .body("errors[0].message", equalTo("Das Ende 00:04.000 liegt nicht nach dem Beginn 00:05.000."));
        given().auth().oauth2(TestUsers.exhibitorSoest()).header("Accept-Language", "en").contentType("text/vtt")
                .body("1\n00:00.000 --> 00:01.000\nHallo\n".getBytes(StandardCharsets.UTF_8))
                .put("/api/talks/" + talk + "/captions").then().statusCode(400)
                .body("errors[0].line", equalTo(1))
                .body("errors[0].message", equalTo("A WebVTT file starts with \"WEBVTT\" in its first line."));
        given().auth().oauth2(TestUsers.exhibitorSoest()).contentType("text/vtt")
                .body("WEBVTT\n\n00:00.000 --> 00:01.000\nGrüße\n".getBytes(StandardCharsets.ISO_8859_1))
                .put("/api/talks/" + talk + "/captions").then().statusCode(400)
                .body("errors[0].line", equalTo(4)).body("errors[0].message", containsString("UTF-8"));
        given().get("/api/talks/" + talk + "/captions").then().body("vttUrl", nullValue()).body("cueCount", equalTo(0));
    }

    @Test
    void aRecordingWithoutCaptionsIsRefusedUntilAnAdminDecidesWithAReason() {
        long talk = talk(false).talk();
        as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/ohne.m3u8"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Untertiteln"));
        given().get("/api/talks/" + talk).then().body("recordingUrl", nullValue());

        as(TestUsers.admin()).body(Map.of("reason", " ")).put("/api/talks/" + talk + "/captions-waiver")
                .then().statusCode(400);
        as(TestUsers.moderator()).body(Map.of("reason", "Nur Gebärdensprache"))
                .put("/api/talks/" + talk + "/captions-waiver").then().statusCode(403);
        as(TestUsers.admin()).body(Map.of("reason", "Stummer Beitrag: nur Gebärdensprache, Transkript folgt"))
                .put("/api/talks/" + talk + "/captions-waiver").then().statusCode(200)
                .body("waiver.reason", equalTo("Stummer Beitrag: nur Gebärdensprache, Transkript folgt"))
                .body("waiver.decidedBy", equalTo("kdn-admin"))
                .body("waiver.decidedAt", notNullValue())
                .body("publishable", equalTo(true));
        as(TestUsers.moderator()).get("/api/talks/" + talk + "/captions").then()
                .body("waiver.reason", notNullValue()).body("waiver.decidedBy", nullValue());

        as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/ohne.m3u8"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(200);
        // The decision stays while the recording without captions is online
        as(TestUsers.admin()).delete("/api/talks/" + talk + "/captions-waiver").then().statusCode(409);
        put(TestUsers.moderator(), talk, VTT.formatted("Gebärden"), false).statusCode(200);
        as(TestUsers.admin()).delete("/api/talks/" + talk + "/captions-waiver").then().statusCode(200)
                .body("waiver", nullValue()).body("publishable", equalTo(true));
    }

    @Test
    void theTranscriptIsFoundInTheArchiveAndCorrectedByHand() {
        Scene scene = talk(true);
        long talk = scene.talk();
        String word = data.unique();
        put(TestUsers.exhibitorSoest(), talk, VTT.formatted("Wohngeld " + word), false).statusCode(200);
        as(TestUsers.moderator()).body(Map.of("url", "https://media.example.org/" + word + ".m3u8"))
                .put("/api/talks/" + talk + "/recording").then().statusCode(200);

        given().queryParam("q", word).get("/api/event-days/" + scene.day() + "/archive").then().statusCode(200)
                .body("talks.talk.id", contains((int) talk))
                .body("talks[0].transcript", containsString("Wohngeld " + word))
                .body("talks[0].captionsUrl", equalTo("/api/talks/" + talk + "/captions.vtt"));

        as(TestUsers.exhibitorSoest()).body(Map.of("text", "Korrigiert: Wohngeld-Antrag online.\n"))
                .put("/api/talks/" + talk + "/transcript").then().statusCode(200)
                .body("transcript", equalTo("Korrigiert: Wohngeld-Antrag online.")).body("transcriptEdited", equalTo(true));
        // New captions leave a transcript written by hand as it is; an empty one is made from the captions again
        put(TestUsers.exhibitorSoest(), talk, VTT.formatted("Elterngeld"), false).statusCode(200);
        given().get("/api/talks/" + talk).then().body("transcript", equalTo("Korrigiert: Wohngeld-Antrag online."));
        given().queryParam("q", word).get("/api/event-days/" + scene.day() + "/archive").then().body("talks", hasSize(0));
        as(TestUsers.exhibitorSoest()).body(Map.of("text", "")).put("/api/talks/" + talk + "/transcript").then()
                .statusCode(200).body("transcriptEdited", equalTo(false))
                .body("transcript", containsString("Willkommen zum Vortrag über Elterngeld."));
    }
}
