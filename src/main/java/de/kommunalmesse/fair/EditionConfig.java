package de.kommunalmesse.fair;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the editions of a series. */
@ConfigMapping(prefix = "kommunalmesse.editions")
public interface EditionConfig {

    /**
     * Days after its last event day when an open edition becomes a read-only archive on its own, unless the
     * edition sets its own number; 0: from the day after the last day.
     */
    @WithDefault("0")
    int archiveAfterDays();
}
