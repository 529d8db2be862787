package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.feedback.AttendanceService;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attendance of talks is measured from the live connection to the stage: a logged-in viewer subscribed to the
 * stage's channel while a talk runs collects attended seconds (the test profile samples every second); a talk
 * that is not running collects nothing. Without the connection nothing is recorded at all (no other test writes
 * attendance for this new talk).
 */
@QuarkusTest
class StageAttendanceTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Inject
    AttendanceService attendance;

    @Test
    void viewerOfALiveTalkCollectsAttendedSeconds() {
        String term = data.unique();
        long edition = data.series("att-" + term);
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Berlin"));
        long day = data.eventDay(edition, now.toLocalDate(), "soest");
        String stage = "att-" + term;
        programme.createStage(edition, new NewStage(stage, "Bühne " + term));
        LocalTime start = now.toLocalTime().minusMinutes(10).isAfter(now.toLocalTime())
                ? LocalTime.MIN : now.toLocalTime().minusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        LocalTime end = now.toLocalTime().plusMinutes(20).isBefore(now.toLocalTime())
                ? LocalTime.of(23, 59) : now.toLocalTime().plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        long live = programme.createTalk(new NewTalk(day, stage, start, end, TalkType.FACHBEITRAG, "Live " + term, null,
                null, "de", List.of(new SpeakerView("Jana Beispiel", null, null)), List.of()));
        LocalTime laterEnd = end.equals(LocalTime.of(23, 59)) ? LocalTime.of(23, 59, 59) : end.plusMinutes(1);
        long later = programme.createTalk(new NewTalk(day, stage, end, laterEnd, TalkType.FACHBEITRAG, "Später " + term,
                null, null, "de", List.of(), List.of()));

        try (ChatClient viewer = ChatClient.connect(connector.get(), base, TestUsers.visitor())) {
            viewer.subscribe("stage:" + stage);
            long deadline = System.currentTimeMillis() + 15_000;
            while (attendance.attendedSeconds("besucher", live) < 2 && System.currentTimeMillis() < deadline) {
                ChatClient.sleep(250);
            }
        }
        assertTrue(attendance.attendedSeconds("besucher", live) >= 2,
                "attended: " + attendance.attendedSeconds("besucher", live));
        assertEquals(0, attendance.attendedSeconds("besucher", later), "a talk that has not started collects nothing");
    }
}
