package de.kommunalmesse.chat.live;

import de.kommunalmesse.chat.ChatConfig;
import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.stage.StageAudience;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every {@code stage.audience-sample}, tells who of this instance's logged-in connections follows which stage
 * ({@link StageAudience}, fired asynchronously): the samples from which the attendance of live talks is measured.
 * Each instance reports only its own connections; the observer adds them up per user and talk.
 */
@ApplicationScoped
public class AudienceSampler {

    private static final Logger LOG = Logger.getLogger(AudienceSampler.class);

    @Inject
    ChatHub hub;

    @Inject
    ChatConfig config;

    @Inject
    Event<StageAudience> audience;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    private long timer;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.stage().audienceSample().toMillis(), id -> sample());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** One sample; nothing is fired while no logged-in connection follows a stage. */
    void sample() {
        Map<String, Map<String, String>> viewers = hub.stageAudience();
        if (viewers.isEmpty()) {
            return;
        }
        audience.fireAsync(new StageAudience(clock.instant(), viewers)).exceptionally(e -> {
            LOG.warnf("Recording the stages' audience failed: %s", e.getMessage());
            return null;
        });
    }
}
