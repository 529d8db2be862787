import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat benchmark: a load generator of Vert.x WebSocket clients for the chat endpoint (and, with the same
 * frames, for {@code RawBroadcastServer}). Subcommands:
 * <ul>
 * <li>{@code keys <dir>}: an RSA key pair; the app verifies the benchmark's tokens with the public key.</li>
 * <li>{@code seed <jdbc-url> <booths>}: a fair series, an event day (lobby 1), the stage {@code hauptbuehne}
 * and published booths {@code stand-1..n}, in SQL, into the schema Flyway made.</li>
 * <li>{@code load <name> <port> <key-dir|none> <server-pid> <result-file> [param=value ...]}: the scenario,
 * see {@link Params}; prints a report and writes the numbers to the result file.</li>
 * <li>{@code summary <result-file> ...}: one table over the runs, to paste into docs/benchmarks.md.</li>
 * </ul>
 * Delivery latency is measured with the sender's {@link System#nanoTime()} in the message text: sender and
 * receivers are in this one process, so no clocks need to agree.
 */
public class ChatBench {

    static final String ISSUER = "kommunalmesse-chat-bench";
    static final String AUDIENCE = "kommunalmesse-api";
    /** The current edition of the seeded fair; last year's (archived) has the same stage and booths. */
    static final String EDITION = "2026";
    static final String STAGE = "stage:" + EDITION + "/hauptbuehne";
    static final String LOBBY = "lobby:1";
    static final String MARK = "\"text\":\"bench ";

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "seed" -> seed(args[1], Integer.parseInt(args[2]));
            case "load" -> new ChatBench(args).run();
            case "summary" -> summary(Arrays.copyOfRange(args, 1, args.length));
            default -> throw new IllegalArgumentException(
                    "keys <dir> | seed <jdbc-url> <booths> | load <name> <port> <key-dir|none> <server-pid> <result-file> [k=v..] | summary <result-file>..");
        }
    }

    // ---- keys and tokens ---------------------------------------------------------------------------

    static void keys(Path dir) throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
        Files.writeString(dir.resolve("public.b64"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    /** An access token shaped like Keycloak's (RS256, realm roles, preferred_username, name, audience). */
    static String token(PrivateKey key, String username, long nowSeconds) throws Exception {
        return token(key, username, "Bench " + username, List.of("visitor"), nowSeconds);
    }

    /** The same with a display name and realm roles of its own (e.g. a moderator who may switch stages). */
    static String token(PrivateKey key, String username, String name, List<String> roles, long nowSeconds)
            throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"chat-bench\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"typ\":\"Bearer\",\"azp\":\"kommunalmesse-spa\",\"iat\":" + nowSeconds + ",\"exp\":"
                + (nowSeconds + 3 * 3600) + ",\"preferred_username\":\"" + username + "\",\"name\":\"" + name
                + "\",\"realm_access\":{\"roles\":[" + String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList())
                + "]}}";
        String signed = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + b64.encodeToString(signature.sign());
    }

    // ---- seed --------------------------------------------------------------------------------------

    static void seed(String jdbcUrl, int booths) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO fair_series (id, slug, title, created_at) VALUES (1, 'chat-bench', "
                        + "'Digitale Services – Lasttest', '" + now + "')");
                // Two editions, as after the first year: the current one (2) and last year's archive (1)
                st.executeUpdate("INSERT INTO edition (id, series_id, slug, title, starts_on, ends_on, state, archived_at,"
                        + " created_at) VALUES (1, 1, '2025', 'Ausgabe 2025', '2025-11-03', '2025-11-07', 'archive', NOW(), NOW()),"
                        + " (2, 1, '" + EDITION + "', 'Ausgabe " + EDITION + "', CURDATE(), CURDATE() + INTERVAL 30 DAY, 'open',"
                        + " NULL, NOW())");
                st.executeUpdate("UPDATE fair_series SET current_edition_id = 2 WHERE id = 1");
                st.executeUpdate("INSERT INTO event_day (id, edition_id, day_date, host_region_code, title) VALUES (1, 2, '"
                        + LocalDate.now() + "', 'soest', 'Lasttest-Tag'), (2, 1, '2025-11-03', 'soest', 'Vorjahr')");
                st.executeUpdate("INSERT INTO stage (id, edition_id, stage_key, name, sort_order) VALUES (1, 2, 'hauptbuehne', "
                        + "'Hauptbühne', 1), (2, 1, 'hauptbuehne', 'Hauptbühne', 1)");
            }
            try (PreparedStatement ex = db.prepareStatement(
                    "INSERT INTO exhibitor (id, slug, name, org_type, region_code, created_at) VALUES (?,?,?, 'kommune', 'soest', ?)");
                    PreparedStatement b = db.prepareStatement("INSERT INTO booth (id, edition_id, slug, exhibitor_id, name, status, "
                            + "featured, tile_size, hall_order, created_at, updated_at, published_at, version) "
                            + "VALUES (?,?,?,?,?, 'PUBLISHED', FALSE, 'medium', ?, ?, ?, ?, 0)")) {
                for (int i = 1; i <= booths; i++) {
                    ex.setLong(1, i);
                    ex.setString(2, "lasttest-" + i);
                    ex.setString(3, "Lasttest-Kommune " + i);
                    ex.setTimestamp(4, now);
                    ex.addBatch();
                    for (int edition = 2; edition >= 1; edition--) {
                        b.setLong(1, edition == 2 ? i : booths + i);
                        b.setLong(2, edition);
                        b.setString(3, "stand-" + i);
                        b.setLong(4, i);
                        b.setString(5, "Lasttest-Stand " + i);
                        b.setInt(6, i);
                        b.setTimestamp(7, now);
                        b.setTimestamp(8, now);
                        b.setTimestamp(9, now);
                        b.addBatch();
                    }
                }
                ex.executeBatch();
                b.executeBatch();
            }
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO edition_exhibitor (edition_id, exhibitor_id, invited_at)"
                        + " SELECT e.id, x.id, NOW() FROM edition e CROSS JOIN exhibitor x");
                // As the admin pages would: instances read the editions again
                st.executeUpdate("INSERT INTO platform_setting (setting_key, setting_value) VALUES ('editions.version', '1') "
                        + "ON DUPLICATE KEY UPDATE setting_value = UUID()");
            }
            db.commit();
        }
        System.out.printf("seeded: event day 1 (%s), %s, %d booths%n", LOBBY, STAGE, booths);
    }

    // ---- parameters --------------------------------------------------------------------------------

    /**
     * The load, all sizes changeable as {@code name=value}: {@code connections} in all; the first
     * {@code stageSubscribers} join the stage channel, {@code stageRate} messages/s are posted there (by
     * distinct stage users, one message/s each); the next {@code booths} x {@code boothUsers} join booth
     * channels and each posts {@code boothRate} messages/s; the rest join the (quiet) lobby. Every
     * connection sends an application ping every {@code heartbeat} seconds. After {@code warmup} s the
     * {@code measure} s window is measured; then the stage channel alone is driven at each rate of
     * {@code steps} for {@code stepSeconds} s to find the highest fan-out the server keeps up with. After
     * each window the generator waits until the deliveries have drained, then reports the window. With
     * {@code dashboardViewers} above 0, an admin watches the organiser dashboard during the measured window while that
     * many extra stage viewers come and go ({@link DashboardProbe}); {@code dashboardWatchOnly=1} keeps the admin
     * watching without the extra viewers (to tell the two costs apart).
     */
    record Params(int connections, int stageSubscribers, int stageRate, int booths, int boothUsers, double boothRate,
            int warmup, int measure, int[] steps, int stepSeconds, int connectConcurrency, int heartbeat, int sources,
            int textLength, int dashboardViewers, int dashboardWatchOnly) {

        static Params of(Map<String, String> given) {
            Map<String, String> p = new LinkedHashMap<>(Map.of("connections", "10000", "stageSubscribers", "2000",
                    "stageRate", "20", "booths", "100", "boothUsers", "20", "boothRate", "1", "warmup", "15",
                    "measure", "60", "steps", "10,25,50,100,200,400", "stepSeconds", "10"));
            p.putAll(Map.of("connectConcurrency", "64", "heartbeat", "20", "sources", "4", "textLength", "120",
                    "dashboardViewers", "0", "dashboardWatchOnly", "0"));
            p.putAll(given);
            Params params = new Params(i(p, "connections"), i(p, "stageSubscribers"), i(p, "stageRate"), i(p, "booths"),
                    i(p, "boothUsers"), Double.parseDouble(p.get("boothRate")), i(p, "warmup"), i(p, "measure"),
                    p.get("steps").isBlank() ? new int[0]
                            : Arrays.stream(p.get("steps").split(",")).mapToInt(Integer::parseInt).toArray(),
                    i(p, "stepSeconds"), i(p, "connectConcurrency"), i(p, "heartbeat"), i(p, "sources"),
                    i(p, "textLength"), i(p, "dashboardViewers"), i(p, "dashboardWatchOnly"));
            if (params.stageSubscribers + params.booths * params.boothUsers > params.connections) {
                throw new IllegalArgumentException("connections < stageSubscribers + booths * boothUsers");
            }
            return params;
        }

        private static int i(Map<String, String> p, String name) {
            return Integer.parseInt(p.get(name));
        }

        int boothMembers() {
            return booths * boothUsers;
        }
    }

    // ---- measurement -------------------------------------------------------------------------------

    /** Latencies in 100 µs buckets up to 60 s; lock-free, shared by the event loops. */
    static final class Histogram {
        private static final int BUCKETS = 600_001;
        private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);
        private final LongAdder count = new LongAdder();
        private final AtomicLong max = new AtomicLong();

        void record(long nanos) {
            long micros = Math.max(0, nanos / 1000);
            buckets.incrementAndGet((int) Math.min(BUCKETS - 1, micros / 100));
            count.increment();
            max.accumulateAndGet(micros, Math::max);
        }

        long count() {
            return count.sum();
        }

        /** The p-quantile in milliseconds (upper edge of its bucket); -1 without samples. */
        double percentile(double p) {
            long total = count.sum();
            if (total == 0) {
                return -1;
            }
            long rank = (long) Math.ceil(p * total);
            long seen = 0;
            for (int b = 0; b < BUCKETS; b++) {
                seen += buckets.get(b);
                if (seen >= rank) {
                    return (b + 1) / 10.0;
                }
            }
            return max.get() / 1000.0;
        }

        double maxMillis() {
            return max.get() / 1000.0;
        }
    }

    /** One measured stretch of time. Messages count by the time they were sent. */
    static final class Window {
        final String name;
        final long start;
        volatile long end = Long.MAX_VALUE;
        final Histogram stage = new Histogram();
        final Histogram booth = new Histogram();
        final Histogram ack = new Histogram();
        final LongAdder stageSent = new LongAdder();
        final LongAdder boothSent = new LongAdder();
        final LongAdder stageExpected = new LongAdder();
        final LongAdder boothExpected = new LongAdder();
        final LongAdder errors = new LongAdder();
        long serverCpuStart;
        long serverCpuEnd;
        long ownCpuStart;
        long ownCpuEnd;
        String loadStart;
        String loadEnd;

        Window(String name, long start) {
            this.name = name;
            this.start = start;
        }

        boolean holds(long sentNanos) {
            return sentNanos >= start && sentNanos < end;
        }

        double seconds() {
            return (end - start) / 1e9;
        }
    }

    enum Role {
        STAGE, BOOTH, IDLE
    }

    /** One client connection. */
    final class Conn {
        final int index;
        final Role role;
        final String channel;
        final int booth;
        final String username;
        String token;
        volatile WebSocket ws;
        volatile boolean subscribed;
        volatile boolean counted;
        long connectStarted;
        final AtomicLong sends = new AtomicLong();

        Conn(int index, Role role, String channel, int booth, String username) {
            this.index = index;
            this.role = role;
            this.channel = channel;
            this.booth = booth;
            this.username = username;
        }

        /** Posts one message whose text carries the send time; it counts in the window that holds that time. */
        void send() {
            WebSocket socket = ws;
            if (socket == null || !subscribed) {
                return;
            }
            long now = System.nanoTime();
            Window window = windowOf(now);
            String text = "bench " + now + " " + filler;
            String frame = "{\"type\":\"send\",\"ref\":\"s" + now + "\",\"channel\":\"" + channel + "\",\"clientMsgId\":\"c"
                    + index + "-" + sends.incrementAndGet() + "\",\"text\":\"" + text + "\"}";
            if (window != null) {
                if (role == Role.STAGE) {
                    window.stageSent.increment();
                    window.stageExpected.add(stageLive.get());
                } else {
                    window.boothSent.increment();
                    window.boothExpected.add(boothLive.get(booth));
                }
            }
            socket.writeTextMessage(frame);
        }

        void received(String text) {
            if (text.startsWith("{\"type\":\"message\"")) {
                int at = text.indexOf(MARK);
                if (at < 0) {
                    return;
                }
                int from = at + MARK.length();
                int to = text.indexOf(' ', from);
                long sent = Long.parseLong(text, from, to, 10);
                long latency = System.nanoTime() - sent;
                Window window = windowOf(sent);
                if (window != null) {
                    (role == Role.STAGE ? window.stage : window.booth).record(latency);
                }
                delivered.increment();
            } else if (text.startsWith("{\"type\":\"ack\"")) {
                acks.increment();
                long sent = refNanos(text);
                Window window = sent > 0 ? windowOf(sent) : null;
                if (window != null) {
                    window.ack.record(System.nanoTime() - sent);
                }
            } else if (text.startsWith("{\"type\":\"pong\"")) {
                pongs.increment();
            } else if (text.startsWith("{\"type\":\"subscribed\"")) {
                if (!subscribed) {
                    subscribed = true;
                    if (role == Role.STAGE) {
                        stageLive.incrementAndGet();
                    } else if (role == Role.BOOTH) {
                        boothLive.incrementAndGet(booth);
                    }
                    connectLatency.record(System.nanoTime() - connectStarted);
                    finished(true);
                }
            } else if (text.startsWith("{\"type\":\"error\"")) {
                errors.increment();
                Matcher code = ERROR_CODE.matcher(text);
                errorCodes.computeIfAbsent(code.find() ? code.group(1) : "?", c -> new LongAdder()).increment();
                long sent = refNanos(text);
                Window window = sent > 0 ? windowOf(sent) : null;
                if (window != null) {
                    window.errors.increment();
                }
                if (!subscribed && text.contains("\"ref\":\"sub\"")) {
                    connectFailures.increment();
                    failureReasons.computeIfAbsent("subscribe refused", r -> new LongAdder()).increment();
                    finished(false);
                }
            }
        }

        void closed(Short code) {
            boolean wasSubscribed = subscribed;
            subscribed = false;
            ws = null;
            if (wasSubscribed) {
                if (role == Role.STAGE) {
                    stageLive.decrementAndGet();
                } else if (role == Role.BOOTH) {
                    boothLive.decrementAndGet(booth);
                }
            }
            if (!shuttingDown) {
                unexpectedCloses.increment();
                closeCodes.computeIfAbsent(String.valueOf(code), c -> new LongAdder()).increment();
                if (!wasSubscribed) {
                    connectFailures.increment();
                    failureReasons.computeIfAbsent("closed " + code, r -> new LongAdder()).increment();
                    finished(false);
                }
            }
        }

        /** The end of this connection's connect + subscribe; starts the next one. */
        void finished(boolean ok) {
            if (!counted) {
                counted = true;
                connectsDone.countDown();
                connectNext();
            }
        }
    }

    static final Pattern ERROR_CODE = Pattern.compile("\"code\":\"([^\"]*)\"");

    static long refNanos(String text) {
        int at = text.indexOf("\"ref\":\"s");
        if (at < 0) {
            return -1;
        }
        int from = at + 8;
        int to = text.indexOf('"', from);
        try {
            return Long.parseLong(text, from, to, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- the run -----------------------------------------------------------------------------------

    final String name;
    final int port;
    final Path keyDir;
    final long serverPid;
    final Path resultFile;
    final Params params;
    final String filler;
    final List<Conn> conns = new ArrayList<>();
    final List<Window> windows = new CopyOnWriteArrayList<>();
    final AtomicInteger stageLive = new AtomicInteger();
    final AtomicLongArray boothLive;
    final Histogram connectLatency = new Histogram();
    final LongAdder delivered = new LongAdder();
    final LongAdder acks = new LongAdder();
    final LongAdder pongs = new LongAdder();
    final LongAdder pings = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder connectFailures = new LongAdder();
    final LongAdder unexpectedCloses = new LongAdder();
    final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> closeCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> failureReasons = new ConcurrentHashMap<>();
    final AtomicInteger nextConnect = new AtomicInteger();
    final Properties results = new Properties();
    CountDownLatch connectsDone;
    volatile boolean shuttingDown;
    Vertx vertx;
    WebSocketClient[] clients;

    ChatBench(String[] args) {
        name = args[1];
        port = Integer.parseInt(args[2]);
        keyDir = "none".equals(args[3]) ? null : Path.of(args[3]);
        serverPid = Long.parseLong(args[4]);
        resultFile = Path.of(args[5]);
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 6; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            given.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        params = Params.of(given);
        boothLive = new AtomicLongArray(Math.max(1, params.booths()));
        StringBuilder text = new StringBuilder();
        while (text.length() < params.textLength() - 30) {
            text.append("Wie läuft die Nachnutzung des Umzugsservice? ");
        }
        filler = text.substring(0, Math.max(0, params.textLength() - 30)).trim();
    }

    Window windowOf(long sentNanos) {
        for (int i = windows.size() - 1; i >= 0; i--) {
            Window window = windows.get(i);
            if (window.holds(sentNanos)) {
                return window;
            }
        }
        return null;
    }

    void run() throws Exception {
        Params p = params;
        String load = loadAverage();
        say("%s: %d connections (stage %d, booths %d x %d, lobby %d), load average %s", name, p.connections(),
                p.stageSubscribers(), p.booths(), p.boothUsers(), p.connections() - p.stageSubscribers() - p.boothMembers(),
                load);
        results.setProperty("name", name);
        results.setProperty("params", String.format(Locale.ROOT,
                "connections=%d stageSubscribers=%d stageRate=%d booths=%d boothUsers=%d boothRate=%s warmup=%d measure=%d",
                p.connections(), p.stageSubscribers(), p.stageRate(), p.booths(), p.boothUsers(), p.boothRate(),
                p.warmup(), p.measure()));
        results.setProperty("load.start", load);
        buildConnections();

        // One event loop per core, as the servers have
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        clients = new WebSocketClient[p.sources()];
        for (int s = 0; s < p.sources(); s++) {
            // Several loopback source addresses, so that 10,000 connections never run short of ephemeral ports
            clients[s] = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(p.connections() + 10)
                    .setLocalAddress("127.0.0." + (s + 1)).setConnectTimeout(30_000).setMaxFrameSize(65536)
                    .setMaxMessageSize(262144).setTryUsePerMessageCompression(false));
        }

        long[] before = serverMemory();
        say("server before connections: RSS %d MiB, heap after GC %d MiB", before[0] >> 20, before[1] >> 20);

        long t0 = System.nanoTime();
        connectsDone = new CountDownLatch(conns.size());
        for (int i = 0; i < p.connectConcurrency(); i++) {
            connectNext();
        }
        long connectBudget = 60 + p.connections() / 50;
        boolean allDone = connectsDone.await(connectBudget, TimeUnit.SECONDS);
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        long held = conns.stream().filter(c -> c.subscribed).count();
        say("connected and subscribed: %d of %d in %.1f s (%s), failures %d %s", held, conns.size(), connectSeconds,
                allDone ? "all answered" : "TIMED OUT", connectFailures.sum(), counts(failureReasons));
        results.setProperty("connect.seconds", fmt(connectSeconds));
        results.setProperty("connect.p99.ms", fmt(connectLatency.percentile(0.99)));
        results.setProperty("connect.failures", Long.toString(connectFailures.sum()));

        Thread.sleep(2000);
        long[] after = serverMemory();
        say("server with connections: RSS %d MiB, heap after GC %d MiB", after[0] >> 20, after[1] >> 20);
        results.setProperty("rss.before.mib", Long.toString(before[0] >> 20));
        results.setProperty("rss.after.mib", Long.toString(after[0] >> 20));
        results.setProperty("heap.before.mib", Long.toString(before[1] >> 20));
        results.setProperty("heap.after.mib", Long.toString(after[1] >> 20));
        if (held > 0) {
            results.setProperty("rss.per.connection.kib", fmt((after[0] - before[0]) / 1024.0 / held));
            results.setProperty("heap.per.connection.kib", fmt((after[1] - before[1]) / 1024.0 / held));
        }

        long heartbeatTimer = startHeartbeats();

        // The target scenario: stage and booths at the same time
        List<Conn> stageSenders = conns.stream().filter(c -> c.role == Role.STAGE).limit(Math.max(1, p.stageRate()))
                .toList();
        List<Conn> boothMembers = conns.stream().filter(c -> c.role == Role.BOOTH).toList();
        Window warm = openWindow("warmup");
        long stageTicker = ticker(stageSenders, p.stageRate());
        long boothTicker = ticker(boothMembers, boothMembers.size() * p.boothRate());
        Thread.sleep(p.warmup() * 1000L);
        closeWindow(warm);
        Window main = openWindow("main");
        DashboardProbe probe = p.dashboardViewers() > 0 || p.dashboardWatchOnly() == 1 ? new DashboardProbe() : null;
        if (probe != null) {
            probe.during(p.measure() * 1000L);
        } else {
            Thread.sleep(p.measure() * 1000L);
        }
        closeWindow(main);
        vertx.cancelTimer(stageTicker);
        vertx.cancelTimer(boothTicker);
        drain();
        report(main, true);
        if (probe != null) {
            probe.report();
        }

        // Fan-out capacity: the stage channel alone at rising rates, until the server falls behind
        double bestFanOut = 0;
        int bestRate = 0;
        for (int rate : p.steps()) {
            List<Conn> senders = conns.stream().filter(c -> c.role == Role.STAGE && c.subscribed).limit(rate).toList();
            if (senders.isEmpty()) {
                break;
            }
            Window step = openWindow("step-" + rate);
            long ticker = ticker(senders, rate);
            Thread.sleep(p.stepSeconds() * 1000L);
            closeWindow(step);
            vertx.cancelTimer(ticker);
            drain();
            boolean keptUp = report(step, false);
            if (!keptUp) {
                break;
            }
            double fanOut = step.stage.count() / step.seconds();
            if (fanOut > bestFanOut) {
                bestFanOut = fanOut;
                bestRate = rate;
            }
        }
        results.setProperty("fanout.best.per.second", fmt(bestFanOut));
        results.setProperty("fanout.best.rate", Integer.toString(bestRate));
        say("highest stage rate kept up with: %d msg/s = %.0f deliveries/s", bestRate, bestFanOut);

        vertx.cancelTimer(heartbeatTimer);
        long stillHeld = conns.stream().filter(c -> c.subscribed).count();
        results.setProperty("held.end", Long.toString(stillHeld));
        results.setProperty("held.start", Long.toString(held));
        results.setProperty("connections", Integer.toString(p.connections()));
        results.setProperty("unexpected.closes", Long.toString(unexpectedCloses.sum()));
        results.setProperty("close.codes", counts(closeCodes));
        results.setProperty("errors", Long.toString(errors.sum()));
        results.setProperty("error.codes", counts(errorCodes));
        results.setProperty("pings", Long.toString(pings.sum()));
        results.setProperty("pongs", Long.toString(pongs.sum()));
        results.setProperty("load.end", loadAverage());
        say("held at the end: %d; unexpected closes %d %s; error frames %d %s; pings %d, pongs %d", stillHeld,
                unexpectedCloses.sum(), counts(closeCodes), errors.sum(), counts(errorCodes), pings.sum(), pongs.sum());

        shuttingDown = true;
        CountDownLatch closing = new CountDownLatch((int) conns.stream().filter(c -> c.ws != null).count());
        for (Conn conn : conns) {
            WebSocket socket = conn.ws;
            if (socket != null) {
                socket.close().onComplete(done -> closing.countDown());
            }
        }
        closing.await(20, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        try (Writer out = Files.newBufferedWriter(resultFile)) {
            results.store(out, "chat benchmark " + name);
        }
        System.exit(0);
    }

    void buildConnections() throws Exception {
        Params p = params;
        for (int i = 0; i < p.connections(); i++) {
            if (i < p.stageSubscribers()) {
                conns.add(new Conn(i, Role.STAGE, STAGE, -1, "buehne-" + i));
            } else if (i < p.stageSubscribers() + p.boothMembers()) {
                int member = i - p.stageSubscribers();
                int booth = member / p.boothUsers();
                conns.add(new Conn(i, Role.BOOTH, "booth:" + EDITION + "/stand-" + (booth + 1), booth, "stand-" + (booth + 1) + "-" + member));
            } else {
                // Quiet connections: several browser tabs of one person share a user
                int user = (i - p.stageSubscribers() - p.boothMembers()) / 5;
                conns.add(new Conn(i, Role.IDLE, LOBBY, -1, "lobby-" + user));
            }
        }
        if (keyDir == null) {
            return;
        }
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyDir.resolve("private.der"))));
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        conns.stream().map(c -> c.username).distinct().toList().parallelStream().forEach(user -> {
            try {
                tokens.put(user, token(key, user, now));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        conns.forEach(c -> c.token = tokens.get(c.username));
        say("signed %d access tokens in %.1f s", tokens.size(), (System.nanoTime() - t0) / 1e9);
    }

    void connectNext() {
        int i = nextConnect.getAndIncrement();
        if (i >= conns.size()) {
            return;
        }
        Conn conn = conns.get(i);
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/ws/chat?v=2");
        if (conn.token != null) {
            options.addHeader("Authorization", "Bearer " + conn.token);
        }
        conn.connectStarted = System.nanoTime();
        clients[i % clients.length].connect(options).onComplete(result -> {
            if (result.failed()) {
                connectFailures.increment();
                String reason = String.valueOf(result.cause().getMessage());
                failureReasons.computeIfAbsent(reason.length() > 60 ? reason.substring(0, 60) : reason,
                        r -> new LongAdder()).increment();
                conn.finished(false);
                return;
            }
            WebSocket socket = result.result();
            conn.ws = socket;
            socket.textMessageHandler(conn::received);
            socket.closeHandler(closed -> conn.closed(socket.closeStatusCode()));
            socket.exceptionHandler(failure -> {
            });
            socket.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"sub\",\"channel\":\"" + conn.channel + "\"}");
        });
    }

    /** Every connection sends an application ping once per heartbeat interval, spread over the interval. */
    long startHeartbeats() {
        int slots = params.heartbeat() * 10;
        long[] tick = { 0 };
        return vertx.setPeriodic(100, id -> {
            int slot = (int) (tick[0]++ % slots);
            for (int i = slot; i < conns.size(); i += slots) {
                WebSocket socket = conns.get(i).ws;
                if (socket != null) {
                    socket.writeTextMessage("{\"type\":\"ping\",\"ref\":\"p\"}");
                    pings.increment();
                }
            }
        });
    }

    /**
     * Sends {@code perSecond} messages per second in all, round-robin over the senders (so each sends
     * {@code perSecond / senders.size()} per second), from a 10 ms timer that catches up on what is due.
     */
    long ticker(List<Conn> senders, double perSecond) {
        if (senders.isEmpty() || perSecond <= 0) {
            return -1;
        }
        long started = System.nanoTime();
        long[] sent = { 0 };
        int[] next = { 0 };
        return vertx.setPeriodic(10, id -> {
            long due = (long) ((System.nanoTime() - started) / 1e9 * perSecond);
            while (sent[0] < due) {
                senders.get(next[0]).send();
                next[0] = (next[0] + 1) % senders.size();
                sent[0]++;
            }
        });
    }

    /**
     * Waits until nothing arrives any more (2 s without a delivery or ack, at most 60 s), so that late
     * deliveries still count for their window and a backlog does not spill into the next one.
     */
    void drain() throws InterruptedException {
        long last = -1;
        int quiet = 0;
        for (int i = 0; i < 120 && quiet < 4; i++) {
            long seen = delivered.sum() + acks.sum();
            quiet = seen == last ? quiet + 1 : 0;
            last = seen;
            Thread.sleep(500);
        }
    }

    Window openWindow(String label) {
        long serverCpu = cpuTicks(serverPid);
        long ownCpu = ownCpuNanos();
        String load = loadAverage();
        // Listed at once: a message sent before the window is listed would be received into it uncounted
        Window window = new Window(label, System.nanoTime());
        windows.add(window);
        window.serverCpuStart = serverCpu;
        window.ownCpuStart = ownCpu;
        window.loadStart = load;
        return window;
    }

    void closeWindow(Window window) {
        window.end = System.nanoTime();
        window.serverCpuEnd = cpuTicks(serverPid);
        window.ownCpuEnd = ownCpuNanos();
        window.loadEnd = loadAverage();
    }

    /** Prints a window's numbers and stores them; true when the server kept up (≥ 99 % delivered, p99 < 1 s). */
    boolean report(Window w, boolean booths) {
        double seconds = w.seconds();
        double stageShare = w.stageExpected.sum() == 0 ? 1 : (double) w.stage.count() / w.stageExpected.sum();
        double boothShare = w.boothExpected.sum() == 0 ? 1 : (double) w.booth.count() / w.boothExpected.sum();
        double fanOut = (w.stage.count() + w.booth.count()) / seconds;
        double serverCpu = (w.serverCpuEnd - w.serverCpuStart) / 100.0 / seconds * 100;
        double ownCpu = (w.ownCpuEnd - w.ownCpuStart) / 1e9 / seconds * 100;
        say("[%s] %.0f s, load %s -> %s; server CPU %.0f %%, generator CPU %.0f %%", w.name, seconds, w.loadStart,
                w.loadEnd, serverCpu, ownCpu);
        say("  stage: %d msgs sent (%.1f/s), %d of %d deliveries (%.2f %%), latency p50 %.1f ms p95 %.1f p99 %.1f max %.1f",
                w.stageSent.sum(), w.stageSent.sum() / seconds, w.stage.count(), w.stageExpected.sum(), stageShare * 100,
                w.stage.percentile(0.5), w.stage.percentile(0.95), w.stage.percentile(0.99), w.stage.maxMillis());
        if (booths) {
            say("  booths: %d msgs sent (%.1f/s), %d of %d deliveries (%.2f %%), latency p50 %.1f ms p95 %.1f p99 %.1f max %.1f",
                    w.boothSent.sum(), w.boothSent.sum() / seconds, w.booth.count(), w.boothExpected.sum(), boothShare * 100,
                    w.booth.percentile(0.5), w.booth.percentile(0.95), w.booth.percentile(0.99), w.booth.maxMillis());
        }
        say("  acks: %d, p50 %.1f ms p99 %.1f; error frames %d; fan-out %.0f deliveries/s", w.ack.count(),
                w.ack.percentile(0.5), w.ack.percentile(0.99), w.errors.sum(), fanOut);
        String k = w.name + ".";
        results.setProperty(k + "seconds", fmt(seconds));
        results.setProperty(k + "load", w.loadStart + " -> " + w.loadEnd);
        results.setProperty(k + "server.cpu.percent", fmt(serverCpu));
        results.setProperty(k + "generator.cpu.percent", fmt(ownCpu));
        results.setProperty(k + "stage.sent.per.second", fmt(w.stageSent.sum() / seconds));
        results.setProperty(k + "stage.delivered.percent", fmt(stageShare * 100));
        results.setProperty(k + "stage.p50.ms", fmt(w.stage.percentile(0.5)));
        results.setProperty(k + "stage.p99.ms", fmt(w.stage.percentile(0.99)));
        results.setProperty(k + "booth.sent.per.second", fmt(w.boothSent.sum() / seconds));
        results.setProperty(k + "booth.delivered.percent", fmt(boothShare * 100));
        results.setProperty(k + "booth.p50.ms", fmt(w.booth.percentile(0.5)));
        results.setProperty(k + "booth.p99.ms", fmt(w.booth.percentile(0.99)));
        results.setProperty(k + "ack.p99.ms", fmt(w.ack.percentile(0.99)));
        results.setProperty(k + "acks", Long.toString(w.ack.count()));
        results.setProperty(k + "errors", Long.toString(w.errors.sum()));
        results.setProperty(k + "fanout.per.second", fmt(fanOut));
        return stageShare >= 0.99 && w.stage.percentile(0.99) < 1000 && w.stage.count() > 0;
    }

    // ---- server metrics from /proc and jcmd --------------------------------------------------------

    /** RSS and heap used after a full GC of the server process, in bytes. */
    long[] serverMemory() throws Exception {
        long heap = -1;
        Process gc = new ProcessBuilder("jcmd", Long.toString(serverPid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        Process info = new ProcessBuilder("jcmd", Long.toString(serverPid), "GC.heap_info").redirectErrorStream(true)
                .start();
        String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(out);
        if (used.find()) {
            heap = Long.parseLong(used.group(1)) * 1024;
        }
        long rss = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + serverPid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return new long[] { rss, heap };
    }

    /** utime + stime of a process in clock ticks (1/100 s). */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String counts(Map<String, LongAdder> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return sorted.toString();
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }

    // ---- the organiser dashboard under load (issue 19) ---------------------------------------------

    /**
     * An admin's connection watches the organiser dashboard ({@code watch} with {@code dashboard}) during the measured
     * window. Round after round, {@code dashboardViewers} extra visitors join the stage; the probe measures how long
     * after the last of them was subscribed the dashboard's viewer count of the stage shows them, then closes them and
     * measures how long until the count is back. A round whose change does not show within 15 s counts as missed.
     */
    final class DashboardProbe {
        static final long SHOWN_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(15);
        final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        final Histogram up = new Histogram();
        final Histogram down = new Histogram();
        final LongAdder frames = new LongAdder();
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicInteger missed = new AtomicInteger();
        final Object changed = new Object();
        /** The stage's viewers in the latest dashboard frame; -1 before the first. */
        volatile long viewers = -1;
        volatile long online = -1;
        PrivateKey key;

        /** Watches and runs rounds for {@code millis}, then closes the admin's connection. */
        void during(long millis) throws Exception {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyDir.resolve("private.der"))));
            String token = token(key, "bench-admin", "Bench Admin", List.of("admin"), Instant.now().getEpochSecond());
            WebSocket admin = connect(token).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            admin.textMessageHandler(this::received);
            admin.writeTextMessage("{\"type\":\"watch\",\"ref\":\"dash\",\"dashboard\":true}");
            if (!await(() -> viewers >= 0, System.nanoTime() + SHOWN_WITHIN_NANOS)) {
                say("dashboard probe: no dashboard frame within 15 s");
            }
            int round = 0;
            // A round takes at most about 2 x 15 s; none starts that could not end within the window
            while (params.dashboardWatchOnly() != 1 && System.nanoTime() + 2 * SHOWN_WITHIN_NANOS < end) {
                round(round++);
                Thread.sleep(2000);
            }
            long rest = end - System.nanoTime();
            if (rest > 0) {
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(rest));
            }
            admin.close();
        }

        void round(int round) throws Exception {
            int extra = params.dashboardViewers();
            long base = viewers;
            long now = Instant.now().getEpochSecond();
            CountDownLatch subscribed = new CountDownLatch(extra);
            List<WebSocket> sockets = new CopyOnWriteArrayList<>();
            for (int i = 0; i < extra; i++) {
                String token = token(key, "dashboard-" + round + "-" + i, now);
                connect(token).onSuccess(socket -> {
                    sockets.add(socket);
                    socket.textMessageHandler(text -> {
                        if (text.startsWith("{\"type\":\"subscribed\"")) {
                            subscribed.countDown();
                        }
                    });
                    socket.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"sub\",\"channel\":\"" + STAGE + "\"}");
                });
            }
            rounds.incrementAndGet();
            if (!subscribed.await(30, TimeUnit.SECONDS)) {
                say("dashboard probe: round %d: only %d of %d extra viewers subscribed", round, extra - subscribed.getCount(),
                        extra);
                missed.incrementAndGet();
                sockets.forEach(WebSocket::close);
                return;
            }
            long joined = System.nanoTime();
            boolean shown = await(() -> viewers >= base + extra, joined + SHOWN_WITHIN_NANOS);
            long upNanos = System.nanoTime() - joined;
            CountDownLatch closed = new CountDownLatch(sockets.size());
            sockets.forEach(socket -> socket.close().onComplete(done -> closed.countDown()));
            closed.await(10, TimeUnit.SECONDS);
            long left = System.nanoTime();
            boolean back = await(() -> viewers <= base, left + SHOWN_WITHIN_NANOS);
            long downNanos = System.nanoTime() - left;
            if (shown) {
                up.record(upNanos);
            }
            if (back) {
                down.record(downNanos);
            }
            if (!shown || !back) {
                missed.incrementAndGet();
            }
            say("dashboard probe: round %d: %d viewers -> +%d shown after %s, departures after %s (online now %d)", round,
                    base, extra, shown ? fmt(upNanos / 1e6) + " ms" : "MISSED", back ? fmt(downNanos / 1e6) + " ms" : "MISSED",
                    online);
        }

        io.vertx.core.Future<WebSocket> connect(String token) {
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                    .setURI("/ws/chat?v=2").addHeader("Authorization", "Bearer " + token);
            return clients[0].connect(options);
        }

        /** Keeps the stage's viewers and the online count of every dashboard frame. */
        void received(String text) {
            if (!text.startsWith("{\"type\":\"dashboard\"")) {
                return;
            }
            try {
                var figures = json.readTree(text).path("figures");
                long stage = -1;
                for (var entry : figures.path("stages")) {
                    if (STAGE.endsWith("/" + entry.path("key").asText())) {
                        stage = entry.path("viewers").asLong();
                    }
                }
                frames.increment();
                online = figures.path("onlineNow").asLong(-1);
                viewers = stage;
                synchronized (changed) {
                    changed.notifyAll();
                }
            } catch (IOException e) {
                say("dashboard probe: unreadable frame %s", e.getMessage());
            }
        }

        boolean await(java.util.function.BooleanSupplier condition, long deadline) throws InterruptedException {
            synchronized (changed) {
                while (!condition.getAsBoolean()) {
                    long rest = deadline - System.nanoTime();
                    if (rest <= 0) {
                        return false;
                    }
                    changed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(rest)));
                }
                return true;
            }
        }

        void report() {
            say("dashboard probe: %d rounds of %d extra stage viewers, %d missed, %d frames; shown after p50 %s ms max %s ms;"
                    + " departures after p50 %s ms max %s ms", rounds.get(), params.dashboardViewers(), missed.get(),
                    frames.sum(), fmt(up.percentile(0.5)), fmt(up.maxMillis()), fmt(down.percentile(0.5)),
                    fmt(down.maxMillis()));
            results.setProperty("dashboard.rounds", Integer.toString(rounds.get()));
            results.setProperty("dashboard.missed", Integer.toString(missed.get()));
            results.setProperty("dashboard.frames", Long.toString(frames.sum()));
            results.setProperty("dashboard.up.p50.ms", fmt(up.percentile(0.5)));
            results.setProperty("dashboard.up.max.ms", fmt(up.maxMillis()));
            results.setProperty("dashboard.down.p50.ms", fmt(down.percentile(0.5)));
            results.setProperty("dashboard.down.max.ms", fmt(down.maxMillis()));
        }
    }

    // ---- summary -----------------------------------------------------------------------------------

    static void summary(String[] files) throws IOException {
        List<Properties> runs = new ArrayList<>();
        for (String file : files) {
            Properties run = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of(file))) {
                run.load(in);
            }
            runs.add(run);
        }
        String[][] rows = {
                { "connections held (start / end of run)", "held.start", "/", "held.end" },
                { "connect + subscribe: seconds for all / p99 ms", "connect.seconds", "/", "connect.p99.ms" },
                { "connect failures / unexpected closes", "connect.failures", "/", "unexpected.closes" },
                { "stage: sent msg/s", "main.stage.sent.per.second" },
                { "stage: delivered %", "main.stage.delivered.percent" },
                { "stage: latency p50 / p99 ms (target p99 < 250)", "main.stage.p50.ms", "/", "main.stage.p99.ms" },
                { "booths: sent msg/s", "main.booth.sent.per.second" },
                { "booths: delivered %", "main.booth.delivered.percent" },
                { "booths: latency p50 / p99 ms", "main.booth.p50.ms", "/", "main.booth.p99.ms" },
                { "send -> ack p99 ms (app: stored in MariaDB)", "main.ack.p99.ms" },
                { "fan-out in the target scenario, deliveries/s", "main.fanout.per.second" },
                { "server CPU % (of 200) / generator CPU %", "main.server.cpu.percent", "/", "main.generator.cpu.percent" },
                { "error frames in the target scenario", "main.errors" },
                { "highest stage rate kept up with, msg/s", "fanout.best.rate" },
                { "max fan-out kept up with, deliveries/s", "fanout.best.per.second" },
                { "dashboard: extra viewers shown after p50 / max ms (target < 5000)", "dashboard.up.p50.ms", "/",
                        "dashboard.up.max.ms" },
                { "dashboard: departures shown after p50 / max ms", "dashboard.down.p50.ms", "/", "dashboard.down.max.ms" },
                { "dashboard: rounds / not shown within 15 s / frames", "dashboard.rounds", "/", "dashboard.missed", "/",
                        "dashboard.frames" },
                { "server RSS before / with connections MiB", "rss.before.mib", "/", "rss.after.mib" },
                { "server heap after GC before / with MiB", "heap.before.mib", "/", "heap.after.mib" },
                { "per connection: RSS / heap KiB", "rss.per.connection.kib", "/", "heap.per.connection.kib" },
                { "load average at start / end", "load.start", "/", "load.end" } };
        StringBuilder header = new StringBuilder("| metric |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Properties run : runs) {
            header.append(' ').append(run.getProperty("name")).append(" |");
            rule.append("---|");
        }
        System.out.println();
        System.out.println("Parameters: " + runs.get(0).getProperty("params"));
        System.out.println(header);
        System.out.println(rule);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("| ").append(row[0]).append(" |");
            for (Properties run : runs) {
                line.append(' ');
                for (int i = 1; i < row.length; i++) {
                    line.append(row[i].equals("/") ? " / " : run.getProperty(row[i], "–"));
                }
                line.append(" |");
            }
            System.out.println(line);
        }
        if (runs.size() == 2) {
            double raw = Double.parseDouble(runs.get(0).getProperty("fanout.best.per.second", "0"));
            double app = Double.parseDouble(runs.get(1).getProperty("fanout.best.per.second", "0"));
            System.out.printf(Locale.ROOT, "| max fan-out %s / %s | %.0f %% (target ≥ 50 %%) |%n",
                    runs.get(1).getProperty("name"), runs.get(0).getProperty("name"), raw == 0 ? 0 : app / raw * 100);
        }
        for (Properties run : runs) {
            System.out.printf("%s: close codes %s, error codes %s, pings %s / pongs %s%n", run.getProperty("name"),
                    run.getProperty("close.codes"), run.getProperty("error.codes"), run.getProperty("pings"),
                    run.getProperty("pongs"));
        }
    }
}
