package de.kommunalmesse.insights;

import de.kommunalmesse.fair.EditionService;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Every {@code attendance-sample} each instance records the viewers of the talks running now in the current
 * edition (several instances record the same minute; the larger count stays), and once an hour it forgets the
 * visitor hashes and salts of past days.
 */
@ApplicationScoped
public class AttendanceSampler {

    private static final Logger LOG = Logger.getLogger(AttendanceSampler.class);
    private static final long FORGET_EVERY_MILLIS = 3_600_000;

    @Inject
    DashboardService dashboard;

    @Inject
    Counters counters;

    @Inject
    EditionService editions;

    @Inject
    InsightsConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private long timer;
    private long lastForget;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.attendanceSample().toMillis(), id -> vertx.executeBlocking(() -> {
            round();
            return null;
        }, false).onFailure(e -> LOG.warn("Sampling talk attendance failed", e)));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    synchronized void round() {
        long now = clock.millis();
        if (now - lastForget >= FORGET_EVERY_MILLIS) {
            counters.forgetPastDays();
            lastForget = now;
        }
        editions.currentIfAny().ifPresent(dashboard::sampleAttendance);
    }
}
