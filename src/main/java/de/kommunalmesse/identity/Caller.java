package de.kommunalmesse.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the current request, read from the verified access token in one place, so every
 * feature agrees on what a username is (the token's principal name, lower case) and where the e-mail
 * address, display name and organisation come from.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    /** 401 for anonymous callers: the check that comes before a feature's own rules where a login is needed. */
    public void requireLogin() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }

    /** The Keycloak username in lower case; 401 for anonymous callers. */
    public String username() {
        requireLogin();
        return identity.getPrincipal().getName().toLowerCase(Locale.ROOT);
    }

    /** The username, or empty for anonymous callers. */
    public Optional<String> usernameIfLoggedIn() {
        return loggedIn() ? Optional.of(username()) : Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** The e-mail address from the token in lower case, if there is one. */
    public Optional<String> email() {
        return claim("email").map(email -> email.toLowerCase(Locale.ROOT));
    }

    /** The display name from the token, else the username; 401 for anonymous callers. */
    public String displayName() {
        return claim("name").orElseGet(this::username);
    }

    /** The organisation the user stated in Keycloak, if any. */
    public Optional<String> organisation() {
        return claim("organisation");
    }

    /** A non-blank string claim of the access token. */
    public Optional<String> claim(String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
