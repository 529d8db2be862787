package de.kommunalmesse.stage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kommunalmesse.site")
public interface ProgrammeConfig {

    /** Address of the web app as visitors reach it; used in calendar entries and feed addresses. */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
