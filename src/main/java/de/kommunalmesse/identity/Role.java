package de.kommunalmesse.identity;

import java.util.List;

/** The realm roles the platform knows. An admin may do everything an exhibitor may, not the reverse. */
public final class Role {

    public static final String VISITOR = "visitor";
    public static final String EXHIBITOR = "exhibitor";
    public static final String ADMIN = "admin";
    /** Runs stages: live state, Q&A and polls (admins may too). */
    public static final String MODERATOR = "moderator";

    public static final List<String> ALL = List.of(VISITOR, EXHIBITOR, MODERATOR, ADMIN);

    private Role() {
    }
}
