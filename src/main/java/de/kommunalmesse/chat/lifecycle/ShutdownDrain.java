package de.kommunalmesse.chat.lifecycle;

import de.kommunalmesse.chat.delivery.ChatHub;
import de.kommunalmesse.chat.message.MessageWriter;
import de.kommunalmesse.chat.protocol.CloseCodes;
import de.kommunalmesse.common.ShutdownConfig;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * The chat's part of a graceful shutdown, after the instance has left the load balancer
 * ({@link de.kommunalmesse.common.ShutdownReadiness}, an earlier observer of the same event): the message
 * writer stores and acknowledges every message it has taken and refuses new ones as {@code busy}; then every
 * connection is closed with 1001 (going away) behind its last ack, so that clients reconnect through the load
 * balancer to another instance, resume from their last seq and resend what was refused. From then on a new
 * handshake (a load balancer that has not noticed yet) is refused with 503, so that no connection outlives the
 * drain and is cut off without a close frame when the process ends. The chat is the app's only WebSocket endpoint,
 * so the check applies to every upgrade.
 */
@ApplicationScoped
public class ShutdownDrain implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    private static final long MIN_CLOSE_MILLIS = 2_000;

    @Inject
    ShutdownConfig config;

    @Inject
    MessageWriter writer;

    @Inject
    ChatHub hub;

    private volatile boolean draining;

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return draining ? CheckResult.rejectUpgrade(503) : CheckResult.permitUpgrade();
    }

    void drain(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownDelayInitiatedEvent event)
            throws InterruptedException {
        draining = true;
        long start = System.nanoTime();
        long deadline = start + config.drainTimeout().toNanos();
        boolean drained = writer.drain(config.drainTimeout());
        int connections = hub.connectionCount();
        hub.closeAll(CloseCodes.GOING_AWAY);
        // The close frames go out on the event loops; wait for them (and the clients' answers) before Quarkus
        // goes on to stop the HTTP server
        long closeDeadline = Math.max(deadline, System.nanoTime() + MIN_CLOSE_MILLIS * 1_000_000);
        while (hub.connectionCount() > 0 && System.nanoTime() < closeDeadline) {
            Thread.sleep(10);
        }
        LOG.infof("Chat drained in %d ms: writer %s, %d connections closed with 1001, %d still open",
                (System.nanoTime() - start) / 1_000_000, drained ? "empty" : "NOT empty (timed out)", connections,
                hub.connectionCount());
    }
}
