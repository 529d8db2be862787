package de.kommunalmesse.chat;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.TalkType;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What stage channels carry besides messages: the live state, viewer counts, and "fetch again" hints for
 * a talk's Q&A and polls. Real WebSocket clients, real tokens, changes made over REST.
 */
@QuarkusTest
class StageLiveTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private record StageTalk(String stage, long talk) {
    }

    private StageTalk stageWithTalk() {
        String term = data.unique();
        long series = data.series("live-" + term);
        long day = data.eventDay(series, LocalDate.of(2031, 11, 24), "soest");
        String stage = "live-" + term;
        programme.createStage(series, new NewStage(stage, "Bühne " + term));
        long talk = programme.createTalk(new NewTalk(day, stage, LocalTime.of(10, 0), LocalTime.of(10, 45),
                TalkType.FACHBEITRAG, "Live " + term, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", "Stadt Soest", null)), List.of()));
        return new StageTalk(stage, talk);
    }

    /** Frames are recorded on the event loop, so that the test sees them in the order they arrived. */
    private ChatClient connect(String token) {
        return ChatClient.connect(connector.get().executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING),
                base, token);
    }

    private static Set<String> fieldNames(JsonNode frame) {
        Set<String> names = new TreeSet<>();
        frame.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> frames(ChatClient client, String type) {
        return client.received().stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    @Test
    void subscriberGetsTheLiveStateRightAfterSubscribing() {
        String stage = stageWithTalk().stage();
        try (ChatClient viewer = connect(TestUsers.visitor())) {
            viewer.subscribe("stage:" + stage);
            JsonNode live = viewer.await("live", f -> stage.equals(f.path("stage").asText()));

            List<String> types = viewer.received().stream().map(f -> f.path("type").asText()).toList();
            assertEquals(types.indexOf("subscribed") + 1, types.indexOf("live"), "live follows subscribed: " + types);
            assertEquals("upcoming", live.path("state").asText());
            assertTrue(live.has("message") && live.path("message").isNull(), "message is there, and null: " + live);
            assertEquals(Set.of("type", "stage", "state", "message", "changedAt"), fieldNames(live));
            JsonNode viewers = viewer.await("viewers", f -> stage.equals(f.path("stage").asText()));
            assertEquals(1, viewers.path("count").asInt());
        }
    }

    @Test
    void liveStateChangeReachesEverySubscriber() {
        String stage = stageWithTalk().stage();
        try (ChatClient visitor = connect(TestUsers.visitor()); ChatClient exhibitor = connect(TestUsers.exhibitorSoest())) {
            visitor.subscribe("stage:" + stage);
            exhibitor.subscribe("stage:" + stage);
            Instant before = Instant.now().minusSeconds(1);

            as(TestUsers.moderator()).body(Map.of("state", "paused", "message", "Kurze Pause bis 10:45 Uhr"))
                    .put("/api/stages/" + stage + "/live").then().statusCode(200);

            for (ChatClient client : List.of(visitor, exhibitor)) {
                JsonNode live = client.await("live", f -> "paused".equals(f.path("state").asText()));
                assertEquals(stage, live.path("stage").asText());
                assertEquals("Kurze Pause bis 10:45 Uhr", live.path("message").asText());
                assertTrue(Instant.parse(live.path("changedAt").asText()).isAfter(before), live.toString());
            }

            as(TestUsers.admin()).body(Map.of("state", "live")).put("/api/stages/" + stage + "/live")
                    .then().statusCode(200);
            JsonNode live = visitor.await("live", f -> "live".equals(f.path("state").asText()));
            assertTrue(live.path("message").isNull(), "the pause message is gone: " + live);
        }
        try (ChatClient late = connect(TestUsers.visitor())) {
            late.subscribe("stage:" + stage);
            assertEquals("live", late.await("live", f -> true).path("state").asText(), "a late subscriber gets the state");
        }
    }

    @Test
    void refusedSwitchesReachNobody() {
        String stage = stageWithTalk().stage();
        try (ChatClient viewer = connect(TestUsers.visitor())) {
            viewer.subscribe("stage:" + stage);
            viewer.await("live", f -> true);

            as(TestUsers.visitor()).body(Map.of("state", "live")).put("/api/stages/" + stage + "/live")
                    .then().statusCode(403);
            as(TestUsers.exhibitorSoest()).body(Map.of("state", "live")).put("/api/stages/" + stage + "/live")
                    .then().statusCode(403);
            as(TestUsers.moderator()).body(Map.of("state", "kaputt")).put("/api/stages/" + stage + "/live")
                    .then().statusCode(400);

            ChatClient.sleep(700);
            assertEquals(1, frames(viewer, "live").size(), "no live frame besides the first: " + viewer.received());
        }
    }

    @Test
    void viewerCountsGoUpAndDown() {
        String stage = stageWithTalk().stage();
        String channel = "stage:" + stage;
        try (ChatClient first = connect(TestUsers.visitor())) {
            first.subscribe(channel);
            assertEquals(1, first.await("viewers", f -> true).path("count").asInt());
            try (ChatClient second = connect(TestUsers.exhibitorSoest()); ChatClient third = connect(TestUsers.admin())) {
                second.subscribe(channel);
                third.subscribe(channel);
                assertEquals(3, third.await("viewers", f -> true).path("count").asInt(), "the newcomer counts itself");
                first.await("viewers", f -> f.path("count").asInt() == 3);
                given().get("/api/stages/" + stage).then().statusCode(200).body("viewers", equalTo(3));

                third.send("unsubscribe", Map.of("channel", channel));
            }
            first.await("viewers", f -> f.path("count").asInt() == 1);
            given().get("/api/stages/" + stage).then().body("viewers", equalTo(1));
        }
        given().get("/api/stages/" + stage).then().body("viewers", equalTo(0));
    }

    @Test
    void viewerFramesAreCoalesced() {
        String channel = "stage:" + stageWithTalk().stage();
        List<ChatClient> joiners = new ArrayList<>();
        try (ChatClient watching = connect(TestUsers.visitor())) {
            watching.subscribe(channel);
            watching.await("viewers", f -> true);
            for (int i = 0; i < 6; i++) {
                ChatClient joiner = connect(TestUsers.visitor());
                joiners.add(joiner);
                joiner.subscribe(channel);
            }
            watching.await("viewers", f -> f.path("count").asInt() == 7);
            List<JsonNode> seen = frames(watching, "viewers");
            assertTrue(seen.size() <= 3, "six joins in quick succession, not one frame each: " + seen);
        } finally {
            joiners.forEach(ChatClient::close);
        }
    }

    @Test
    void talkFramesFollowQuestionsAndCarryNothingPrivate() {
        StageTalk st = stageWithTalk();
        String channel = "stage:" + st.stage();
        String text = "Wie viele Kommunen nutzen den Umzugsdienst schon? " + data.unique();
        try (ChatClient visitor = connect(TestUsers.exhibitorSoest()); ChatClient moderator = connect(TestUsers.moderator())) {
            visitor.subscribe(channel);
            moderator.subscribe(channel);

            int question = as(TestUsers.visitor()).body(Map.of("text", text, "anonymous", true))
                    .post("/api/talks/" + st.talk() + "/questions").then().statusCode(201).extract().path("id");

            JsonNode pending = moderator.await("talk", f -> f.path("talkId").asLong() == st.talk());
            assertEquals("[\"questions\"]", pending.path("changed").toString());
            assertEquals(Set.of("type", "talkId", "changed"), fieldNames(pending));
            ChatClient.sleep(1200);
            assertTrue(frames(visitor, "talk").isEmpty(), "a pending question is only the moderators' business");

            as(TestUsers.moderator()).body(Map.of("status", "approved"))
                    .patch("/api/talks/" + st.talk() + "/questions/" + question).then().statusCode(200);
            visitor.await("talk", f -> f.path("talkId").asLong() == st.talk());
            int before = frames(moderator, "talk").size();

            as(TestUsers.exhibitorSoest()).put("/api/talks/" + st.talk() + "/questions/" + question + "/vote")
                    .then().statusCode(200);
            moderator.await(f -> "talk".equals(f.path("type").asText()) && frames(moderator, "talk").size() > before);

            for (ChatClient client : List.of(visitor, moderator)) {
                for (JsonNode frame : client.received()) {
                    assertFalse(frame.toString().contains("Umzugsdienst"), "no question text in frames: " + frame);
                    assertFalse(frame.toString().contains("Bea Sucher"), "no author in frames: " + frame);
                }
            }
        }
    }

    @Test
    void talkFramesAreCoalescedPerTalk() {
        StageTalk st = stageWithTalk();
        try (ChatClient viewer = connect(TestUsers.visitor())) {
            viewer.subscribe("stage:" + st.stage());
            int poll = as(TestUsers.moderator()).body(Map.of("question", "Nutzen Sie schon FIT-Connect?",
                    "options", List.of("Ja", "Nein", "Geplant"), "multiple", false))
                    .post("/api/talks/" + st.talk() + "/polls").then().statusCode(201).extract().path("id");
            as(TestUsers.moderator()).body(Map.of("state", "open")).put("/api/polls/" + poll + "/state")
                    .then().statusCode(200);
            JsonNode opened = viewer.await("talk", f -> f.path("talkId").asLong() == st.talk());
            assertEquals("[\"polls\"]", opened.path("changed").toString());

            List<Object> options = given().get("/api/talks/" + st.talk() + "/polls").then().extract()
                    .path("find { it.id == " + poll + " }.options.id");
            for (String user : List.of("besucher", "aussteller-soest", "kdn-admin", "moderatorin")) {
                as(TestUsers.token(user)).body(Map.of("optionIds", List.of(options.get(0))))
                        .post("/api/polls/" + poll + "/votes").then().statusCode(200);
            }
            ChatClient.sleep(1500);
            List<JsonNode> talkFrames = frames(viewer, "talk");
            assertTrue(talkFrames.size() >= 2, "the votes were announced: " + talkFrames);
            assertTrue(talkFrames.size() <= 3, "four votes within a second, merged: " + talkFrames);
        }
    }

    @Test
    void talkPageWatchesATalkWithoutItsStageChannel() {
        StageTalk st = stageWithTalk();
        try (ChatClient anonymous = connect(null); ChatClient moderator = connect(TestUsers.moderator())) {
            JsonNode reply = anonymous.reply(anonymous.send("watch", Map.of("talk", st.talk())), "talk");
            assertEquals(0, reply.path("changed").size());
            moderator.reply(moderator.send("watch", Map.of("talk", st.talk())), "talk");

            int poll = as(TestUsers.moderator()).body(Map.of("question", "Welche Ebene?",
                    "options", List.of("Kommune", "Kreis"), "multiple", false))
                    .post("/api/talks/" + st.talk() + "/polls").then().statusCode(201).extract().path("id");
            moderator.await("talk", f -> !f.has("ref") && f.path("changed").toString().contains("polls"));
            ChatClient.sleep(1200);
            assertEquals(1, frames(anonymous, "talk").size(), "a draft poll is not announced to visitors");

            as(TestUsers.moderator()).body(Map.of("state", "open")).put("/api/polls/" + poll + "/state")
                    .then().statusCode(200);
            anonymous.await("talk", f -> !f.has("ref") && f.path("talkId").asLong() == st.talk());

            assertEquals("not-found", anonymous.error(anonymous.send("watch", Map.of("talk", 987654321L))));
            anonymous.send("unwatch", Map.of("talk", st.talk()));
            ChatClient.sleep(300);
            int seen = frames(anonymous, "talk").size();
            as(TestUsers.moderator()).body(Map.of("state", "closed")).put("/api/polls/" + poll + "/state")
                    .then().statusCode(200);
            moderator.await("talk", f -> f.path("changed").toString().contains("polls")
                    && frames(moderator, "talk").size() >= 4);
            ChatClient.sleep(500);
            assertEquals(seen, frames(anonymous, "talk").size(), "after unwatch nothing more arrives");
        }
    }
}
