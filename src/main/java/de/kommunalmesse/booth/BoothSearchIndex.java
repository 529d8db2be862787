package de.kommunalmesse.booth;

import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The search documents of the hall: one text per published booth (exhibitor, booth, tags, topic fields,
 * services), stored with the booth; {@link HallIndex} searches them in memory.
 */
@ApplicationScoped
public class BoothSearchIndex {

    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    /** Writes the search document of a published booth. */
    @Transactional
    public void index(Booth booth) {
        Map<String, TopicFieldView> topics = fair.topicFields();
        List<String> parts = new ArrayList<>();
        parts.add(booth.exhibitor.name);
        parts.add(booth.name);
        parts.add(booth.tagline);
        parts.add(booth.description);
        parts.addAll(booth.tags);
        booth.topicFieldCodes.stream().map(topics::get).filter(Objects::nonNull).map(TopicFieldView::name).forEach(parts::add);
        for (ReuseOffer offer : booth.services) {
            parts.add(offer.name);
            parts.add(offer.summary);
            parts.add(offer.technology);
            parts.add(offer.licence);
            parts.add(offer.adopters);
        }
        String doc = String.join("\n", parts.stream().filter(Objects::nonNull).toList());
        em.createNativeQuery("INSERT INTO booth_search (booth_id, doc) VALUES (?1, ?2) "
                + "ON DUPLICATE KEY UPDATE doc = VALUES(doc)")
                .setParameter(1, booth.id).setParameter(2, doc).executeUpdate();
    }

    /** Search terms of a query: words, lowercase, without boolean-mode operators. */
    static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return NON_WORD.splitAsStream(query.toLowerCase(Locale.GERMAN)).filter(t -> !t.isEmpty()).limit(10).toList();
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, giving up above {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
