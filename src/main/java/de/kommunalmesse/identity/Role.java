package de.kommunalmesse.identity;

import java.util.List;

/** The realm roles the platform knows. An admin may do everything an exhibitor may, not the reverse. */
public final class Role {

    public static final String VISITOR = "visitor";
    public static final String EXHIBITOR = "exhibitor";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(VISITOR, EXHIBITOR, ADMIN);

    private Role() {
    }
}
