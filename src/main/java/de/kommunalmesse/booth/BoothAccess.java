package de.kommunalmesse.booth;

import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.identity.Role;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

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
        return loggedIn() && (isAdmin() || booth.exhibitor.staff.contains(username()));
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
