package de.kommunalmesse.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kommunalmesse.demo-data")
public interface DemoDataConfig {

    /** Load the German demo fair into an empty database at start (the launcher sets this). */
    boolean enabled();

    /** Classpath resource with the demo fair. */
    @WithDefault("demo/demo-fair.json")
    String resource();
}
