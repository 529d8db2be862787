package de.kommunalmesse.booth;

/**
 * Something visitors did at a booth that its statistics count: fired inside the transaction that stores it, so
 * that observers (the insights' counters) count it in the same transaction and a rollback drops both. It names
 * the booth, never the visitor.
 */
public record BoothActivity(long boothId, Kind kind) {

    /** What happened. */
    public enum Kind {
        DOWNLOAD, CONTACT_REQUEST, REUSE_REQUEST
    }
}
