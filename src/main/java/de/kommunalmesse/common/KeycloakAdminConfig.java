package de.kommunalmesse.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The confidential client whose service account calls Keycloak's admin API: it deletes accounts that users or admins
 * erase (docs/privacy.md) and creates or finds the accounts of invited booth staff (docs/operations.md). The keys
 * keep their first home under {@code kommunalmesse.privacy.keycloak}.
 */
@ConfigMapping(prefix = "kommunalmesse.privacy.keycloak")
public interface KeycloakAdminConfig {

    /** The confidential client with the service account (deploy/keycloak/kommunalmesse-realm.json). */
    @WithDefault("kommunalmesse-privacy")
    String clientId();

    /** Its secret; production sets KOMMUNALMESSE_PRIVACY_KEYCLOAK_CLIENT_SECRET. */
    Optional<String> clientSecret();
}
