package de.kommunalmesse.booth;

/**
 * Something in the booth workflow that another person should learn of: fired inside the change's transaction, so
 * observe it with {@code during = TransactionPhase.AFTER_SUCCESS} (nothing is announced that was rolled back).
 */
public sealed interface BoothNotice {

    /** A working copy waits for review by the admins. */
    record ChangeSubmitted(String edition, String slug, String boothName) implements BoothNotice {
    }

    /**
     * The admins approved or rejected a working copy.
     *
     * @param submitter the username of who submitted it
     * @param reason the admins' reason, required for a rejection
     */
    record ChangeReviewed(String edition, String slug, String boothName, String submitter, boolean approved, String reason)
            implements BoothNotice {
    }

    /**
     * The booth's team moved a visitor's contact request to another status.
     *
     * @param status the new status' code: {@code neu}, {@code in-bearbeitung}, {@code erledigt}
     */
    record ContactRequestAnswered(String edition, String slug, String boothName, String visitor, String status)
            implements BoothNotice {
    }
}
