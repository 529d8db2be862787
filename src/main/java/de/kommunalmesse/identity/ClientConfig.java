package de.kommunalmesse.identity;

/** What the SPA needs to know at start: where and as which client to log in. */
public record ClientConfig(Oidc oidc) {

    public record Oidc(String authority, String clientId) {
    }
}
