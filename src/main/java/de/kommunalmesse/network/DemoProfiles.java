package de.kommunalmesse.network;

import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.common.DemoDataLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/**
 * The demo fair's directory on first start: two of the demo accounts opted in, so that "Vernetzen" has people to
 * find and suggest. The demo visitor (besucher) and the moderator stay out: they opt in themselves in the journeys.
 */
@ApplicationScoped
public class DemoProfiles {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void load(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoDataLoaded loaded) {
        profile("aussteller-soest", "Sven Sörensen", "Kreis Soest", OrganisationType.KREIS, "soest",
                "Projektleitung Digitalisierung", Set.of("bauen-wohnen", "smart-city"),
                "Wir haben den digitalen Umzugsservice gebaut und teilen gern, was wir gelernt haben.");
        profile("kdn-admin", "Karla Dietz", "KDN – Dachverband kommunaler IT-Dienstleister", OrganisationType.VERBAND,
                null, "Referentin Vernetzung", Set.of("smart-city", "gesundheit"),
                "Ich bringe Kommunen mit ähnlichen Vorhaben zusammen.");
    }

    private void profile(String username, String name, String organisation, OrganisationType type, String region,
            String role, Set<String> topics, String about) {
        if (NetworkProfile.count("username", username) > 0) {
            return;
        }
        NetworkProfile profile = new NetworkProfile();
        profile.username = username;
        profile.displayName = name;
        profile.organisation = organisation;
        profile.organisationType = type;
        profile.hostRegion = region;
        profile.regionText = "Nordrhein-Westfalen";
        profile.role = role;
        profile.topicFields.addAll(topics);
        profile.about = about;
        profile.createdAt = clock.instant();
        profile.updatedAt = profile.createdAt;
        profile.persist();
    }
}
