package de.kommunalmesse.identity;

import io.smallrye.config.ConfigMapping;

/** How browsers reach the identity provider (may differ from the URL the backend uses). */
@ConfigMapping(prefix = "kommunalmesse.oidc")
public interface IdentityConfig {

    /** Issuer URL the SPA logs in against, e.g. {@code https://login.example.org/realms/kommunalmesse}. */
    String publicAuthority();

    /** The public OIDC client of the SPA (Authorization Code + PKCE). */
    String spaClientId();
}
