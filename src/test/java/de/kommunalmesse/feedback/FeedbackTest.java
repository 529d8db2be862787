package de.kommunalmesse.feedback;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.stage.ProgrammeService;
import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.stage.TalkType;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Talk feedback: rating after the end, one rating per user, results only for the speakers' side and admins. */
@QuarkusTest
class FeedbackTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    EditionService editions;

    private String lastStage;

    /** A talk of a new edition on a new stage, on this day, belonging to these booths (created in that edition). */
    private long talk(LocalDate date, boolean withOwnBooth) {
        String term = data.unique();
        long edition = data.series("fb-" + term);
        long day = data.eventDay(edition, date, "wuppertal");
        programme.createStage(edition, new NewStage("fb-" + term, "Bühne " + term));
        lastStage = editions.byId(edition).qualify("fb-" + term);
        String booth = withOwnBooth ? data.ownBooth() : data.foreignBooth();
        return programme.createTalk(new NewTalk(day, "fb-" + term, LocalTime.of(10, 0), LocalTime.of(11, 0),
                TalkType.FACHBEITRAG, "Vortrag " + term, null, null, "de",
                List.of(new SpeakerView("Jana Beispiel", null, null)), List.of(booth)));
    }

    private long pastTalk(boolean withOwnBooth) {
        return talk(LocalDate.of(2021, 9, 2), withOwnBooth);
    }

    private static Map<String, Object> rating(int stars, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("stars", stars);
        body.put("comment", comment);
        return body;
    }

    @Test
    void visitorRatesOnceAndChangesTheRatingExplicitly() {
        long talk = pastTalk(true);
        as(TestUsers.visitor()).get("/api/talks/" + talk + "/feedback/mine").then().statusCode(200)
                .body("ended", equalTo(true)).body("mayRate", equalTo(true)).body("mayViewResults", equalTo(false))
                .body("rating", nullValue());

        as(TestUsers.visitor()).body(rating(4, "  Sehr praxisnah\r\ndanke \u202E ")).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(201).body("stars", equalTo(4)).body("comment", equalTo("Sehr praxisnah\ndanke"));
        as(TestUsers.visitor()).body(rating(2, null)).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("schon bewertet"));

        as(TestUsers.visitor()).body(rating(5, "Noch besser beim zweiten Ansehen")).put("/api/talks/" + talk + "/feedback/mine")
                .then().statusCode(200).body("stars", equalTo(5));
        as(TestUsers.visitor()).get("/api/talks/" + talk + "/feedback/mine").then()
                .body("mayRate", equalTo(false)).body("rating.stars", equalTo(5));
        as(TestUsers.admin()).get("/api/talks/" + talk + "/feedback").then().statusCode(200)
                .body("count", equalTo(1)).body("average", equalTo(5.0f))
                .body("distribution.count", contains(1, 0, 0, 0, 0))
                .body("comments.comment", contains("Noch besser beim zweiten Ansehen"))
                .body("comments[0].author", equalTo("Bea Sucher"));
    }

    @Test
    void changingARatingOneNeverGaveIsNotFound() {
        long talk = pastTalk(true);
        as(TestUsers.visitor()).body(rating(3, null)).put("/api/talks/" + talk + "/feedback/mine")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void talkThatHasNotEndedCannotBeRated() {
        long talk = talk(LocalDate.of(2098, 9, 2), true);
        as(TestUsers.visitor()).body(rating(5, null)).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("noch nicht zu Ende"));
        as(TestUsers.visitor()).get("/api/talks/" + talk + "/feedback/mine").then()
                .body("ended", equalTo(false)).body("mayRate", equalTo(false));
        as(TestUsers.admin()).get("/api/talks/" + talk + "/feedback").then().body("count", equalTo(0));
    }

    @Test
    void unknownTalkAndStarsOutsideOneToFiveAreRefused() {
        as(TestUsers.visitor()).body(rating(4, null)).post("/api/talks/999999999/feedback")
                .then().statusCode(404).contentType("application/problem+json");
        as(TestUsers.visitor()).get("/api/talks/999999999/feedback/mine").then().statusCode(404);
        long talk = pastTalk(true);
        for (int stars : new int[] {0, 6, -1}) {
            as(TestUsers.visitor()).body(rating(stars, null)).post("/api/talks/" + talk + "/feedback")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("stars"));
        }
        as(TestUsers.visitor()).body(Map.of("comment", "ohne Sterne")).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(400).body("errors.field", hasItem("stars"));
        as(TestUsers.admin()).get("/api/talks/" + talk + "/feedback").then().body("count", equalTo(0));
    }

    @Test
    void anonymousCannotRate() {
        long talk = pastTalk(true);
        given().contentType("application/json").body(rating(4, null)).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/api/talks/" + talk + "/feedback/mine").then().statusCode(200).body("mayRate", equalTo(false));
        given().get("/api/talks/" + talk + "/feedback").then().statusCode(401);
    }

    @Test
    void commentsPassTheChatModeration() {
        long talk = pastTalk(true);
        as(TestUsers.visitor()).body(rating(4, "x".repeat(2001))).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("comment"));

        int sanction = as(TestUsers.admin()).body(Map.of("kind", "mute", "user", "besucher", "channel", "stage:" + lastStage,
                "minutes", 5)).post("/api/chat/moderation/sanctions").then().statusCode(201).extract().path("id");
        try {
            as(TestUsers.visitor()).body(rating(1, "Werbung für mein Produkt")).post("/api/talks/" + talk + "/feedback")
                    .then().statusCode(403).contentType("application/problem+json");
            as(TestUsers.admin()).get("/api/talks/" + talk + "/feedback").then().body("count", equalTo(0));
        } finally {
            as(TestUsers.admin()).post("/api/chat/moderation/sanctions/" + sanction + "/lift").then().statusCode(200);
        }
    }

    @Test
    void speakersSeeResultsVisitorsAndOtherExhibitorsDoNot() {
        long own = pastTalk(true);
        as(TestUsers.visitor()).body(rating(2, "Zu schnell")).post("/api/talks/" + own + "/feedback").then().statusCode(201);
        as(TestUsers.visitor()).get("/api/talks/" + own + "/feedback").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + own + "/feedback/mine").then().body("mayViewResults", equalTo(true));
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + own + "/feedback").then().statusCode(200)
                .body("count", equalTo(1)).body("comments.comment", contains("Zu schnell"))
                .body("comments[0].author", nullValue());
        as(TestUsers.moderator()).get("/api/talks/" + own + "/feedback").then().statusCode(200);

        long foreign = pastTalk(false);
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + foreign + "/feedback").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + foreign + "/feedback/mine").then().body("mayViewResults", equalTo(false));
    }

    @Test
    void adminHidesACommentFromTheSpeakers() {
        long talk = pastTalk(true);
        int id = as(TestUsers.visitor()).body(rating(1, "Unsachlicher Kommentar")).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(201).extract().path("id");
        as(TestUsers.exhibitorSoest()).body(Map.of("hidden", true)).put("/api/talks/" + talk + "/feedback/" + id + "/hidden")
                .then().statusCode(403);
        as(TestUsers.admin()).body(Map.of("hidden", true)).put("/api/talks/" + talk + "/feedback/" + id + "/hidden")
                .then().statusCode(200).body("hidden", equalTo(true));
        as(TestUsers.exhibitorSoest()).get("/api/talks/" + talk + "/feedback").then()
                .body("count", equalTo(1)).body("comments.id", not(hasItem(id)));
        as(TestUsers.admin()).get("/api/talks/" + talk + "/feedback").then()
                .body("comments.find { it.id == " + id + " }.hidden", equalTo(true));
        as(TestUsers.visitor()).get("/api/talks/" + talk + "/feedback/mine").then().body("rating.commentHidden", equalTo(true));
        as(TestUsers.admin()).body(Map.of("hidden", true)).put("/api/talks/" + talk + "/feedback/999999999/hidden")
                .then().statusCode(404);
    }

    @Test
    void ratingsArePartOfThePrivacyExport() {
        long talk = pastTalk(true);
        as(TestUsers.visitor()).body(rating(3, "Export-Kommentar " + talk)).post("/api/talks/" + talk + "/feedback")
                .then().statusCode(201);
        as(TestUsers.visitor()).get("/api/me/data").then().statusCode(200)
                .body("areas.feedback.talkRatings.comment", hasItem("Export-Kommentar " + talk));
    }
}
