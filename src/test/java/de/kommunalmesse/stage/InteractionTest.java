package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteractionTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private long talk() {
        String term = data.unique();
        long series = data.series("qa-" + term);
        long day = data.eventDay(series, LocalDate.of(2030, 9, 2), "wuppertal");
        programme.createStage(series, new NewStage("qa-" + term, "Bühne"));
        return programme.createTalk(new NewTalk(day, "qa-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, "Fragen " + term, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", null, null)), List.of()));
    }

    @Test
    void visitorAsksModeratorApprovesOthersSeeAndVote() {
        long talk = talk();
        int id = as(TestUsers.visitor()).body(Map.of("text", "Wie funktioniert die <b>Nachnutzung</b>?", "anonymous", true))
                .post("/api/talks/" + talk + "/questions")
                .then().statusCode(201).body("status", equalTo("pending")).body("author", equalTo("Bea Sucher"))
                .extract().path("id");
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + talk + "/questions").then().body("id", not(hasItem(id)));
        as(TestUsers.admin()).get("/api/talks/" + talk + "/questions")
                .then().body("find { it.id == " + id + " }.author", equalTo("Bea Sucher"));

        as(TestUsers.admin()).body(Map.of("status", "approved", "pinned", true))
                .patch("/api/talks/" + talk + "/questions/" + id).then().statusCode(200);
        given().get("/api/talks/" + talk + "/questions")
                .then().body("id", hasItem(id))
                .body("find { it.id == " + id + " }.author", nullValue())
                .body("find { it.id == " + id + " }.text", equalTo("Wie funktioniert die <b>Nachnutzung</b>?"));

        as(TestUsers.exhibitorSoest()).put("/api/talks/" + talk + "/questions/" + id + "/vote").then().statusCode(200)
                .body("votes", equalTo(1)).body("votedByMe", equalTo(true));
        as(TestUsers.exhibitorSoest()).put("/api/talks/" + talk + "/questions/" + id + "/vote").then().body("votes", equalTo(1));
        as(TestUsers.admin()).put("/api/talks/" + talk + "/questions/" + id + "/vote").then().body("votes", equalTo(2));
        as(TestUsers.admin()).delete("/api/talks/" + talk + "/questions/" + id + "/vote").then().body("votes", equalTo(1));
    }

    @Test
    void answeredQuestionsCanBePromotedToTheFaq() {
        long talk = talk();
        int id = as(TestUsers.visitor()).body(Map.of("text", "Welche Lizenz?", "anonymous", false))
                .post("/api/talks/" + talk + "/questions").then().statusCode(201).extract().path("id");
        as(TestUsers.admin()).body(Map.of("inFaq", true)).patch("/api/talks/" + talk + "/questions/" + id)
                .then().statusCode(409);
        as(TestUsers.admin()).body(Map.of("status", "answered", "answer", "EUPL-1.2", "inFaq", true))
                .patch("/api/talks/" + talk + "/questions/" + id).then().statusCode(200);
        given().get("/api/talks/" + talk + "/faq").then().body("question", contains("Welche Lizenz?"))
                .body("answer", contains("EUPL-1.2"));
    }

    @Test
    void onlyModeratorsModerateAndPendingQuestionsCannotBeVoted() {
        long talk = talk();
        int id = as(TestUsers.visitor()).body(Map.of("text", "Frage", "anonymous", false))
                .post("/api/talks/" + talk + "/questions").then().statusCode(201).extract().path("id");
        as(TestUsers.visitor()).body(Map.of("status", "approved")).patch("/api/talks/" + talk + "/questions/" + id)
                .then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(Map.of("status", "approved")).patch("/api/talks/" + talk + "/questions/" + id)
                .then().statusCode(403);
        as(TestUsers.exhibitorSoest()).put("/api/talks/" + talk + "/questions/" + id + "/vote").then().statusCode(404);
        as(null).body(Map.of("text", "Anonym?", "anonymous", true)).post("/api/talks/" + talk + "/questions")
                .then().statusCode(401);
        as(TestUsers.visitor()).body(Map.of("text", "", "anonymous", false)).post("/api/talks/" + talk + "/questions")
                .then().statusCode(400);
    }

    @Test
    void pollsOpenTakeOneVotePerUserAndClose() {
        long talk = talk();
        as(TestUsers.visitor()).body(Map.of("question", "?", "options", List.of("a", "b"), "multiple", false))
                .post("/api/talks/" + talk + "/polls").then().statusCode(403);
        int poll = as(TestUsers.admin()).body(Map.of("question", "Nutzen Sie Open CoDE?", "options", List.of("Ja", "Nein", "Noch nicht"),
                "multiple", false)).post("/api/talks/" + talk + "/polls").then().statusCode(201)
                .body("state", equalTo("draft")).extract().path("id");
        List<Integer> options = given().auth().oauth2(TestUsers.admin()).get("/api/talks/" + talk + "/polls")
                .then().extract().path("[0].options.id");
        given().get("/api/talks/" + talk + "/polls").then().body("$", empty());
        as(TestUsers.visitor()).body(Map.of("optionIds", List.of(options.get(0)))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(409);

        as(TestUsers.admin()).body(Map.of("state", "open")).put("/api/polls/" + poll + "/state").then().statusCode(200);
        as(TestUsers.visitor()).body(Map.of("optionIds", List.of(options.get(0), options.get(1))))
                .post("/api/polls/" + poll + "/votes").then().statusCode(400);
        as(TestUsers.visitor()).body(Map.of("optionIds", List.of(options.get(0)))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(200).body("options[0].votes", equalTo(1)).body("myVote", contains(options.get(0)));
        as(TestUsers.visitor()).body(Map.of("optionIds", List.of(options.get(1)))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(409);
        as(TestUsers.exhibitorSoest()).body(Map.of("optionIds", List.of(options.get(1)))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(200).body("voters", equalTo(2));
        as(TestUsers.admin()).body(Map.of("optionIds", List.of(999_999_999))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(400);

        as(TestUsers.admin()).body(Map.of("state", "closed")).put("/api/polls/" + poll + "/state").then().statusCode(200);
        as(TestUsers.admin()).body(Map.of("optionIds", List.of(options.get(2)))).post("/api/polls/" + poll + "/votes")
                .then().statusCode(409);
        given().get("/api/talks/" + talk + "/polls").then().body("[0].state", equalTo("closed"))
                .body("[0].options.votes", contains(1, 1, 0));
    }
}
