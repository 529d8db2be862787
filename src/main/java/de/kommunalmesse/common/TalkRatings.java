package de.kommunalmesse.common;

import java.util.Collection;
import java.util.Map;

/**
 * The ratings of talks as counts and averages, without comments or names: what the reports print
 * (docs/insights.md). Implemented by the feedback feature, so that the reports need not reach into it.
 */
public interface TalkRatings {

    /** The ratings of one talk; {@code average} rounded to one decimal, null without ratings. */
    record Rating(long count, Double average) {
    }

    /** The ratings of these talks; a talk without ratings is missing from the map. */
    Map<Long, Rating> ratings(Collection<Long> talkIds);
}
