package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.booth.BoothViews.HallPage;
import de.kommunalmesse.common.DatabaseOutage;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import java.util.regex.Pattern;

/**
 * The published hall in memory: filters, German full-text ranking and typo correction over a snapshot
 * of every published booth. The hall changes only when an admin approves or places a booth; each such
 * change bumps a version number in the database in the same transaction ({@link #changed()}), every
 * search reads that number, and a snapshot of an older version is rebuilt first. So every instance
 * answers from the current hall, and a search costs no query beyond that one row.
 *
 * <p>Words are folded for matching (lower case, umlauts and their "ae/oe/ue" spellings to the base
 * letter, ß to ss, accents dropped). A search word matches the words it begins (prefix) and, from four
 * letters on, words that contain it (German compounds: "portal" finds "Bürgerportal", at half weight).
 * Ranking is BM25 over the booth's search document, with a bonus for words of the booth's name.
 */
@ApplicationScoped
public class HallIndex {

    static final String VERSION_KEY = "hall.version";
    /** Shorter search words are matched as substrings and do not rank. */
    static final int MIN_RANKED_LENGTH = 3;
    static final int MIN_INFIX_LENGTH = 4;
    private static final Pattern NON_WORD = BoothSearchIndex.NON_WORD;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double INFIX_WEIGHT = 0.5;
    private static final double NAME_BONUS = 1.5;

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    private final Object rebuild = new Object();
    private volatile Snapshot snapshot;

    /** Marks the hall as changed; call inside the transaction that changes it. */
    void changed() {
        em.createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value) VALUES (?1, '1') "
                + "ON DUPLICATE KEY UPDATE setting_value = CAST(setting_value AS UNSIGNED) + 1")
                .setParameter(1, VERSION_KEY).executeUpdate();
    }

    /** Filters of the hall query, already checked against the reference data. */
    record Filters(String topic, String region, OrganisationType orgType, Maturity maturity, ReuseModel reuseModel,
            Long day) {
    }

    /**
     * One page of published booths matching the filters and every search word, ranked by relevance when
     * searching (unless another sort is asked for). When nothing matches and a word looks like a typo of a
     * word in the hall, the corrected search runs instead and the page names it ({@code didYouMean}).
     */
    HallPage search(Filters filters, List<String> words, String sort, int page, int size) {
        Snapshot hall = current();
        List<String> terms = words.stream().map(HallIndex::fold).filter(t -> !t.isEmpty()).toList();
        Result result = hall.run(filters, terms, sort);
        String didYouMean = null;
        if (result.total() == 0 && !terms.isEmpty()) {
            List<String> corrected = hall.correct(terms);
            if (!corrected.equals(terms)) {
                Result retry = hall.run(filters, corrected, sort);
                if (retry.total() > 0) {
                    result = retry;
                    didYouMean = String.join(" ", corrected.stream().map(hall::surface).toList());
                }
            }
        }
        int total = result.total();
        List<BoothCard> cards = Arrays.stream(result.order())
                .skip((long) page * size).limit(size).mapToObj(i -> hall.entries[i].card()).toList();
        return new HallPage(cards, page, size, total, (total + size - 1) / size, didYouMean);
    }

    /** Lower case, umlauts and accents folded, ß to ss: the form words are matched in. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.GERMAN).replace("ae", "a").replace("oe", "o").replace("ue", "u")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private Snapshot current() {
        String version;
        try {
            version = version();
        } catch (RuntimeException e) {
            // The database is away: the hall as last read is still the best answer (issue 21.9)
            Snapshot known = snapshot;
            if (known != null && DatabaseOutage.isCause(e)) {
                return known;
            }
            throw e;
        }
        Snapshot hall = snapshot;
        if (hall != null && hall.version().equals(version)) {
            return hall;
        }
        synchronized (rebuild) {
            hall = snapshot;
            if (hall == null || !hall.version().equals(version)) {
                hall = load(version);
                snapshot = hall;
            }
            return hall;
        }
    }

    private String version() {
        Object value = em.createNativeQuery("SELECT setting_value FROM platform_setting WHERE setting_key = ?1")
                .setParameter(1, VERSION_KEY).getResultStream().findFirst().orElse("0");
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private Snapshot load(String version) {
        Map<String, TopicFieldView> topicFields = fair.topicFields();
        Map<String, RegionView> regions = fair.regions();
        Map<Long, Set<String>> boothTopics = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT t.booth_id, t.topic_field_code"
                + " FROM booth_topic_field t JOIN booth b ON b.id = t.booth_id WHERE b.status = 'PUBLISHED'").getResultList()) {
            boothTopics.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>()).add((String) row[1]);
        }
        Map<Long, List<Object[]>> offers = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT o.booth_id, o.topic_field_code, o.maturity,"
                + " o.reuse_model FROM reuse_offer o JOIN booth b ON b.id = o.booth_id WHERE b.status = 'PUBLISHED'")
                .getResultList()) {
            offers.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.slug, b.name, b.tagline, e.slug AS exhibitor_slug,"
                + " e.name AS exhibitor_name, e.org_type, e.region_code, b.event_day_id, b.featured, b.tile_size,"
                + " b.hall_order, b.published_at, s.doc FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id"
                + " LEFT JOIN booth_search s ON s.booth_id = b.id WHERE b.status = 'PUBLISHED'").getResultList();

        Collator collator = Collator.getInstance(Locale.GERMAN);
        Entry[] entries = new Entry[rows.size()];
        Map<String, Map<Integer, Integer>> postings = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        long totalLength = 0;
        for (int i = 0; i < entries.length; i++) {
            Object[] row = rows.get(i);
            long id = ((Number) row[0]).longValue();
            Set<String> ownTopics = boothTopics.getOrDefault(id, Set.of());
            Set<String> allTopics = new HashSet<>(ownTopics);
            List<Maturity> maturities = new ArrayList<>();
            List<ReuseModel> models = new ArrayList<>();
            for (Object[] offer : offers.getOrDefault(id, List.of())) {
                if (offer[1] != null) {
                    allTopics.add((String) offer[1]);
                }
                maturities.add(offer[2] == null ? null : Maturity.fromCode((String) offer[2]));
                models.add(offer[3] == null ? null : ReuseModel.fromCode((String) offer[3]));
            }
            String regionCode = (String) row[7];
            OrganisationType orgType = OrganisationType.fromCode((String) row[6]);
            List<TopicFieldView> cardTopics = topicFields.values().stream().filter(f -> ownTopics.contains(f.code())).toList();
            Long day = row[8] == null ? null : ((Number) row[8]).longValue();
            BoothCard card = new BoothCard((String) row[1], (String) row[2], (String) row[3],
                    new ExhibitorRef((String) row[4], (String) row[5], orgType),
                    regionCode == null ? null : regions.get(regionCode), cardTopics, day, toBoolean(row[9]),
                    (String) row[10]);

            String doc = row[13] == null ? (String) row[2] : (String) row[13];
            Set<String> nameWords = new HashSet<>();
            NON_WORD.splitAsStream((String) row[2]).filter(w -> !w.isEmpty()).map(HallIndex::fold).forEach(nameWords::add);
            int length = 0;
            Map<String, Integer> counts = new HashMap<>();
            for (String word : NON_WORD.split(doc)) {
                if (word.isEmpty()) {
                    continue;
                }
                String folded = fold(word);
                length++;
                counts.merge(folded, 1, Integer::sum);
                if (folded.length() >= MIN_RANKED_LENGTH && folded.length() <= 40) {
                    spellings.computeIfAbsent(folded, k -> new HashMap<>())
                            .merge(word.toLowerCase(Locale.GERMAN), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                postings.computeIfAbsent(count.getKey(), k -> new HashMap<>()).put(i, count.getValue());
            }
            totalLength += length;
            entries[i] = new Entry(id, card, allTopics, regionCode, orgType, maturities, models, day, toBoolean(row[9]),
                    ((Number) row[11]).intValue(), collator.getCollationKey((String) row[2]), instant(row[12]),
                    fold(doc), Math.max(1, length), nameWords);
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
        return new Snapshot(version, entries, words, List.copyOf(words.keySet()), surface, averageLength);
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return Instant.EPOCH;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /** A published booth with what the filters, the ranking and the card need. */
    private record Entry(long id, BoothCard card, Set<String> topics, String regionCode, OrganisationType orgType,
            List<Maturity> maturities, List<ReuseModel> reuseModels, Long day, boolean featured, int hallOrder,
            CollationKey name, Instant publishedAt, String text, int length, Set<String> nameWords) {

        boolean matches(Filters filters) {
            if (filters.topic() != null && !topics.contains(filters.topic())) {
                return false;
            }
            if ("other".equals(filters.region()) ? regionCode != null
                    : filters.region() != null && !filters.region().equals(regionCode)) {
                return false;
            }
            if (filters.orgType() != null && filters.orgType() != orgType) {
                return false;
            }
            if (filters.day() != null && !filters.day().equals(day)) {
                return false;
            }
            if (filters.maturity() == null && filters.reuseModel() == null) {
                return true;
            }
            // Both conditions must hold for one and the same service
            for (int i = 0; i < maturities.size(); i++) {
                if ((filters.maturity() == null || filters.maturity() == maturities.get(i))
                        && (filters.reuseModel() == null || filters.reuseModel() == reuseModels.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The booths (by index) a word occurs in, with how often. */
    private record Posting(int[] entries, int[] counts) {
    }

    /** Indexes of the matching entries in page order, and how many matched. */
    private record Result(int[] order, int total) {
    }

    private record Snapshot(String version, Entry[] entries, NavigableMap<String, Posting> words, List<String> vocabulary,
            Map<String, String> surface, double averageLength) {

        Result run(Filters filters, List<String> terms, String sort) {
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
                    double[] frequency = new double[n];
                    for (Posting posting : words.subMap(term, true, term + Character.MAX_VALUE, true).values()) {
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
            String order = sort != null ? sort : terms.isEmpty() ? "hall" : "relevance";
            Comparator<Integer> byName = Comparator.comparing((Integer i) -> entries[i].name())
                    .thenComparingLong(i -> entries[i].id());
            Comparator<Integer> byHall = Comparator.comparing((Integer i) -> !entries[i].featured())
                    .thenComparingInt(i -> entries[i].hallOrder()).thenComparing(byName);
            Comparator<Integer> comparator = switch (order) {
                case "relevance" -> terms.isEmpty() ? byHall
                        : Comparator.comparingDouble((Integer i) -> -score[i])
                                .thenComparing(i -> !entries[i].featured()).thenComparing(byName);
                case "name" -> byName;
                case "newest" -> Comparator.comparing((Integer i) -> entries[i].publishedAt()).reversed()
                        .thenComparing(Comparator.comparingLong((Integer i) -> entries[i].id()).reversed());
                default -> byHall;
            };
            matching.sort(comparator);
            return new Result(matching.stream().mapToInt(Integer::intValue).toArray(), matching.size());
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
         * edits away (two from seven letters on); unchanged where there is none.
         */
        List<String> correct(List<String> terms) {
            List<String> corrected = new ArrayList<>();
            for (String term : terms) {
                String replacement = term;
                boolean known = term.length() < MIN_RANKED_LENGTH
                        || !words.subMap(term, true, term + Character.MAX_VALUE, true).isEmpty();
                if (!known) {
                    int allowed = term.length() >= 7 ? 2 : 1;
                    int best = allowed + 1;
                    for (String word : vocabulary) {
                        if (word.length() < MIN_RANKED_LENGTH || Math.abs(word.length() - term.length()) > allowed) {
                            continue;
                        }
                        int distance = BoothSearchIndex.distance(term, word, allowed);
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
    }
}
