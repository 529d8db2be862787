package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.HallPage;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One version of the published hall in memory, and the search over it: filters, German full-text ranking
 * and typo correction. Plain Java without the database, so that {@link HallIndex} loads it and the unit tests
 * build it from a handful of booths.
 *
 * <p>Words are folded for matching ({@link SearchWords#fold}). A search word matches the words it begins
 * (prefix) and, from four letters on, words that contain it (German compounds: "portal" finds "Bürgerportal",
 * at half weight). Every search word must match. Ranking is BM25 over the booth's search document, with a
 * bonus for words of the booth's name.
 */
final class HallSnapshot {

    /** Shorter search words are matched as substrings and do not rank. */
    static final int MIN_RANKED_LENGTH = 3;
    static final int MIN_INFIX_LENGTH = 4;
    /** Longer words are no one's typo; they stay out of the spelling table. */
    private static final int MAX_SPELLING_LENGTH = 40;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double INFIX_WEIGHT = 0.5;
    private static final double NAME_BONUS = 1.5;

    /** Filters of the hall query, already checked against the reference data. */
    record Filters(String topic, String region, OrganisationType orgType, Maturity maturity, ReuseModel reuseModel,
            Long day, Long edition, Integer minOzgLevel, OzgModel ozgModel, Boolean efa, String licence,
            OperatingModel operatingModel) {

        static final Filters NONE = new Filters(null, null, null, null, null, null, null);

        Filters(String topic, String region, OrganisationType orgType, Maturity maturity, ReuseModel reuseModel,
                Long day, Long edition) {
            this(topic, region, orgType, maturity, reuseModel, day, edition, null, null, null, null, null);
        }

        private boolean asksAboutServices() {
            return maturity != null || reuseModel != null || minOzgLevel != null || efa != null || licence != null
                    || operatingModel != null;
        }

        /** Whether one service meets every service condition. */
        private boolean accepts(Offer offer) {
            return (maturity == null || maturity == offer.maturity())
                    && (reuseModel == null || reuseModel == offer.reuseModel())
                    // Levels of the two maturity models are not comparable: only the asked model's count
                    && (minOzgLevel == null || offer.ozgLevel() != null && offer.ozgModel() == ozgModel
                            && offer.ozgLevel() >= minOzgLevel)
                    && (efa == null || efa.equals(Boolean.TRUE.equals(offer.efa())))
                    && (licence == null || offer.licences().contains(licence))
                    && (operatingModel == null || operatingModel == offer.operatingModel());
        }
    }

    /** One service of a booth as far as the filters ask about it; licences are the SPDX identifiers it names. */
    record Offer(Maturity maturity, ReuseModel reuseModel, Integer ozgLevel, OzgModel ozgModel, Boolean efa,
            Set<String> licences, OperatingModel operatingModel) {

        Offer(Maturity maturity, ReuseModel reuseModel) {
            this(maturity, reuseModel, null, null, null, Set.of(), null);
        }
    }

    /**
     * A published booth as the index takes it: its card (name, exhibitor, event day, featured) in German and in
     * English (German where no English text was written), the raw region
     * code ({@code null} for organisations from elsewhere), its own and its services' topic fields, its services,
     * its place in the hall, when it was published, and its search document ({@code null}: its name alone).
     */
    record PublishedBooth(long id, long editionId, BoothCard card, BoothCard cardEn, String regionCode, Set<String> topics, List<Offer> offers,
            int hallOrder, Instant publishedAt, String document) {
    }

    private final String version;
    private final Entry[] entries;
    private final NavigableMap<String, Posting> words;
    private final List<String> vocabulary;
    private final Map<String, String> surface;
    private final double averageLength;

    private HallSnapshot(String version, Entry[] entries, NavigableMap<String, Posting> words,
            Map<String, String> surface, double averageLength) {
        this.version = version;
        this.entries = entries;
        this.words = words;
        this.vocabulary = List.copyOf(words.keySet());
        this.surface = surface;
        this.averageLength = averageLength;
    }

    /** Indexes the booths: postings per folded word, document lengths, and the usual spelling of each word. */
    static HallSnapshot build(String version, List<PublishedBooth> booths) {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Entry[] entries = new Entry[booths.size()];
        Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        long totalLength = 0;
        for (int i = 0; i < entries.length; i++) {
            PublishedBooth booth = booths.get(i);
            String name = booth.card().name();
            String doc = booth.document() == null ? name : booth.document();
            Set<String> nameWords = new HashSet<>();
            SearchWords.words(name + " " + booth.cardEn().name()).stream().map(SearchWords::fold).forEach(nameWords::add);
            Map<String, Integer> counts = new HashMap<>();
            List<String> docWords = SearchWords.words(doc);
            for (String word : docWords) {
                String folded = SearchWords.fold(word);
                counts.merge(folded, 1, Integer::sum);
                if (folded.length() >= MIN_RANKED_LENGTH && folded.length() <= MAX_SPELLING_LENGTH) {
                    spellings.computeIfAbsent(folded, k -> new HashMap<>())
                            .merge(word.toLowerCase(Locale.GERMAN), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                postings.computeIfAbsent(count.getKey(), k -> new HashMap<>()).put(i, count.getValue());
            }
            totalLength += docWords.size();
            entries[i] = new Entry(booth, collator.getCollationKey(name), SearchWords.fold(doc),
                    Math.max(1, docWords.size()), nameWords);
        }
        TreeMap<String, Posting> words = new TreeMap<>();
        postings.forEach((word, docs) -> {
            int[] ids = docs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] tfs = Arrays.stream(ids).map(docs::get).toArray();
            words.put(word, new Posting(ids, tfs));
        });
        Map<String, String> surface = new HashMap<>();
        spellings.forEach((folded, forms) -> surface.put(folded, forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        double averageLength = entries.length == 0 ? 1 : (double) totalLength / entries.length;
        return new HallSnapshot(version, entries, words, surface, averageLength);
    }

    /** The hall version this snapshot was built from. */
    String version() {
        return version;
    }

    /**
     * One page of booths matching the filters and every search word, ranked by relevance when searching
     * (unless another sort is asked for: {@code hall}, {@code name}, {@code newest}). When nothing matches and
     * a word looks like a typo of a word in the hall, the corrected search runs instead and the page names it
     * ({@code didYouMean}). The cards come in English when {@code english}, else in German; the search document
     * holds both languages, the name sort is by the German name.
     */
    HallPage search(Filters filters, List<String> words, String sort, int page, int size, boolean english) {
        List<String> terms = words.stream().map(SearchWords::fold).filter(t -> !t.isEmpty()).toList();
        int[] order = run(filters, terms, sort);
        String didYouMean = null;
        if (order.length == 0 && !terms.isEmpty()) {
            List<String> corrected = correct(terms);
            if (!corrected.equals(terms)) {
                int[] retry = run(filters, corrected, sort);
                if (retry.length > 0) {
                    order = retry;
                    didYouMean = String.join(" ", corrected.stream().map(this::surface).toList());
                }
            }
        }
        int total = order.length;
        List<BoothCard> cards = Arrays.stream(order).skip((long) page * size).limit(size)
                .mapToObj(i -> english ? entries[i].booth().cardEn() : entries[i].booth().card()).toList();
        return new HallPage(cards, page, size, total, (total + size - 1) / size, didYouMean);
    }

    /** Indexes of the matching entries in page order. */
    private int[] run(Filters filters, List<String> terms, String sort) {
        int n = entries.length;
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i++) {
            candidate[i] = entries[i].matches(filters);
        }
        double[] score = new double[n];
        for (String term : terms) {
            double[] termScore = new double[n];
            boolean[] hit = new boolean[n];
            if (term.length() < MIN_RANKED_LENGTH) {
                for (int i = 0; i < n; i++) {
                    hit[i] = candidate[i] && entries[i].text().contains(term);
                }
            } else {
                rank(term, candidate, hit, termScore);
            }
            for (int i = 0; i < n; i++) {
                candidate[i] &= hit[i];
                score[i] += termScore[i];
            }
        }
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (candidate[i]) {
                matching.add(i);
            }
        }
        matching.sort(comparator(sort != null ? sort : terms.isEmpty() ? "hall" : "relevance", terms.isEmpty(), score));
        return matching.stream().mapToInt(Integer::intValue).toArray();
    }

    /** BM25 of one search word (prefix matches, compound matches at half weight) for the candidates it hits. */
    private void rank(String term, boolean[] candidate, boolean[] hit, double[] termScore) {
        int n = entries.length;
        double[] frequency = new double[n];
        for (Posting posting : prefixed(term).values()) {
            add(posting, 1.0, candidate, frequency, hit);
        }
        if (term.length() >= MIN_INFIX_LENGTH) {
            for (String word : vocabulary) {
                if (word.length() > term.length() && !word.startsWith(term) && word.contains(term)) {
                    add(words.get(word), INFIX_WEIGHT, candidate, frequency, hit);
                }
            }
        }
        int documents = 0;
        for (boolean h : hit) {
            documents += h ? 1 : 0;
        }
        double idf = Math.log(1 + (n - documents + 0.5) / (documents + 0.5));
        for (int i = 0; i < n; i++) {
            if (hit[i]) {
                double tf = frequency[i];
                double norm = K1 * (1 - B + B * entries[i].length() / averageLength);
                termScore[i] = idf * tf * (K1 + 1) / (tf + norm)
                        + (entries[i].nameWords().stream().anyMatch(w -> w.startsWith(term)) ? NAME_BONUS * idf : 0);
            }
        }
    }

    private Comparator<Integer> comparator(String order, boolean noTerms, double[] score) {
        Comparator<Integer> byName = Comparator.comparing((Integer i) -> entries[i].name())
                .thenComparingLong(i -> entries[i].booth().id());
        Comparator<Integer> byHall = Comparator.comparing((Integer i) -> !entries[i].booth().card().featured())
                .thenComparingInt(i -> entries[i].booth().hallOrder()).thenComparing(byName);
        return switch (order) {
            case "relevance" -> noTerms ? byHall
                    : Comparator.comparingDouble((Integer i) -> -score[i])
                            .thenComparing(i -> !entries[i].booth().card().featured()).thenComparing(byName);
            case "name" -> byName;
            case "newest" -> Comparator.comparing((Integer i) -> entries[i].booth().publishedAt()).reversed()
                    .thenComparing(Comparator.comparingLong((Integer i) -> entries[i].booth().id()).reversed());
            default -> byHall;
        };
    }

    private NavigableMap<String, Posting> prefixed(String term) {
        return words.subMap(term, true, term + Character.MAX_VALUE, true);
    }

    private static void add(Posting posting, double weight, boolean[] candidate, double[] frequency, boolean[] hit) {
        int[] ids = posting.entries();
        for (int k = 0; k < ids.length; k++) {
            int i = ids[k];
            if (candidate[i]) {
                frequency[i] += weight * posting.counts()[k];
                hit[i] = true;
            }
        }
    }

    /**
     * The terms with each one that matches no word in the hall replaced by the closest word one or two
     * edits away (two from seven letters on; the alphabetically first of equally close ones); unchanged
     * where there is none.
     */
    List<String> correct(List<String> terms) {
        List<String> corrected = new ArrayList<>();
        for (String term : terms) {
            String replacement = term;
            boolean known = term.length() < MIN_RANKED_LENGTH || !prefixed(term).isEmpty();
            if (!known) {
                int allowed = term.length() >= 7 ? 2 : 1;
                int best = allowed + 1;
                for (String word : vocabulary) {
                    if (word.length() < MIN_RANKED_LENGTH || Math.abs(word.length() - term.length()) > allowed) {
                        continue;
                    }
                    int distance = SearchWords.distance(term, word, allowed);
                    if (distance < best || distance == best && word.compareTo(replacement) < 0) {
                        best = distance;
                        replacement = word;
                    }
                }
                if (best > allowed) {
                    replacement = term;
                }
            }
            corrected.add(replacement);
        }
        return corrected;
    }

    /** How a folded word is usually written in the hall ("burgerportal" → "bürgerportal"). */
    String surface(String folded) {
        return surface.getOrDefault(folded, folded);
    }

    /** A published booth with what the ranking adds: its name's sort key, folded text, length and name words. */
    private record Entry(PublishedBooth booth, CollationKey name, String text, int length, Set<String> nameWords) {

        boolean matches(Filters filters) {
            BoothCard card = booth.card();
            if (filters.edition() != null && filters.edition() != booth.editionId()) {
                return false;
            }
            if (filters.topic() != null && !booth.topics().contains(filters.topic())) {
                return false;
            }
            if ("other".equals(filters.region()) ? booth.regionCode() != null
                    : filters.region() != null && !filters.region().equals(booth.regionCode())) {
                return false;
            }
            if (filters.orgType() != null && filters.orgType() != card.exhibitor().type()) {
                return false;
            }
            if (filters.day() != null && !filters.day().equals(card.eventDayId())) {
                return false;
            }
            // All service conditions must hold for one and the same service
            return !filters.asksAboutServices() || booth.offers().stream().anyMatch(filters::accepts);
        }
    }

    /** The booths (by index) a word occurs in, with how often. */
    private record Posting(int[] entries, int[] counts) {
    }
}
