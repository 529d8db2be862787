package de.kommunalmesse.insights;

/**
 * What the dashboard needs from the live side of the platform. The insights only ask; the chat (its connections,
 * conversations and reports) answers, so that the insights do not depend on the chat.
 */
public interface LiveFigures {

    /** Open connections to the live channel on every instance (as last shared, seconds old at most). */
    long onlineNow();

    /** Open conversations of the edition that no staff member has answered or claimed yet. */
    long conversationsWaiting(String edition);

    /** Chat reports waiting for an admin. */
    long reportsWaiting();
}
