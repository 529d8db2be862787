package de.kommunalmesse.insights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the insights (docs/insights.md). */
@ConfigMapping(prefix = "kommunalmesse.insights")
public interface InsightsConfig {

    /** Counts of a booth below this (and above zero) are shown as "< threshold", never as the number. */
    @WithDefault("5")
    int threshold();

    /** How often each instance looks whether the dashboard's figures changed and sends them to its watchers. */
    @WithDefault("2s")
    Duration dashboardInterval();

    /** How often each instance samples the viewers of the talks that are running. */
    @WithDefault("15s")
    Duration attendanceSample();
}
