package de.kommunalmesse.feedback;

import de.kommunalmesse.common.TalkRatings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts and averages of talk ratings for the reports; comments and their authors stay here. */
@ApplicationScoped
public class FeedbackRatings implements TalkRatings {

    @Override
    @Transactional
    public Map<Long, Rating> ratings(Collection<Long> talkIds) {
        Map<Long, Rating> result = new HashMap<>();
        if (talkIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = TalkFeedback.getEntityManager().createQuery(
                "select f.talkId, count(f), sum(f.stars) from TalkFeedback f where f.talkId in :talks group by f.talkId",
                Object[].class).setParameter("talks", talkIds).getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            long sum = ((Number) row[2]).longValue();
            result.put(((Number) row[0]).longValue(), new Rating(count, Math.round(sum * 10.0 / count) / 10.0));
        }
        return result;
    }
}
