package de.kommunalmesse.stage;

import java.time.Instant;
import java.util.Set;

/**
 * The facts other features need about a talk (feedback, attendance): when and where it runs, in which
 * edition and on which event day, and the booths it belongs to. Not an API response.
 *
 * @param stageKey the stage's edition-qualified key ({@code <edition>/<key>}), as chat channels name it
 */
public record TalkFacts(long id, String title, long editionId, long eventDayId, String stageKey, String stageName,
        Instant startsAt, Instant endsAt, Set<Long> boothIds) {

    /** Whether the talk is over at this instant. */
    public boolean endedAt(Instant now) {
        return !endsAt.isAfter(now);
    }
}
