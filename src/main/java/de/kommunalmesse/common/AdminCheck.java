package de.kommunalmesse.common;

import de.kommunalmesse.identity.Caller;

/**
 * The check of the operations that only admins may call where the rule sits in a service rather than in
 * {@code @RolesAllowed}: every feature answers the same way, 401 for anonymous callers and 403 ({@code forbidden})
 * for everyone else but admins.
 */
public final class AdminCheck {

    private AdminCheck() {
    }

    /** 401 for anonymous callers, 403 for everyone but admins. */
    public static void require(Caller caller) {
        caller.requireLogin();
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("forbidden");
        }
    }
}
