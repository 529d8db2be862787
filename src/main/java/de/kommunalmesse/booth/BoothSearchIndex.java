package de.kommunalmesse.booth;

import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hall's full-text search: one document per published booth in a MariaDB FULLTEXT index, and a
 * vocabulary of its words to correct a typo when a search finds nothing.
 */
@ApplicationScoped
public class BoothSearchIndex {

    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** InnoDB indexes words of three characters and more (innodb_ft_min_token_size). */
    static final int MIN_INDEXED_LENGTH = 3;
    private static final Duration VOCABULARY_TTL = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    private volatile Vocabulary vocabulary;

    private record Vocabulary(Set<String> words, Instant loadedAt) {
    }

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
        vocabulary = null;
    }

    /** Search terms of a query: words, lowercase, without boolean-mode operators. */
    static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return NON_WORD.splitAsStream(query.toLowerCase(Locale.GERMAN)).filter(t -> !t.isEmpty()).limit(10).toList();
    }

    /**
     * A corrected query when some term matches no word in the hall but is one or two edits away from
     * one; empty when nothing can be corrected.
     */
    @Transactional
    public Optional<String> correct(List<String> terms) {
        Set<String> words = vocabulary();
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        for (String term : terms) {
            String replacement = term;
            if (term.length() >= MIN_INDEXED_LENGTH && words.stream().noneMatch(w -> w.startsWith(term))) {
                int allowed = term.length() >= 7 ? 2 : 1;
                int best = allowed + 1;
                for (String word : words) {
                    if (Math.abs(word.length() - term.length()) > allowed) {
                        continue;
                    }
                    int distance = distance(term, word, allowed);
                    if (distance < best || distance == best && word.compareTo(replacement) < 0) {
                        best = distance;
                        replacement = word;
                    }
                }
                if (best > allowed) {
                    replacement = term;
                }
            }
            changed |= !replacement.equals(term);
            corrected.add(replacement);
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Set<String> vocabulary() {
        Vocabulary current = vocabulary;
        if (current == null || current.loadedAt().plus(VOCABULARY_TTL).isBefore(Instant.now())) {
            Set<String> words = new HashSet<>();
            List<String> docs = em.createNativeQuery("SELECT s.doc FROM booth_search s JOIN booth b ON b.id = s.booth_id "
                    + "WHERE b.status = 'PUBLISHED'", String.class).getResultList();
            for (String doc : docs) {
                NON_WORD.splitAsStream(doc.toLowerCase(Locale.GERMAN))
                        .filter(w -> w.length() >= MIN_INDEXED_LENGTH && w.length() <= 40)
                        .forEach(words::add);
            }
            current = new Vocabulary(Set.copyOf(words), Instant.now());
            vocabulary = current;
        }
        return current.words();
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
