package de.kommunalmesse.stage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.stage.ProgrammeViews.NewStage;
import de.kommunalmesse.stage.ProgrammeViews.NewTalk;
import de.kommunalmesse.stage.ProgrammeViews.SpeakerView;
import de.kommunalmesse.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Inject
    TestData data;

    @Inject
    ProgrammeService programme;

    @Test
    void runningTalkIsLiveAndLaterTalkIsNext() {
        String term = data.unique();
        ZonedDateTime now = ZonedDateTime.now(ProgrammeService.FAIR_ZONE).truncatedTo(ChronoUnit.MINUTES);
        // Stay inside today so the talk times are valid local times on the event day's date
        LocalTime liveStart = now.toLocalTime().isBefore(LocalTime.of(0, 5)) ? LocalTime.MIDNIGHT : now.toLocalTime().minusMinutes(5);
        LocalTime liveEnd = now.toLocalTime().isAfter(LocalTime.of(23, 50)) ? LocalTime.of(23, 59) : now.toLocalTime().plusMinutes(5);
        long series = data.series("serie-" + term);
        long today = data.eventDay(series, now.toLocalDate(), "soest");
        long later = data.eventDay(series, LocalDate.of(2099, 1, 5), "soest");
        programme.createStage(series, new NewStage("buehne", "Bühne " + term));
        long live = programme.createTalk(talk(today, liveStart, liveEnd, "Live " + term));
        long next = programme.createTalk(talk(later, LocalTime.of(9, 0), LocalTime.of(9, 30), "Später " + term));

        given().when().get("/api/programme/now")
                .then().statusCode(200)
                .body("live.id", hasItem((int) live))
                .body("live.id", not(hasItem((int) next)))
                .body("live.find { it.id == " + live + " }.speakers.name", hasItem("Dr. Erika Beispiel"))
                .body("live.find { it.id == " + live + " }.stage.name", equalTo("Bühne " + term))
                .body("live.find { it.id == " + live + " }.start", startsWith(now.toLocalDate().toString()));
    }

    private static NewTalk talk(long day, LocalTime start, LocalTime end, String title) {
        return new NewTalk(day, "buehne", start, end, TalkType.FACHBEITRAG, title, "Worum es geht", "gesundheit", "de",
                List.of(new SpeakerView("Dr. Erika Beispiel", "Stadt Beispielhausen", "CDO")), List.of());
    }
}
