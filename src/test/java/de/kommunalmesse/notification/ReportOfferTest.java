package de.kommunalmesse.notification;

import static de.kommunalmesse.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offer of each booth's PDF report to its staff once the edition is over (issue 19, docs/insights.md). */
@QuarkusTest
class ReportOfferTest {

    @Inject
    TestData data;

    @Inject
    NotificationJobs jobs;

    @Inject
    EntityManager em;

    private static List<Map<String, Object>> offers(String token, String boothName) {
        return as(token).get("/api/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'booth.report' && it.subject == '" + boothName + "' }");
    }

    private long offerRows(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM"
                + " booth_report_offer o JOIN booth b ON b.id = o.booth_id WHERE b.slug = ?1").setParameter(1, slug)
                .getSingleResult()).longValue());
    }

    @Test
    void afterTheEditionsLastDayOnlyTheBoothsStaffIsOfferedItsReportAndOnlyOnce() {
        EditionRef edition = data.currentEdition();
        String own = data.ownBooth();
        String foreign = data.foreignBooth();
        String ownName = "Eigener Stand " + own.substring("eigen-".length());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE job_lock SET last_run_at = NULL,"
                + " locked_until = '1970-01-01 00:00:01' WHERE name = 'booth-report-offer'").executeUpdate());

        Instant lastDay = edition.endsOn().atTime(LocalTime.of(18, 0)).atZone(NotificationMails.ZONE).toInstant();
        assertEquals(-1, jobs.offerReportsIfDue(lastDay), "not before the last day is over");
        assertTrue(offers(TestUsers.exhibitorSoest(), ownName).isEmpty());

        Instant after = edition.endsOn().plusDays(1).atTime(LocalTime.of(8, 0)).atZone(NotificationMails.ZONE).toInstant();
        assertTrue(jobs.offerReportsIfDue(after) >= 1);
        // another instance at the same moment finds the job taken; a later run finds nothing left to offer
        assertEquals(-1, jobs.offerReportsIfDue(after));
        assertEquals(0, jobs.offerReportsIfDue(after.plus(Duration.ofHours(1))));

        List<Map<String, Object>> received = offers(TestUsers.exhibitorSoest(), ownName);
        assertEquals(1, received.size(), received.toString());
        assertEquals("/" + edition.slug() + "/mein-stand/" + own + "/statistik", received.get(0).get("link"));
        assertEquals(edition.title(), received.get(0).get("detail"));
        assertTrue(offers(TestUsers.visitor(), ownName).isEmpty(), "only the booth's staff");
        assertEquals(1, offerRows(own));
        assertEquals(0, offerRows(foreign), "a booth without staff has nobody to offer it to");
    }
}
