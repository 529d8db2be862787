package de.kommunalmesse.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Attendance rules and the issuer of certificates of attendance ({@code kommunalmesse.certificates.*}). */
@ConfigMapping(prefix = "kommunalmesse.certificates")
public interface CertificateConfig {

    /** The organiser named as the issuer on the certificate. */
    @WithDefault("KDN – Dachverband kommunaler IT-Dienstleister")
    String issuer();

    /** The organiser's logo (a PNG or JPEG file), printed at the top right; none when not set. */
    Optional<String> logo();

    /** The person who signs, printed under the signature line. */
    @WithDefault("Geschäftsstelle Kommunalmesse")
    String signatory();

    /** Their role, printed under their name. */
    @WithDefault("für die Veranstalter")
    String signatoryRole();

    /**
     * The longest gap between two samples of a user at a talk that still counts as attended (a reload, a
     * reconnect, a short network outage); a longer gap counts as absence.
     */
    @WithDefault("2m")
    Duration gapTolerance();

    /** Least attended time for a talk to appear on the certificate. */
    @WithDefault("5m")
    Duration minimumPerTalk();
}
