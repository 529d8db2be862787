package de.kommunalmesse.chat.live;

import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.DashboardEvent;
import de.kommunalmesse.chat.protocol.FrameEncoder;
import de.kommunalmesse.insights.DashboardService;
import de.kommunalmesse.insights.InsightsConfig;
import de.kommunalmesse.insights.InsightsViews.Dashboard;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the organiser dashboard (insights) live: every {@code dashboard-interval} each instance shares its online count, and,
 * when admins on this instance watch the dashboard ({@code watch} with {@code dashboard} on the WebSocket), reads
 * the figures of the current edition once and sends them to all of them if they changed. The figures come from
 * counters every instance shares (database, Redis), so no instance needs to tell the others.
 */
@ApplicationScoped
public class DashboardPush {

    private static final Logger LOG = Logger.getLogger(DashboardPush.class);

    @Inject
    ChatHub hub;

    @Inject
    FrameEncoder frames;

    @Inject
    DashboardService dashboard;

    @Inject
    LiveCounts online;

    @Inject
    InsightsConfig config;

    @Inject
    Vertx vertx;

    private long timer;
    private Dashboard sent;
    private Set<ChatSession> sentTo = Set.of();

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.dashboardInterval().toMillis(), id -> vertx.executeBlocking(() -> {
            tick();
            return null;
        }, false).onFailure(e -> LOG.warn("Updating the dashboard failed", e)));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** One round: share, push. */
    synchronized void tick() {
        online.share();
        Set<ChatSession> watchers = hub.dashboardWatchers();
        if (watchers.isEmpty()) {
            sent = null;
            sentTo = Set.of();
            return;
        }
        Optional<Dashboard> current = dashboard.currentFigures();
        if (current.isEmpty()) {
            return;
        }
        Dashboard figures = current.get();
        // A watcher that came since the last round gets the figures even when they did not change
        if (!figures.equals(sent) || !sentTo.containsAll(watchers)) {
            sent = figures;
            sentTo = watchers;
            hub.deliverToEach(watchers, frames.json(new DashboardEvent(null, figures)));
        }
    }
}
