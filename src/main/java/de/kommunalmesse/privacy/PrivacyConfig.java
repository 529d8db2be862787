package de.kommunalmesse.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The data-protection settings (docs/privacy.md). The Datenschutzerklärung is rendered from these same
 * values through {@code GET /api/privacy/policy}, so it cannot promise a deadline the job does not keep.
 */
@ConfigMapping(prefix = "kommunalmesse.privacy")
public interface PrivacyConfig {

    /** Who is responsible for the processing (DSGVO Art. 13 (1) a and b). */
    Controller controller();

    /** How long records are kept before the retention job deletes or anonymises them. */
    Retention retention();

    interface Controller {

        @WithDefault("Kommunalmesse-Betreiber (bitte in kommunalmesse.privacy.controller.name eintragen)")
        String name();

        @WithDefault("Musterstraße 1, 12345 Musterstadt")
        String address();

        @WithDefault("datenschutz@example.org")
        String email();

        /** The data protection officer's contact (DSGVO Art. 37; public bodies must appoint one). */
        @WithDefault("dsb@example.org")
        String dataProtectionOfficer();

        /** The supervisory authority users may complain to (DSGVO Art. 77). */
        @WithDefault("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW)")
        String supervisoryAuthority();
    }

    interface Retention {

        /** Contact requests to booth teams, with their consent records. */
        @WithDefault("P180D")
        Duration contactRequests();

        /** Private conversations with booth teams, counted from their last activity. */
        @WithDefault("P90D")
        Duration conversations();

        /** Answered and closed barrier reports, counted from their last change. */
        @WithDefault("P730D")
        Duration accessibilityReports();

        /** A booth's daily view, download and contact counts. */
        @WithDefault("P730D")
        Duration statistics();

        /** How often the job runs; every instance checks, and one of them runs it per interval. */
        @WithDefault("PT1H")
        Duration interval();

        /** How long an instance may hold the job's lock before another may take over (it died mid-run). */
        @WithDefault("PT15M")
        Duration lease();

        /** Switch the job off (e.g. on a copy of the production database). */
        @WithDefault("true")
        boolean enabled();
    }
}
