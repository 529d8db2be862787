package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Speaker profiles: maintained by admins, linked to talks in order, shown with photo on talks and their page. */
@QuarkusTest
class SpeakerTest {

    private static final byte[] IMAGE = TestFiles.png(8, 8);

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    private static long image() {
        return given().auth().oauth2(TestUsers.admin()).multiPart("file", "portrait.png", IMAGE, "image/png")
                .post("/api/images").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> speaker(String name, Long photo, String alt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organisation", "Stadt Musterhausen");
        body.put("role", "Leiterin Digitalisierung");
        body.put("bio", "Baut seit zehn Jahren Online-Dienste.");
        body.put("bioEn", "Has built online services for ten years.");
        body.put("photoImageId", photo);
        body.put("photoAlt", alt);
        return body;
    }

    private static long create(String name) {
        return as(TestUsers.admin()).body(speaker(name, image(), "Porträt von " + name)).post("/api/speakers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long talk(List<SpeakerView> speakers) {
        String term = data.unique();
        long series = data.series("referierende-" + term);
        long day = data.eventDay(series, LocalDate.of(2030, 11, 27), "soest");
        programme.createStage(series, new NewStage("ref-" + term, "Bühne " + term));
        return programme.createTalk(new NewTalk(day, "ref-" + term, LocalTime.of(10, 0), LocalTime.of(10, 45),
                TalkType.FACHBEITRAG, "Vortrag " + term, null, null, "de", speakers, List.of()));
    }

    @Test
    void adminCreatesASpeakerWhosePageShowsPhotoBioAndTalks() {
        String name = "Dr. Anna Beispiel " + data.unique();
        long id = create(name);
        long talk = talk(List.of(new SpeakerView(id, name, null, null, null)));
        given().get("/api/speakers/" + id).then().statusCode(200)
                .body("name", equalTo(name))
                .body("bio", equalTo("Baut seit zehn Jahren Online-Dienste."))
                .body("bioEn", equalTo("Has built online services for ten years."))
                .body("photo.alt", equalTo("Porträt von " + name))
                .body("talks.id", contains((int) talk));
        given().get("/api/talks/" + talk).then().statusCode(200)
                .body("speakers[0].id", equalTo((int) id))
                .body("speakers[0].photo.alt", equalTo("Porträt von " + name))
                .body("speakers[0].organisation", equalTo("Stadt Musterhausen"));
        given().get("/api/speakers").then().statusCode(200).body("name", hasItem(name));
    }

    @Test
    void aTalkKeepsItsSpeakersOrderAndReusesProfilesByNameAndOrganisation() {
        String term = data.unique();
        long first = talk(List.of(new SpeakerView("Zora Zett " + term, "Kreis Soest", "Moderation"),
                new SpeakerView("Anton Ahn " + term, null, null)));
        long second = talk(List.of(new SpeakerView("Anton Ahn " + term, null, "Projektleitung")));
        List<Integer> firstIds = given().get("/api/talks/" + first).then()
                .body("speakers.name", contains("Zora Zett " + term, "Anton Ahn " + term))
                .extract().jsonPath().getList("speakers.id");
        given().get("/api/talks/" + second).then().body("speakers[0].id", equalTo(firstIds.get(1)));
        given().get("/api/speakers/" + firstIds.get(1)).then().body("talks.id", contains((int) first, (int) second));
    }

    @Test
    void adminChangesAndDeletesASpeakerNoLongerInTheProgramme() {
        String name = "Bea Bühne " + data.unique();
        long id = create(name);
        long version = given().get("/api/speakers/" + id).then().extract().jsonPath().getLong("version");
        Map<String, Object> change = speaker(name, null, null);
        change.put("role", "Referentin");
        change.put("version", version);
        as(TestUsers.admin()).body(change).put("/api/speakers/" + id).then().statusCode(200)
                .body("role", equalTo("Referentin")).body("photo", nullValue());
        as(TestUsers.admin()).body(change).put("/api/speakers/" + id).then().statusCode(409);

        long talk = talk(List.of(new SpeakerView(id, name, null, null, null)));
        as(TestUsers.admin()).delete("/api/speakers/" + id).then().statusCode(409);
        programme.deleteTalk(talk);
        as(TestUsers.admin()).delete("/api/speakers/" + id).then().statusCode(204);
        given().get("/api/speakers/" + id).then().statusCode(404);
    }

    @Test
    void aPhotoNeedsAlternativeTextAndAnUploadedImage() {
        as(TestUsers.admin()).body(speaker("Ohne Alt", image(), "")).post("/api/speakers").then().statusCode(400)
                .body("errors[0].field", equalTo("photoAlt"));
        as(TestUsers.admin()).body(speaker("Ohne Bild", 999999999L, "Porträt")).post("/api/speakers").then()
                .statusCode(400).body("errors[0].field", equalTo("photoImageId"));
        as(TestUsers.admin()).body(speaker(" ", null, null)).post("/api/speakers").then().statusCode(400);
    }

    @Test
    void onlyAdminsMaintainSpeakers() {
        long id = create("Carl Check " + data.unique());
        Map<String, Object> body = speaker("Fremd", null, null);
        body.put("version", 0);
        for (String token : new String[] { null, TestUsers.visitor(), TestUsers.exhibitorSoest(), TestUsers.moderator() }) {
            int expected = token == null ? 401 : 403;
            as(token).body(body).post("/api/speakers").then().statusCode(expected);
            as(token).body(body).put("/api/speakers/" + id).then().statusCode(expected);
            as(token).delete("/api/speakers/" + id).then().statusCode(expected);
        }
        given().get("/api/speakers/" + id).then().statusCode(200);
    }

    @Test
    void anUnknownSpeakerInATalkIsRefused() {
        String term = data.unique();
        long series = data.series("ref-x-" + term);
        long day = data.eventDay(series, LocalDate.of(2030, 11, 28), "soest");
        programme.createStage(series, new NewStage("refx-" + term, "Bühne " + term));
        Map<String, Object> talk = new HashMap<>();
        talk.put("eventDayId", day);
        talk.put("stage", "refx-" + term);
        talk.put("start", "10:00");
        talk.put("end", "10:30");
        talk.put("type", "fachbeitrag");
        talk.put("title", "Mit Unbekannten");
        talk.put("language", "de");
        talk.put("speakers", List.of(Map.of("id", 999999999, "name", "Niemand")));
        talk.put("booths", List.of());
        as(TestUsers.admin()).body(talk).post("/api/talks").then().statusCode(400)
                .body("errors[0].field", equalTo("speakers"));
        assertEquals(0, given().get("/api/speakers").then().extract().jsonPath().getList("name").stream()
                .filter("Niemand"::equals).count());
    }
}
