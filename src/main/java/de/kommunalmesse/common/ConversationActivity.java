package de.kommunalmesse.common;

import java.time.Duration;

/**
 * A conversation with a booth team was opened, got a message, or was answered by the team for the first time:
 * fired once, on the instance where it happened, inside the transaction that stores it (a plain CDI event, not a
 * chat event), for counters that must not count it once per instance. It names the booth, not the people.
 *
 * @param booth the booth as the chat names it, {@code <edition>/<slug>}
 * @param sinceOpened for {@link Kind#ANSWERED}: how long the visitor waited for the first answer; else null
 */
public record ConversationActivity(String booth, Kind kind, Duration sinceOpened) {

    /** What happened. */
    public enum Kind {
        OPENED, MESSAGE, ANSWERED
    }
}
