package de.kommunalmesse.fair;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.kommunalmesse.testsupport.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FairResourceTest {

    @Inject
    TestData data;

    @Test
    void currentFairShowsItsEventDaysInDateOrderWithHostRegions() {
        String slug = "serie-" + data.unique();
        long series = data.series(slug);
        data.eventDay(series, LocalDate.of(2030, 11, 5), "paderborn");
        data.eventDay(series, LocalDate.of(2030, 11, 3), "aachen");

        given().when().get("/api/fair")
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("eventDays.date", contains("2030-11-03", "2030-11-05"))
                .body("eventDays.hostRegion.code", contains("aachen", "paderborn"))
                .body("eventDays[0].hostRegion.name", equalTo("Digitale Modellregion Aachen"));
        given().when().get("/api/event-days")
                .then().statusCode(200)
                .body("date", contains("2030-11-03", "2030-11-05"));
    }

    @Test
    void topicFieldsAreTheFourteenOzgFieldsPlusSmartCity() {
        given().when().get("/api/topic-fields")
                .then().statusCode(200)
                .body("$", hasSize(15))
                .body("[0].code", equalTo("arbeit-ruhestand"))
                .body("[7].name", equalTo("Gesundheit"))
                .body("[14].code", equalTo("smart-city"));
    }
}
