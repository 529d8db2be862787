package de.kommunalmesse.booth;

/**
 * Whether a booth is public. The curation workflow (editing, submitted, rejected) lives on the booth's
 * working copy ({@link BoothDraft}); a published booth keeps its approved content while a change waits.
 */
public enum BoothStatus {
    /** Never approved: visible to its staff and admins only. */
    DRAFT,
    /** Approved content is in the hall. */
    PUBLISHED
}
