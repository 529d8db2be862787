package de.kommunalmesse.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How an instance leaves on SIGTERM ({@code kommunalmesse.shutdown.*}): readiness DOWN, a pause for the load
 * balancer, then the features drain. docs/scale-out.md has the whole sequence and its time budget.
 */
@ConfigMapping(prefix = "kommunalmesse.shutdown")
public interface ShutdownConfig {

    /**
     * How long the instance keeps serving after its readiness went DOWN, so that the load balancer sees it
     * and sends nothing new: at least its check interval times the failed checks it waits for (HAProxy here:
     * 2 x 1 s; a Kubernetes readiness probe: periodSeconds x failureThreshold).
     */
    @WithDefault("3s")
    Duration leaveDelay();

    /** Longest time the features get to finish what they hold (the chat's writer, its connections). */
    @WithDefault("10s")
    Duration drainTimeout();
}
