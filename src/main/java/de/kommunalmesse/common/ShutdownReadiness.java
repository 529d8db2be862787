package de.kommunalmesse.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The first step of a graceful shutdown: readiness goes DOWN, and the instance keeps serving for
 * {@link ShutdownConfig#leaveDelay()} until the load balancer has taken it out of rotation. Only then do the
 * features drain (they observe the same event with a later priority, e.g. the chat's ShutdownDrain).
 * <p>
 * Quarkus runs this in its pre-shutdown phase ({@code quarkus.shutdown.delay-enabled}), before it stops
 * taking HTTP requests, so requests that still arrive in the pause are served normally.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {

    static final String NAME = "Taking new work";
    private static final Logger LOG = Logger.getLogger(ShutdownReadiness.class);

    @Inject
    ShutdownConfig config;

    private volatile boolean leaving;

    void leave(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownDelayInitiatedEvent event)
            throws InterruptedException {
        leaving = true;
        LOG.infof("Shutting down: readiness is DOWN; serving on for %d ms until the load balancer has noticed",
                config.leaveDelay().toMillis());
        Thread.sleep(config.leaveDelay().toMillis());
    }

    /** Whether the instance is on its way out (readiness DOWN). */
    public boolean leaving() {
        return leaving;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(!leaving).withData("shuttingDown", leaving).build();
    }
}
