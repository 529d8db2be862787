package de.kommunalmesse.booth;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The hall's authorization rules in one place: admins may do everything; staff of an exhibitor may edit
 * that exhibitor's booths and read their inbox, statistics and audit log; everyone else may only read
 * published booths.
 */
@ApplicationScoped
public class BoothAccess {

    @Inject
    SecurityIdentity identity;

    public boolean loggedIn() {
        return !identity.isAnonymous();
    }

    public String username() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return identity.getPrincipal().getName().toLowerCase(Locale.ROOT);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN);
    }

    /** Whether the current user may edit this booth. */
    public boolean mayEdit(Booth booth) {
        return loggedIn() && (isAdmin() || staffs(booth.exhibitor));
    }

    /** Staff entries are Keycloak usernames or e-mail addresses (matched against the token's e-mail). */
    public boolean staffs(Exhibitor exhibitor) {
        return exhibitor.staff.contains(username()) || email().map(exhibitor.staff::contains).orElse(false);
    }

    /** The user's e-mail address from the token, lowercase, if there is one. */
    public Optional<String> email() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String email = token.getClaim("email");
        return email == null || email.isBlank() ? Optional.empty() : Optional.of(email.toLowerCase(Locale.ROOT));
    }

    /** The booth with this slug, whatever its status, if the current user may edit it. */
    public Booth requireEditor(String slug) {
        Booth booth = Booth.<Booth>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.boothAny", slug));
        if (!loggedIn()) {
            throw new UnauthorizedException();
        }
        if (!mayEdit(booth)) {
            throw ProblemException.forbidden("forbidden.notStaff", slug);
        }
        return booth;
    }

    public void requireAdmin() {
        if (!loggedIn()) {
            throw new UnauthorizedException();
        }
        if (!isAdmin()) {
            throw ProblemException.forbidden("forbidden");
        }
    }
}
