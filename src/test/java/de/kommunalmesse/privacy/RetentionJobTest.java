package de.kommunalmesse.privacy;

import static de.kommunalmesse.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.privacy.PrivacyViews.RetentionRun;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The retention job: what is past its deadline goes, what is not stays, and one instance runs it at a time. */
@QuarkusTest
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Inject
    PrivacyConfig config;

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @TestHTTPResource("/")
    URI base;

    @Test
    void recordsPastTheirDeadlineGoAndNewerOnesStay() throws InterruptedException {
        String booth = data.ownBooth();
        long old = contactRequest(booth, "Alte Anfrage");
        long recent = contactRequest(booth, "Neue Anfrage");
        long boothId = number("SELECT booth_id FROM contact_request WHERE id = ?1", old);
        Instant now = Instant.now();
        sql("UPDATE contact_request SET created_at = ?1 WHERE id = ?2",
                now.minus(config.retention().contactRequests()).minus(Duration.ofDays(1)), old);
        int conversation = as(TestUsers.visitor()).body(Map.of("booth", booth)).post("/api/chat/conversations")
                .then().statusCode(200).extract().path("id");
        try (ChatLine chat = new ChatLine(connector.get(), base, TestUsers.visitor())) {
            chat.post("dm:" + conversation, "Eine alte Frage an das Standteam");
        }
        // The conversation notes the message's time after the ack; wait for it before moving the time back
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (number("SELECT COUNT(*) FROM chat_conversation c JOIN chat_message m ON m.channel_id = CONCAT('dm:', c.id)"
                + " WHERE c.id = ?1 AND c.updated_at >= m.created_at", conversation) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        sql("UPDATE chat_conversation SET updated_at = ?1 WHERE id = ?2",
                now.minus(config.retention().conversations()).minus(Duration.ofDays(1)), conversation);
        // today's row the two contact requests counted, and one from long ago
        sql("INSERT INTO booth_stat_day (booth_id, stat_date, views) VALUES (?1, DATE(?2), 3)",
                boothId, now.minus(config.retention().statistics()).minus(Duration.ofDays(2)));
        makeDue();

        Optional<RetentionRun> run = job.runIfDue();

        assertTrue(run.isPresent(), "the job ran");
        assertTrue(run.get().summary().getOrDefault("contact_request", 0) >= 1, run.get().summary().toString());
        assertEquals(0, number("SELECT COUNT(*) FROM contact_request WHERE id = ?1", old));
        assertEquals(1, number("SELECT COUNT(*) FROM contact_request WHERE id = ?1", recent));
        assertEquals(0, number("SELECT COUNT(*) FROM consent_record WHERE purpose = 'kontaktanfrage' AND subject = ?1",
                String.valueOf(old)), "the consent goes with its request");
        assertEquals(1, number("SELECT COUNT(*) FROM consent_record WHERE purpose = 'kontaktanfrage' AND subject = ?1",
                String.valueOf(recent)));
        assertEquals(0, number("SELECT COUNT(*) FROM chat_conversation WHERE id = ?1", conversation));
        assertEquals(0, number("SELECT COUNT(*) FROM chat_message WHERE channel_id = ?1", "dm:" + conversation),
                "the conversation's messages go with it");
        assertEquals(1, number("SELECT COUNT(*) FROM booth_stat_day WHERE booth_id = ?1", boothId), "today's statistics stay");
        assertEquals(Optional.empty(), job.runIfDue(), "it ran a moment ago, so it is not due again");
    }

    @Test
    void onlyOneOfSeveralConcurrentCallsRunsTheJob() throws Exception {
        makeDue();
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Optional<RetentionRun>>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Optional<RetentionRun>> call = () -> {
                    start.await();
                    return job.runIfDue();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            int ran = 0;
            for (Future<Optional<RetentionRun>> result : results) {
                ran += result.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, ran);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockHeldByAnotherInstanceBlocksTheJobUntilItsLeaseEnds() {
        makeDue();
        sql("UPDATE job_lock SET locked_by = 'andere-instanz', locked_until = ?1 WHERE name = ?2",
                Instant.now().plus(Duration.ofMinutes(10)), RetentionJob.JOB);
        assertEquals(Optional.empty(), job.runIfDue());
        // The other instance died: once its lease is over, this one takes over
        sql("UPDATE job_lock SET locked_until = ?1 WHERE name = ?2", Instant.now().minusSeconds(1), RetentionJob.JOB);
        assertTrue(job.runIfDue().isPresent());
    }

    private long contactRequest(String booth, String message) {
        return ((Number) as(TestUsers.visitor()).body(Map.of("message", message, "consent", true))
                .post("/api/booths/" + booth + "/contact-requests").then().statusCode(201).extract().path("id")).longValue();
    }

    private void makeDue() {
        sql("UPDATE job_lock SET locked_by = NULL, locked_until = '1970-01-01 00:00:01', last_run_at = NULL WHERE name = ?1",
                RetentionJob.JOB);
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private long number(String statement, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
