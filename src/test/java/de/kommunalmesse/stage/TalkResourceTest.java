package de.kommunalmesse.stage;

import static de.kommunalmesse.testsupport.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalkResourceTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    record Frame(long day, String stage, String term) {
    }

    private Frame frame(LocalDate date) {
        String term = data.unique();
        long series = data.series("prog-" + term);
        long day = data.eventDay(series, date, "gelsenkirchen");
        String stage = "buehne-" + term;
        programme.createStage(series, new NewStage(stage, "Bühne " + term));
        return new Frame(day, stage, term);
    }

    private static Map<String, Object> talk(Frame f, String start, String end, String title) {
        Map<String, Object> talk = new HashMap<>();
        talk.put("eventDayId", f.day());
        talk.put("stage", f.stage());
        talk.put("start", start);
        talk.put("end", end);
        talk.put("type", "fachbeitrag");
        talk.put("title", title);
        talk.put("summary", "Worum es geht; mit Komma, Semikolon und\nZeilenumbruch.");
        talk.put("topicField", "gesundheit");
        talk.put("language", "de");
        talk.put("speakers", List.of(Map.of("name", "Dr. Jana Beispiel", "organisation", "Stadt Beispielhausen", "role", "CDO")));
        talk.put("booths", List.of());
        return talk;
    }

    private static int create(Map<String, Object> talk) {
        return as(TestUsers.admin()).body(talk).post("/api/talks").then().statusCode(201).extract().path("talk.id");
    }

    @Test
    void adminAddsTalksAndOverlapsAreFlagged() {
        Frame f = frame(LocalDate.of(2030, 11, 4));
        create(talk(f, "10:00", "10:30", "Erster " + f.term()));
        as(TestUsers.admin()).body(talk(f, "10:15", "10:45", "Zweiter " + f.term())).post("/api/talks")
                .then().statusCode(201)
                .body("talk.start", equalTo("2030-11-04T10:15:00+01:00"))
                .body("overlaps.title", contains("Erster " + f.term()));
        given().queryParam("stage", f.stage()).get("/api/talks")
                .then().statusCode(200).body("title", contains("Erster " + f.term(), "Zweiter " + f.term()));
        given().queryParam("q", "zweiter " + f.term()).get("/api/talks").then().body("title", contains("Zweiter " + f.term()));
        given().queryParam("day", f.day()).queryParam("topic", "umwelt").get("/api/talks").then().body("$", empty());
    }

    @Test
    void badTalksAreRefusedAndChangeNothing() {
        Frame f = frame(LocalDate.of(2030, 11, 5));
        as(TestUsers.admin()).body(talk(f, "11:00", "10:00", "Rückwärts")).post("/api/talks")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:talk-ends-before-start"));
        Map<String, Object> badUrl = talk(f, "10:00", "11:00", "Böse");
        badUrl.put("recordingUrl", "javascript:alert(1)");
        as(TestUsers.admin()).body(badUrl).post("/api/talks")
                .then().statusCode(400).body("errors.field", hasItem("recordingUrl"));
        Map<String, Object> unknownStage = talk(f, "10:00", "11:00", "Nirgends");
        unknownStage.put("stage", "mond");
        as(TestUsers.admin()).body(unknownStage).post("/api/talks")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:unknown-stage"));
        Map<String, Object> unknownBooth = talk(f, "10:00", "11:00", "Ohne Stand");
        unknownBooth.put("booths", List.of("gibt-es-nicht"));
        as(TestUsers.admin()).body(unknownBooth).post("/api/talks")
                .then().statusCode(400).body("type", equalTo("urn:kommunalmesse:problem:unknown-booth"));
        as(TestUsers.admin()).body(Map.of("title", "Nur Titel")).post("/api/talks").then().statusCode(400);
        given().queryParam("day", f.day()).get("/api/talks").then().body("$", empty());
    }

    @Test
    void onlyAdminsChangeTheProgramme() {
        Frame f = frame(LocalDate.of(2030, 11, 6));
        as(TestUsers.visitor()).body(talk(f, "10:00", "11:00", "Nein")).post("/api/talks").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(talk(f, "10:00", "11:00", "Nein")).post("/api/talks").then().statusCode(403);
        as(null).body(talk(f, "10:00", "11:00", "Nein")).post("/api/talks").then().statusCode(401);
        int id = create(talk(f, "10:00", "11:00", "Bleibt"));
        as(TestUsers.visitor()).delete("/api/talks/" + id).then().statusCode(403);
        given().get("/api/talks/" + id).then().statusCode(200);
    }

    @Test
    void staleUpdateIs409() {
        Frame f = frame(LocalDate.of(2030, 11, 7));
        int id = create(talk(f, "10:00", "11:00", "Version"));
        int version = given().get("/api/talks/" + id).then().extract().path("version");
        Map<String, Object> change = talk(f, "10:00", "11:30", "Version 2");
        change.put("version", version);
        as(TestUsers.admin()).body(change).put("/api/talks/" + id).then().statusCode(200)
                .body("talk.title", equalTo("Version 2")).body("talk.version", equalTo(version + 1));
        change.put("title", "Version 3");
        as(TestUsers.admin()).body(change).put("/api/talks/" + id).then().statusCode(409);
        given().get("/api/talks/" + id).then().body("title", equalTo("Version 2")).body("version", equalTo(version + 1));
        as(TestUsers.admin()).delete("/api/talks/" + id).then().statusCode(204);
        given().get("/api/talks/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void icsIsValidAndKeepsBerlinTimeInSummerAndWinter() throws Exception {
        Frame winter = frame(LocalDate.of(2030, 1, 15));
        Frame summer = frame(LocalDate.of(2030, 7, 15));
        int w = create(talk(winter, "09:30", "10:00", "Winter, mit; Zeichen " + winter.term()));
        int s = create(talk(summer, "09:30", "10:00", "Sommer " + summer.term()));

        VEvent winterEvent = onlyEvent(given().get("/api/talks/" + w + "/ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString());
        VEvent summerEvent = onlyEvent(given().get("/api/talks/" + s + "/ics").then().extract().asString());

        assertEquals(ZonedDateTime.of(2030, 1, 15, 9, 30, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
                instant(winterEvent.getDateTimeStart().orElseThrow().getDate()));
        assertEquals(ZonedDateTime.of(2030, 7, 15, 9, 30, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
                instant(summerEvent.getDateTimeStart().orElseThrow().getDate()));
        assertEquals("Winter, mit; Zeichen " + winter.term(), winterEvent.getSummary().orElseThrow().getValue());
        assertEquals("talk-" + w + "@kommunalmesse", winterEvent.getUid().orElseThrow().getValue());
    }

    @Test
    void agendaCollectsTalksAndFeedsThemToCalendarApps() throws Exception {
        Frame f = frame(LocalDate.of(2030, 11, 8));
        int first = create(talk(f, "10:00", "10:30", "Agenda A " + f.term()));
        int second = create(talk(f, "11:00", "11:30", "Agenda B " + f.term()));
        as(TestUsers.visitor()).put("/api/me/agenda/" + second).then().statusCode(204);
        as(TestUsers.visitor()).put("/api/me/agenda/" + first).then().statusCode(204);
        as(TestUsers.visitor()).get("/api/me/agenda").then().body("id", hasItem(first)).body("id", hasItem(second));
        as(TestUsers.visitor()).get("/api/talks/" + first).then().body("inAgenda", equalTo(true));
        as(TestUsers.admin()).get("/api/talks/" + first).then().body("inAgenda", equalTo(false));

        String feed = as(TestUsers.visitor()).post("/api/me/agenda/feed").then().statusCode(200).extract().path("url");
        String path = feed.substring(feed.indexOf("/api/"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(given().get(path).then().statusCode(200)
                .extract().asString()));
        List<String> titles = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getSummary().orElseThrow().getValue()).toList();
        assertEquals(true, titles.containsAll(List.of("Agenda A " + f.term(), "Agenda B " + f.term())));

        as(TestUsers.visitor()).post("/api/me/agenda/feed").then().statusCode(200);
        given().get(path).then().statusCode(404);
        as(TestUsers.visitor()).delete("/api/me/agenda/" + first).then().statusCode(204);
        as(TestUsers.visitor()).get("/api/me/agenda").then().body("id", not(hasItem(first)));
        as(null).get("/api/me/agenda").then().statusCode(401);
        as(TestUsers.visitor()).put("/api/me/agenda/999999999").then().statusCode(404);
    }

    @Test
    void unknownFiltersAre400() {
        given().queryParam("topic", "raumfahrt").get("/api/talks").then().statusCode(400);
        given().queryParam("type", "party").get("/api/talks").then().statusCode(400)
                .body("type", equalTo("urn:kommunalmesse:problem:unknown-filter-value"));
        given().get("/api/talks/999999999").then().statusCode(404);
        given().get("/api/agenda-feeds/nope.ics").then().statusCode(404);
    }

    private static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static java.time.Instant instant(Temporal temporal) {
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (temporal instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new AssertionError("DTSTART is not zoned: " + temporal);
    }
}
