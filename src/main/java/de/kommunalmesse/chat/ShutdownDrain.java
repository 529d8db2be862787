package de.kommunalmesse.chat;

import de.kommunalmesse.common.ShutdownConfig;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
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
 * balancer to another instance, resume from their last seq and resend what was refused.
 */
@ApplicationScoped
public class ShutdownDrain {

    private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
    private static final long MIN_CLOSE_MILLIS = 2_000;

    @Inject
    ShutdownConfig config;

    @Inject
    MessageWriter writer;

    @Inject
    ChatHub hub;

    void drain(@Observes @Priority(Interceptor.Priority.APPLICATION) ShutdownDelayInitiatedEvent event)
            throws InterruptedException {
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
