package de.kommunalmesse.fair;

/** The query parameter by which edition-scoped endpoints name their edition. */
public final class EditionScope {

    /** The OpenAPI description of the {@code edition} query parameter. */
    public static final String DESCRIPTION = "Slug of the edition (e.g. 2026); the current edition when left out. "
            + "404 for an unknown edition or one in preparation that the caller may not see.";

    private EditionScope() {
    }
}
