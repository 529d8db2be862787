import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hall benchmark: "seed" fills a database with booths and services, "load" sends GET /api/booths with a
 * filter and a search term at a constant rate (open model, so slow answers do not slow the sender) and
 * reports throughput and client-side latency percentiles. Run through bench/hall/run.sh.
 */
public class HallBench {

    static final String[] TOPICS = { "arbeit-ruhestand", "bauen-wohnen", "bildung", "ein-auswanderung",
            "engagement-hobby", "familie-kind", "forschung-foerderung", "gesundheit", "mobilitaet-reisen", "querschnitt",
            "recht-ordnung", "steuern-zoll", "umwelt", "unternehmensfuehrung", "smart-city" };
    static final String[] REGIONS = { "aachen", "gelsenkirchen", "paderborn", "soest", "wuppertal", null };
    static final String[] ORG_TYPES = { "kommune", "kreis", "it-dienstleister", "land", "verband", "hochschule", "unternehmen" };
    static final String[] MATURITY = { "idee", "pilot", "produktiv" };
    static final String[] MODELS = { "efa", "open-source", "gemeinsame-beschaffung", "konzept" };
    /** Words the seeded texts are made of; the load uses them as search terms. */
    static final String[] WORDS = { "Terminvergabe", "Bürgerportal", "Umzug", "Meldewesen", "Kita", "Elterngeld",
            "Wohngeld", "Bauantrag", "Sensorik", "LoRaWAN", "Geoportal", "Parkraum", "Mobilität", "Chatbot",
            "Ehrenamt", "Gesundheitsamt", "Impfung", "Schule", "Digitalpakt", "Abfall", "Klimaschutz", "Gewerbe",
            "Hundesteuer", "Personalausweis", "Führerschein", "Fundbüro", "Wahlhelfer", "Sozialhilfe", "Jobcenter",
            "Förderantrag", "Breitband", "Open Data", "Verkehr", "Bibliothek", "Musikschule", "Friedhof", "Baumkataster",
            "Hochwasser", "Feuerwehr", "Rettungsdienst", "Bezahlfunktion", "BundID", "Postfach", "Formularserver",
            "Prozessmodell", "Dokumentenmanagement", "Archiv", "Ratsinformation", "Beteiligung", "Mängelmelder" };

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("seed <jdbc-url> <booths> <services> | load <base-url> <rate> <seconds> <warmup-seconds>");
        }
    }

    /** Booths, their topic fields, services and search documents, directly in SQL (the app indexes the same fields). */
    static void seed(String jdbcUrl, int booths, int services) throws Exception {
        Random random = new Random(42);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String table : List.of("booth_search", "reuse_offer", "booth_topic_field", "booth_tag", "booth",
                        "edition_exhibitor", "exhibitor_staff", "exhibitor")) {
                    st.executeUpdate("DELETE FROM " + table);
                }
                // Two editions, as a platform has them after its first year: last year's (archived) and the
                // current one, each with the full hall; the load searches the current one
                st.executeUpdate("UPDATE fair_series SET current_edition_id = NULL");
                st.executeUpdate("DELETE FROM edition");
                st.executeUpdate("DELETE FROM fair_series");
                st.executeUpdate("INSERT INTO fair_series (id, slug, title, created_at) VALUES (1, 'bench', 'Benchmark', NOW())");
                st.executeUpdate("INSERT INTO edition (id, series_id, slug, title, starts_on, ends_on, state, archived_at, created_at)"
                        + " VALUES (1, 1, '2025', 'Ausgabe 2025', '2025-11-03', '2025-11-07', 'archive', NOW(), NOW()),"
                        + " (2, 1, '2026', 'Ausgabe 2026', CURDATE(), CURDATE() + INTERVAL 30 DAY, 'open', NULL, NOW())");
                st.executeUpdate("UPDATE fair_series SET current_edition_id = 2");
            }
            Timestamp now = Timestamp.from(Instant.now());
            int exhibitors = booths / 2;
            try (PreparedStatement ex = db.prepareStatement("INSERT INTO exhibitor (id, slug, name, org_type, region_code, created_at) VALUES (?,?,?,?,?,?)")) {
                for (int i = 1; i <= exhibitors; i++) {
                    ex.setLong(1, i);
                    ex.setString(2, "aussteller-" + i);
                    ex.setString(3, "Kommune Beispiel " + i);
                    ex.setString(4, ORG_TYPES[random.nextInt(ORG_TYPES.length)]);
                    ex.setString(5, REGIONS[random.nextInt(REGIONS.length)]);
                    ex.setTimestamp(6, now);
                    ex.addBatch();
                }
                ex.executeBatch();
            }
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO edition_exhibitor (edition_id, exhibitor_id, invited_at)"
                        + " SELECT e.id, x.id, NOW() FROM edition e CROSS JOIN exhibitor x");
            }
            for (int edition = 1; edition <= 2; edition++) {
                seedHall(db, random, edition, (edition - 1) * booths, booths, services, exhibitors, now);
            }
            try (Statement st = db.createStatement()) {
                // As an approval and the admin pages would: instances rebuild their hall snapshot and editions
                for (String key : new String[] {"hall.version", "editions.version"}) {
                    st.executeUpdate("INSERT INTO platform_setting (setting_key, setting_value) VALUES ('" + key + "', '1') "
                            + "ON DUPLICATE KEY UPDATE setting_value = UUID()");
                }
            }
            db.commit();
            System.out.printf("Seeded two editions, each with %d booths and %d services of %d exhibitors%n", booths,
                    services, exhibitors);
        }
    }

    /** One edition's hall: booths with ids after {@code firstId}, their topic fields, services and search documents. */
    static void seedHall(Connection db, Random random, long edition, int firstId, int booths, int services, int exhibitors,
            Timestamp now) throws Exception {
        try (PreparedStatement b = db.prepareStatement("INSERT INTO booth (id, edition_id, slug, exhibitor_id, name, tagline, description, status, featured, tile_size, hall_order, created_at, updated_at, published_at, version) VALUES (?,"
                + edition + ",?,?,?,?,?, 'PUBLISHED', ?, 'medium', ?, ?, ?, ?, 0)");
                PreparedStatement t = db.prepareStatement("INSERT INTO booth_topic_field (booth_id, topic_field_code) VALUES (?,?)");
                PreparedStatement o = db.prepareStatement("INSERT INTO reuse_offer (booth_id, position, name, summary, topic_field_code, maturity, reuse_model, licence, technology, service_key) VALUES (?,?,?,?,?,?,?,?,?, UUID())");
                PreparedStatement s = db.prepareStatement("INSERT INTO booth_search (booth_id, doc) VALUES (?,?)")) {
            int servicesLeft = services;
            for (int n = 1; n <= booths; n++) {
                int i = firstId + n;
                String name = words(random, 2) + " " + i;
                String tagline = "Digital und nachnutzbar: " + words(random, 4);
                String description = sentence(random) + " " + sentence(random) + " " + sentence(random);
                b.setLong(1, i);
                b.setString(2, "stand-" + n);
                b.setLong(3, 1 + (n - 1) % exhibitors);
                b.setString(4, name);
                b.setString(5, tagline);
                b.setString(6, description);
                b.setBoolean(7, random.nextInt(20) == 0);
                b.setInt(8, random.nextInt(100));
                b.setTimestamp(9, now);
                b.setTimestamp(10, now);
                b.setTimestamp(11, now);
                b.addBatch();
                StringBuilder doc = new StringBuilder("Kommune Beispiel ").append(1 + (n - 1) % exhibitors).append('\n')
                        .append(name).append('\n').append(tagline).append('\n').append(description);
                String first = TOPICS[random.nextInt(TOPICS.length)];
                String second = TOPICS[random.nextInt(TOPICS.length)];
                for (String topic : first.equals(second) ? List.of(first) : List.of(first, second)) {
                    t.setLong(1, i);
                    t.setString(2, topic);
                    t.addBatch();
                }
                int count = n == booths ? servicesLeft : Math.min(servicesLeft, services / booths + (random.nextInt(3) - 1) + 0);
                count = Math.max(0, Math.min(count, servicesLeft));
                for (int k = 0; k < count; k++) {
                    String serviceName = words(random, 2) + "-Service";
                    String summary = sentence(random) + " " + sentence(random);
                    o.setLong(1, i);
                    o.setInt(2, k);
                    o.setString(3, serviceName);
                    o.setString(4, summary);
                    o.setString(5, TOPICS[random.nextInt(TOPICS.length)]);
                    o.setString(6, MATURITY[random.nextInt(MATURITY.length)]);
                    o.setString(7, MODELS[random.nextInt(MODELS.length)]);
                    o.setString(8, "EUPL-1.2");
                    o.setString(9, "Java, PostgreSQL, FIT-Connect");
                    o.addBatch();
                    doc.append('\n').append(serviceName).append('\n').append(summary);
                }
                servicesLeft -= count;
                s.setLong(1, i);
                s.setString(2, doc.toString());
                s.addBatch();
            }
            b.executeBatch();
            t.executeBatch();
            o.executeBatch();
            s.executeBatch();
        }
    }

    static String words(Random random, int n) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", picked);
    }

    static String sentence(Random random) {
        return "Die Lösung für " + words(random, 2) + " verbindet " + words(random, 2) + " mit " + words(random, 1) + ".";
    }

    /** Constant-rate load; prints throughput, errors and latency percentiles of the measured phase. */
    static void load(String baseUrl, int rate, int seconds, int warmupSeconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        Random random = new Random(7);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        int total = rate * (seconds + warmupSeconds);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long periodNanos = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            if (sent.get() >= total) {
                return;
            }
            sent.incrementAndGet();
            URI uri = URI.create(baseUrl + "/api/booths?" + query(random));
            long t0 = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long t1 = System.nanoTime();
                        if (failure != null || response.statusCode() != 200) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("error: " + (failure != null ? failure : "HTTP " + response.statusCode() + " " + uri));
                            }
                        } else if (t0 >= measureFrom) {
                            latencies.add(t1 - t0);
                        }
                        done.countDown();
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        boolean finished = done.await(seconds + warmupSeconds + 30, TimeUnit.SECONDS);
        long elapsedMeasured = System.nanoTime() - measureFrom;
        ticker.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("target rate        %d req/s for %d s (after %d s warm-up)%n", rate, seconds, warmupSeconds);
        System.out.printf("completed          %d measured requests, %.1f req/s, %d errors%s%n", sorted.length,
                sorted.length / (elapsedMeasured / 1e9), errors.get(), finished ? "" : " (timed out waiting)");
        System.out.printf("client latency ms  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(sorted, 0.50), pct(sorted, 0.95),
                pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    static String query(Random random) {
        StringBuilder q = new StringBuilder("q=").append(URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8));
        switch (random.nextInt(4)) {
            case 0 -> q.append("&topic=").append(TOPICS[random.nextInt(TOPICS.length)]);
            case 1 -> q.append("&maturity=").append(MATURITY[random.nextInt(MATURITY.length)]);
            case 2 -> q.append("&region=").append(Arrays.stream(REGIONS).filter(r -> r != null).toList().get(random.nextInt(5)));
            default -> q.append("&orgType=").append(ORG_TYPES[random.nextInt(ORG_TYPES.length)]);
        }
        if (random.nextInt(5) == 0) {
            q.append("&page=1");
        }
        return q.toString();
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
