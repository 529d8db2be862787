package de.kommunalmesse.booth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web app's public address as the booth feature needs it (landing page in publiccode.yml). */
@ConfigMapping(prefix = "kommunalmesse.site")
public interface SiteConfig {

    /** Address of the web app as visitors reach it (the same setting the programme uses). */
    @WithDefault("http://localhost:8080")
    String publicUrl();
}
