package de.kommunalmesse.meeting;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.MailInbox;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingTest {

    private static final String ROOM = "https://video.example.org/raum/42";

    @Inject
    TestData data;

    private static LocalDate day() {
        return LocalDate.now(MeetingService.ZONE).plusDays(40);
    }

    private static Map<String, Object> window(String from, String to, int minutes) {
        return Map.of("date", day().toString(), "from", from, "to", to, "slotMinutes", minutes, "videoLink", ROOM);
    }

    private static JsonPath publish(String slug, Map<String, Object> window) {
        return as(TestUsers.exhibitorSoest()).body(window).post("/api/booths/" + slug + "/meetings/availability")
                .then().statusCode(201).extract().jsonPath();
    }

    private static long freeSlot(String slug, int index) {
        return as(null).get("/api/booths/" + slug + "/meetings/slots").then().statusCode(200)
                .extract().jsonPath().getLong("slots[" + index + "].id");
    }

    private static JsonPath book(String token, long slot, String topic) {
        return as(token).body(Map.of("slotId", slot, "topic", topic, "questions", "Wie läuft die Nachnutzung?"))
                .post("/api/meetings").then().statusCode(201).extract().jsonPath();
    }

    private static VEvent invitation(MailInbox.Mail mail, String method) throws Exception {
        assertEquals(1, mail.calendars().size(), "the mail carries one calendar invitation");
        Calendar calendar = new CalendarBuilder().build(new StringReader(mail.calendars().get(0)));
        assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name + " missing"));
    }

    @Test
    void teamPublishesAWindowCutIntoSlotsAroundTheBreak() {
        String slug = data.ownBooth();
        JsonPath published = publish(slug, Map.of("date", day().toString(), "from", "09:00", "to", "11:00",
                "slotMinutes", 30, "breaks", List.of(Map.of("from", "10:00", "to", "10:15")), "expert", "Erika Beispiel",
                "videoLink", ROOM));
        List<String> starts = published.getList("slots.startsAt");
        // 09:00, 09:30, then after the break 10:15; 10:45 would end after 11:00 (Berlin time)
        assertEquals(3, starts.size(), starts.toString());
        assertEquals(day().atTime(9, 0).atZone(MeetingService.ZONE).toInstant(), Instant.parse(starts.get(0)));
        assertEquals(day().atTime(10, 15).atZone(MeetingService.ZONE).toInstant(), Instant.parse(starts.get(2)));
        assertEquals("Europe/Berlin", published.getString("zone"));
        assertEquals("Erika Beispiel", published.getString("slots[0].expert"));

        as(null).get("/api/booths/" + slug + "/meetings/slots").then().statusCode(200).body("slots", hasSize(3))
                .body("slots[0].meetingId", nullValue());
    }

    @Test
    void badWindowsAreRefusedWithProblemDetailsAndNothingIsStored() {
        String slug = data.ownBooth();
        String token = TestUsers.exhibitorSoest();
        String url = "/api/booths/" + slug + "/meetings/availability";
        as(token).body(Map.of("date", LocalDate.now().minusDays(2).toString(), "from", "09:00", "to", "10:00",
                "slotMinutes", 30, "videoLink", ROOM)).post(url)
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("urn:kommunalmesse:problem:meeting"));
        as(token).body(Map.of("date", day().toString(), "from", "9 Uhr", "to", "10:00", "slotMinutes", 30, "videoLink", ROOM))
                .post(url).then().statusCode(400).body("errors.field", hasItem("from"));
        as(token).body(Map.of("date", "18.11.2026", "from", "09:00", "to", "10:00", "slotMinutes", 30, "videoLink", ROOM))
                .post(url).then().statusCode(400).contentType("application/problem+json");
        as(token).header("Accept-Language", "en").body(Map.of("date", day().toString(), "from", "09:00", "to", "10:00",
                "zone", "Mars/Olympus", "slotMinutes", 30, "videoLink", ROOM)).post(url)
                .then().statusCode(400).body("errors.field", hasItem("zone"))
                .body("errors.message", hasItem(containsString("Unknown time zone")));
        as(token).body(window("09:00", "10:00", 20)).post(url).then().statusCode(400).body("errors.field", hasItem("slotMinutes"));
        as(token).body(window("10:00", "09:00", 30)).post(url).then().statusCode(400).body("errors.field", hasItem("to"));
        as(token).body(Map.of("date", day().toString(), "from", "09:00", "to", "10:00", "slotMinutes", 30)).post(url)
                .then().statusCode(400).body("errors.field", hasItem("videoLink"));
        as(null).get("/api/booths/" + slug + "/meetings/slots").then().body("slots", hasSize(0));

        publish(slug, window("09:00", "10:00", 30));
        as(token).body(window("09:30", "11:00", 30)).post(url).then().statusCode(409)
                .body("detail", containsString("überschneidet"));
        as(null).get("/api/booths/" + slug + "/meetings/slots").then().body("slots", hasSize(2));
    }

    @Test
    void twoParallelBookingsOfOneSlotGiveOneSuccessAndOneConflict() throws Exception {
        String slug = data.ownBooth();
        publish(slug, window("13:00", "14:00", 30));
        long slot = freeSlot(slug, 0);
        List<String> tokens = List.of(TestUsers.visitor(), TestUsers.moderator());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : tokens) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(token).body(Map.of("slotId", slot, "topic", "Parallel")).post("/api/meetings")
                            .then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/meetings").then().statusCode(200).body("$", hasSize(1));
        as(null).get("/api/booths/" + slug + "/meetings/slots").then().body("slots.id", not(hasItem((int) slot)));
    }

    @Test
    void bookingSendsTheInvitationAndCancellingCancelsItWithTheSameUid() throws Exception {
        String slug = data.ownBooth();
        publish(slug, window("15:00", "16:00", 30));
        String topic = "Bürgerportal " + data.unique();
        JsonPath meeting = book(TestUsers.visitor(), freeSlot(slug, 0), topic);
        long id = meeting.getLong("id");
        String uid = meeting.getString("uid");
        assertEquals(ROOM, meeting.getString("videoUrl"));
        assertEquals("visitor", meeting.getString("yourSide"));

        MailInbox.Mail toVisitor = MailInbox.await("besucher@example.org", m -> m.subject().contains(topic) && m.subject().startsWith("Termin gebucht"));
        VEvent request = invitation(toVisitor, "REQUEST");
        assertEquals(uid, property(request, "UID"));
        assertEquals("0", property(request, "SEQUENCE"));
        assertEquals("mailto:aussteller-soest@example.org", property(request, "ORGANIZER"));
        assertEquals("mailto:besucher@example.org", property(request, "ATTENDEE"));
        assertEquals(ROOM, property(request, "LOCATION"));
        assertEquals(ROOM, property(request, "URL"));
        assertEquals(day().atTime(15, 0).atZone(MeetingService.ZONE).toInstant(),
                Instant.from(request.getDateTimeStart().orElseThrow().getDate()));
        assertTrue(toVisitor.text().contains("<html lang=\"de\""), "an HTML part with its language");
        assertTrue(!toVisitor.text().contains("Wie läuft die Nachnutzung?"), "the questions stay in the platform");
        MailInbox.Mail toExpert = MailInbox.await("aussteller-soest@example.org", m -> m.subject().contains(topic));
        assertEquals(uid, property(invitation(toExpert, "REQUEST"), "UID"));

        as(TestUsers.exhibitorSoest()).body(Map.of("reason", "Messe verschoben")).post("/api/meetings/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled")).body("cancelledBy", equalTo("booth"));
        MailInbox.Mail cancel = MailInbox.await("besucher@example.org", m -> m.subject().contains(topic) && m.subject().startsWith("Termin abgesagt"));
        VEvent cancelled = invitation(cancel, "CANCEL");
        assertEquals(uid, property(cancelled, "UID"));
        assertEquals("1", property(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertTrue(cancel.text().contains("Messe verschoben"));

        // the slot is free again, and a cancelled meeting cannot be cancelled twice
        as(null).get("/api/booths/" + slug + "/meetings/slots").then().body("slots", hasSize(2));
        as(TestUsers.visitor()).body(Map.of()).post("/api/meetings/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void aMoveProposedByTheTeamTakesEffectWhenTheVisitorConfirms() throws Exception {
        String slug = data.ownBooth();
        publish(slug, window("11:00", "12:00", 30));
        String topic = "Verschieben " + data.unique();
        long first = freeSlot(slug, 0);
        long second = freeSlot(slug, 1);
        long id = as(TestUsers.visitor()).header("Accept-Language", "en")
                .body(Map.of("slotId", first, "topic", topic)).post("/api/meetings")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(TestUsers.exhibitorSoest()).body(Map.of("slotId", second, "reason", "Kollegin krank"))
                .post("/api/meetings/" + id + "/proposal").then().statusCode(200)
                .body("proposal.slotId", equalTo((int) second)).body("proposal.proposedBy", equalTo("booth"));
        MailInbox.await("besucher@example.org", m -> m.subject().startsWith("New time proposed") && m.subject().contains(topic));
        as(TestUsers.exhibitorSoest()).post("/api/meetings/" + id + "/proposal/confirm").then().statusCode(403);
        as(TestUsers.visitor()).post("/api/meetings/" + id + "/proposal/confirm").then().statusCode(200)
                .body("proposal", nullValue()).body("sequence", equalTo(1))
                .body("startsAt", equalTo(day().atTime(11, 30).atZone(MeetingService.ZONE).toInstant().toString()));

        MailInbox.Mail moved = MailInbox.await("besucher@example.org", m -> m.subject().startsWith("Meeting moved") && m.subject().contains(topic));
        VEvent request = invitation(moved, "REQUEST");
        assertEquals("1", property(request, "SEQUENCE"));
        assertTrue(moved.text().contains("<html lang=\"en\""), "the visitor booked in English");
        // the first slot is free again, the second is the meeting's
        as(null).get("/api/booths/" + slug + "/meetings/slots").then().body("slots.id", hasItem((int) first))
                .body("slots.id", not(hasItem((int) second)));
        as(TestUsers.visitor()).post("/api/meetings/" + id + "/proposal/decline").then().statusCode(409);
    }

    @Test
    void onlyTheTwoSidesAndAdminsSeeAMeeting() {
        String slug = data.ownBooth();
        String foreign = data.foreignBooth();
        publish(slug, window("16:00", "17:00", 60));
        long id = book(TestUsers.visitor(), freeSlot(slug, 0), "Nur wir").getLong("id");

        as(TestUsers.visitor()).get("/api/meetings/" + id).then().statusCode(200).body("visitorEmail", nullValue());
        as(TestUsers.exhibitorSoest()).get("/api/meetings/" + id).then().statusCode(200)
                .body("visitorEmail", equalTo("besucher@example.org")).body("yourSide", equalTo("booth"));
        as(TestUsers.admin()).get("/api/meetings/" + id).then().statusCode(200);
        as(TestUsers.moderator()).get("/api/meetings/" + id).then().statusCode(404);
        as(TestUsers.moderator()).body(Map.of()).post("/api/meetings/" + id + "/cancel").then().statusCode(404);
        as(TestUsers.moderator()).get("/api/meetings/" + id + "/video").then().statusCode(404);
        as(null).get("/api/meetings/" + id).then().statusCode(401);
        as(null).body(Map.of("slotId", 1, "topic", "x")).post("/api/meetings").then().statusCode(401);

        // the booth's calendar is its team's: not another booth's staff, not a visitor
        as(TestUsers.exhibitorSoest()).get("/api/booths/" + foreign + "/meetings").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).body(window("09:00", "10:00", 30))
                .post("/api/booths/" + foreign + "/meetings/availability").then().statusCode(403);
        as(TestUsers.visitor()).get("/api/booths/" + slug + "/meetings").then().statusCode(403);
        as(TestUsers.visitor()).get("/api/booths/" + slug + "/meetings/team-slots").then().statusCode(403);
        as(TestUsers.admin()).get("/api/booths/" + slug + "/meetings").then().statusCode(200).body("$", hasSize(1));

        as(TestUsers.moderator()).get("/api/meetings/mine").then().statusCode(200).body("id", not(hasItem((int) id)));
        as(TestUsers.visitor()).get("/api/meetings/mine").then().statusCode(200).body("id", hasItem((int) id));
        as(TestUsers.exhibitorSoest()).get("/api/meetings/upcoming").then().statusCode(200).body("id", hasItem((int) id));
        as(TestUsers.visitor()).get("/api/meetings/upcoming").then().statusCode(200).body("$", hasSize(0));
        as(TestUsers.visitor()).get("/api/meetings/" + id + "/video").then().statusCode(200).body("url", equalTo(ROOM));
    }

    @Test
    void takenWithdrawnAndUnknownSlotsCannotBeBooked() {
        String slug = data.ownBooth();
        publish(slug, window("08:00", "09:00", 30));
        long taken = freeSlot(slug, 0);
        long withdrawn = freeSlot(slug, 1);
        book(TestUsers.visitor(), taken, "Erster");
        as(TestUsers.moderator()).body(Map.of("slotId", taken, "topic", "Zweiter")).post("/api/meetings")
                .then().statusCode(409).body("detail", containsString("schon vergeben"));
        as(TestUsers.exhibitorSoest()).delete("/api/booths/" + slug + "/meetings/slots/" + taken).then().statusCode(409);
        as(TestUsers.exhibitorSoest()).delete("/api/booths/" + slug + "/meetings/slots/" + withdrawn).then().statusCode(200);
        as(TestUsers.moderator()).body(Map.of("slotId", withdrawn, "topic", "Dritter")).post("/api/meetings")
                .then().statusCode(409);
        as(TestUsers.moderator()).body(Map.of("slotId", 999_999_999L, "topic", "Vierter")).post("/api/meetings")
                .then().statusCode(404);
        as(TestUsers.moderator()).body(Map.of("slotId", withdrawn, "topic", "")).post("/api/meetings")
                .then().statusCode(400).body("errors.field", hasItem("topic"));
    }

    @Test
    void aVisitorsMeetingsBelongToTheirDataExport() {
        String slug = data.ownBooth();
        publish(slug, window("17:00", "18:00", 60));
        String topic = "Export " + data.unique();
        book(TestUsers.visitor(), freeSlot(slug, 0), topic);
        as(TestUsers.visitor()).get("/api/me/data").then().statusCode(200)
                .body("areas.meetings.meetings.topic", hasItem(topic));
        as(TestUsers.exhibitorSoest()).get("/api/me/data").then().statusCode(200)
                .body("areas.meetings.publishedTimes.size()", org.hamcrest.Matchers.greaterThan(0));
    }
}
