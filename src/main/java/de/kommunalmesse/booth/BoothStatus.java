package de.kommunalmesse.booth;

/** Curation workflow of a booth: only published booths are visible in the hall. */
public enum BoothStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED
}
