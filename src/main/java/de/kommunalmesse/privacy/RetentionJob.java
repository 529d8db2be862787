package de.kommunalmesse.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.common.PersonalData;
import de.kommunalmesse.common.PersonalData.Cutoffs;
import de.kommunalmesse.privacy.PrivacyViews.RetentionRun;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes or anonymises what is older than the retention deadlines (docs/privacy.md). Every instance
 * checks once per interval; the one whose conditional UPDATE of the lock row {@code job_lock} wins runs
 * the job, the others see the row taken or the last run too recent. A lease ends the lock of an instance
 * that died mid-run.
 */
@ApplicationScoped
public class RetentionJob {

    static final String JOB = "privacy-retention";
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    Instance<PersonalData> contributors;

    @Inject
    PrivacyConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private final String instance = UUID.randomUUID().toString();
    private long timer = -1;

    void start(@Observes StartupEvent event) {
        if (config.retention().enabled()) {
            timer = vertx.setPeriodic(config.retention().interval().toMillis(),
                    id -> vertx.executeBlocking(() -> {
                        try {
                            runIfDue();
                        } catch (RuntimeException e) {
                            LOG.error("The retention job failed; it is tried again in the next interval", e);
                        }
                        return null;
                    }, false));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /**
     * Runs the job if no other instance holds it and its last run is at least half an interval ago (so
     * that the instances' timers, which drift, still let it run once per interval); empty otherwise.
     */
    public Optional<RetentionRun> runIfDue() {
        Instant now = clock.instant();
        Instant dueBefore = now.minus(config.retention().interval().dividedBy(2));
        boolean won = QuarkusTransaction.requiringNew().call(() -> PersonalData.update(em,
                "UPDATE job_lock SET locked_by = ?1, locked_until = ?2 WHERE name = ?3 AND locked_until < ?4"
                        + " AND (last_run_at IS NULL OR last_run_at <= ?5)",
                instance, now.plus(config.retention().lease()), JOB, now, dueBefore) == 1);
        if (!won) {
            return Optional.empty();
        }
        try {
            Map<String, Integer> summary = QuarkusTransaction.requiringNew().call(() -> expire(now));
            QuarkusTransaction.requiringNew().run(() -> PersonalData.update(em, "UPDATE job_lock SET locked_until = ?1,"
                    + " last_run_at = ?1, last_result = ?2 WHERE name = ?3 AND locked_by = ?4", now, write(summary), JOB, instance));
            LOG.infof("Retention job ran: %s", summary);
            return Optional.of(new RetentionRun(now, summary));
        } catch (RuntimeException e) {
            // Give the lock back at once, so that the next interval tries again on any instance
            QuarkusTransaction.requiringNew().run(() -> PersonalData.update(em,
                    "UPDATE job_lock SET locked_until = ?1 WHERE name = ?2 AND locked_by = ?3", now, JOB, instance));
            throw e;
        }
    }

    private Map<String, Integer> expire(Instant now) {
        PrivacyConfig.Retention r = config.retention();
        Cutoffs cutoffs = new Cutoffs(now.minus(r.contactRequests()), now.minus(r.conversations()),
                now.minus(r.accessibilityReports()), now.minus(r.statistics()));
        Map<String, Integer> summary = new TreeMap<>();
        for (PersonalData contributor : contributors) {
            contributor.expire(cutoffs).forEach((table, rows) -> PersonalData.count(summary, table, rows));
        }
        return summary;
    }

    private String write(Map<String, Integer> summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
