package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kommunalmesse.testsupport.AppInstance;
import de.kommunalmesse.testsupport.LoadBalancer;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A rolling update and a crash behind the real load balancer. Two instances of the packaged app run behind
 * HAProxy (the project's configuration, as {@code ./kommunalmesse --instances 2} writes it) on one database and
 * Redis. A few hundred chat clients with real Keycloak tokens talk in booth and stage channels through HAProxy
 * and behave like the browser client: they resume with {@code since} after every reconnect and resend their
 * outbox until acknowledged. Meanwhile the instances get SIGTERM one after the other and come back, and then
 * one is killed with SIGKILL; REST calls run through the load balancer all the time.
 * <p>
 * Asserted: no acknowledged message is lost, every subscriber ends up with every message of its channel once
 * (by seq), no REST call during the roll gets a 5xx or fails, each instance reports DOWN before it goes and
 * exits within 30 s. Reported (target/rolling-update.txt, docs/benchmarks.md): the longest time a client was
 * without a connection, and more.
 */
@QuarkusIntegrationTest
@TestProfile(ChatClusterIT.WithRedis.class)
class ChatRollingUpdateIT {

    private static final int BOOTHS = 8;
    private static final int CLIENTS_PER_BOOTH = 30;
    private static final int STAGE_CLIENTS = 60;
    /** Each client writes one message in this interval: 50 messages/s with 300 clients. */
    private static final long SEND_INTERVAL_MILLIS = 6_000;
    private static final List<String> USERS = List.of("besucher", "aussteller-soest", "kdn-admin", "moderatorin");
    private static final Path WORK = Path.of("target", "rolling-update");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI instanceA;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean producing;
    /** steady, roll, crash or after: close codes are counted per phase. */
    private volatile String phase = "steady";
    private volatile boolean stopping;

    @Test
    void rollingUpdateAndACrashLoseNoAcknowledgedMessage() throws Exception {
        Config config = ConfigProvider.getConfig();
        List<String> channels = channels();
        USERS.forEach(user -> tokens.put(user, TestUsers.token(user)));
        // Keycloak's tokens live five minutes; reconnects take a fresh one
        scheduler.scheduleAtFixedRate(() -> USERS.forEach(user -> tokens.put(user, TestUsers.token(user))), 50, 50,
                TimeUnit.SECONDS);

        Map<String, String> properties = Map.of(
                "kommunalmesse.chat.redis.enabled", "true",
                "kommunalmesse.chat.redis.channel", ChatClusterIT.WithRedis.REDIS_CHANNEL,
                // Four demo users write for three hundred clients
                "kommunalmesse.chat.rate-limit.messages", "1000000");
        List<AppInstance> instances = List.of(new AppInstance("rolling-app-1", config, properties),
                new AppInstance("rolling-app-2", config, properties));
        List<Client> clients = new ArrayList<>();
        RestProbe rest = null;
        StringBuilder report = new StringBuilder();
        try {
            for (AppInstance instance : instances) {
                instance.start();
            }
            for (AppInstance instance : instances) {
                instance.awaitReady(Duration.ofSeconds(180));
            }
            try (LoadBalancer lb = new LoadBalancer(instances, WORK)) {
                for (AppInstance instance : instances) {
                    lb.awaitStatus(instance.name(), "UP", Duration.ofSeconds(20));
                }
                URI socketUri = URI.create("ws://127.0.0.1:" + lb.uri().getPort() + "/ws/chat?v=2");
                for (int i = 0; i < BOOTHS * CLIENTS_PER_BOOTH + STAGE_CLIENTS; i++) {
                    String channel = i < BOOTHS * CLIENTS_PER_BOOTH ? channels.get(i % BOOTHS) : channels.get(BOOTHS);
                    Client client = new Client(i, USERS.get(i % USERS.size()), channel, socketUri);
                    clients.add(client);
                    client.connect();
                    if (i % 20 == 19) {
                        Thread.sleep(100);
                    }
                }
                awaitJoined("at the start", clients, instances);
                rest = new RestProbe(lb.uri(), channels.get(0));
                rest.start();
                producing = true;
                for (Client client : clients) {
                    scheduler.scheduleAtFixedRate(client::write,
                            ThreadLocalRandom.current().nextLong(SEND_INTERVAL_MILLIS), SEND_INTERVAL_MILLIS,
                            TimeUnit.MILLISECONDS);
                }
                Thread.sleep(6_000);

                rest.phase("roll");
                phase = "roll";
                long rollStart = System.nanoTime();
                for (AppInstance instance : instances) {
                    long signalled = System.nanoTime();
                    instance.signalTerm();
                    boolean sawDown = awaitQuietly(Duration.ofSeconds(10),
                            () -> instance.alive() && instance.readiness() == 503);
                    assertTrue(sawDown, instance.name() + " did not report readiness DOWN after SIGTERM");
                    lb.awaitStatus(instance.name(), "DOWN", Duration.ofSeconds(10));
                    assertTrue(instance.awaitExit(Duration.ofSeconds(30)), instance.name() + " ran on 30 s after SIGTERM");
                    long exitMillis = (System.nanoTime() - signalled) / 1_000_000;
                    awaitJoined("after stopping " + instance.name(), clients, instances);
                    report.append(String.format("SIGTERM %s: readiness DOWN seen, exited after %d ms, every client"
                            + " back on the other instance %d ms after the signal%n", instance.name(), exitMillis,
                            (System.nanoTime() - signalled) / 1_000_000));
                    instance.start();
                    instance.awaitReady(Duration.ofSeconds(180));
                    lb.awaitStatus(instance.name(), "UP", Duration.ofSeconds(20));
                }
                long rollMillis = (System.nanoTime() - rollStart) / 1_000_000;
                Thread.sleep(3_000);

                rest.phase("crash");
                phase = "crash";
                long killed = System.nanoTime();
                instances.get(0).kill();
                awaitJoined("after SIGKILL", clients, instances);
                long crashRecoveryMillis = (System.nanoTime() - killed) / 1_000_000;
                instances.get(0).start();
                instances.get(0).awaitReady(Duration.ofSeconds(180));
                lb.awaitStatus(instances.get(0).name(), "UP", Duration.ofSeconds(20));
                rest.phase("after");
                phase = "after";
                Thread.sleep(2_000);

                producing = false;
                await("every message acknowledged", Duration.ofSeconds(40),
                        () -> clients.stream().allMatch(Client::outboxEmpty));
                Map<String, TreeMap<Long, String>> stored = stored(config, channels);
                await("every client caught up", Duration.ofSeconds(30), () -> clients.stream()
                        .allMatch(c -> c.lastRev() >= stored.get(c.channel).lastKey()));
                rest.stop();
                verify(clients, stored, rest, rollMillis, crashRecoveryMillis, report);
            }
        } finally {
            stopping = true;
            scheduler.shutdownNow();
            if (rest != null) {
                rest.stop();
            }
            clients.forEach(Client::close);
            for (AppInstance instance : instances) {
                instance.stop();
            }
        }
    }

    private void verify(List<Client> clients, Map<String, TreeMap<Long, String>> stored, RestProbe rest,
            long rollMillis, long crashRecoveryMillis, StringBuilder report) throws IOException {
        long acked = 0;
        long lost = 0;
        long missing = 0;
        long duplicates = 0;
        long busy = 0;
        long resets = 0;
        long longestGap = 0;
        Map<String, Long> unexpectedErrors = new TreeMap<>();
        Map<String, Long> closeCodes = new TreeMap<>();
        List<Long> gaps = new ArrayList<>();
        for (Client client : clients) {
            synchronized (client) {
                TreeMap<Long, String> channel = stored.get(client.channel);
                for (Map.Entry<String, Long> ack : client.acked.entrySet()) {
                    acked++;
                    if (!ack.getKey().equals(channel.get(ack.getValue()))) {
                        lost++;
                    }
                }
                for (Long seq : channel.tailMap(client.startHead, false).keySet()) {
                    Integer times = client.received.get(seq);
                    if (times == null) {
                        missing++;
                    } else {
                        duplicates += times - 1;
                    }
                }
                busy += client.busy;
                resets += client.resetsAfterResume;
                longestGap = Math.max(longestGap, client.longestGapNanos);
                gaps.addAll(client.gapsNanos);
                client.errors.forEach((code, count) -> unexpectedErrors.merge(code, (long) count, Long::sum));
                client.closeCodes.forEach((code, count) -> closeCodes.merge(code, (long) count, Long::sum));
            }
        }
        Collections.sort(gaps);
        long messages = stored.values().stream().mapToLong(TreeMap::size).sum();
        report.append(String.format("clients: %d (%d booth channels x %d, one stage channel x %d), users %d%n",
                clients.size(), BOOTHS, CLIENTS_PER_BOOTH, STAGE_CLIENTS, USERS.size()));
        report.append(String.format("rolling update (both instances) took %d ms; after SIGKILL all clients were back"
                + " in %d ms%n", rollMillis, crashRecoveryMillis));
        report.append(String.format("messages acknowledged: %d, lost: %d; stored in the channels: %d%n", acked, lost,
                messages));
        report.append(String.format("deliveries missing after resume: %d; duplicates dropped by seq: %d;"
                + " resets after resume: %d; busy refusals resent: %d%n", missing, duplicates, resets, busy));
        report.append(String.format("reconnects: %d; time without connection: median %d ms, p99 %d ms, longest %d ms%n",
                gaps.size(), percentile(gaps, 50), percentile(gaps, 99), longestGap / 1_000_000));
        report.append("close codes seen by the clients: ").append(closeCodes).append(System.lineSeparator());
        report.append("error frames other than busy: ").append(unexpectedErrors).append(System.lineSeparator());
        report.append("REST through the load balancer: ").append(rest.summary()).append(System.lineSeparator());
        Files.createDirectories(WORK);
        Files.writeString(Path.of("target", "rolling-update.txt"), report.toString());
        System.out.println("== Rolling update through HAProxy" + System.lineSeparator() + report);

        assertEquals(0, lost, "acknowledged messages lost\n" + report);
        assertEquals(0, missing, "messages a subscriber never got\n" + report);
        assertEquals(0, resets, "a resume fell back to the latest page\n" + report);
        assertTrue(unexpectedErrors.isEmpty(), "error frames other than busy: " + unexpectedErrors + "\n" + report);
        assertEquals(0, rest.failures("roll"), "REST calls with a 5xx or no answer during the roll\n" + report);
        assertTrue(rest.count("roll") > 0, "REST calls ran during the roll");
        assertEquals(0, closeCodes.getOrDefault("roll 1006", 0L),
                "a graceful stop closes with 1001, never by dropping connections\n" + report);
        assertTrue(closeCodes.getOrDefault("roll 1001", 0L) >= clients.size(), "the stopped instances closed with 1001");
    }

    private static long percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(sortedNanos.size() * percent / 100.0) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1_000_000;
    }

    /**
     * The booth channels and one stage channel of the demo fair's current edition (the booth of ChatClusterIT
     * left out), named as the browser's protocol version 2 and the database name them.
     */
    private List<String> channels() {
        List<Map<String, Object>> booths = RestAssured.given().baseUri(instanceA.toString()).queryParam("size", 20)
                .get("/api/booths").then().statusCode(200).extract().path("items");
        List<String> channels = new ArrayList<>();
        booths.stream().filter(booth -> !"kreis-soest-umzug".equals(booth.get("slug"))).limit(BOOTHS)
                .forEach(booth -> channels.add("booth:" + booth.get("edition") + "/" + booth.get("slug")));
        Map<String, Object> stage = RestAssured.given().baseUri(instanceA.toString()).get("/api/stages").then()
                .statusCode(200).extract().path("[0]");
        channels.add("stage:" + stage.get("edition") + "/" + stage.get("key"));
        assertEquals(BOOTHS + 1, channels.size(), "the demo fair has enough booths");
        return channels;
    }

    /** What the database holds per channel: seq → client message id. */
    private static Map<String, TreeMap<Long, String>> stored(Config config, List<String> channels) throws Exception {
        Map<String, TreeMap<Long, String>> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("root"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                PreparedStatement select = db.prepareStatement(
                        "SELECT seq, client_msg_id FROM chat_message WHERE channel_id = ?")) {
            for (String channel : channels) {
                TreeMap<Long, String> messages = new TreeMap<>();
                messages.put(0L, "");
                select.setString(1, channel);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        messages.put(rows.getLong(1), rows.getString(2));
                    }
                }
                stored.put(channel, messages);
            }
        }
        return stored;
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        if (!awaitQuietly(timeout, condition)) {
            throw new AssertionError("Not reached within " + timeout + ": " + what);
        }
    }

    /** Waits until every client has joined its channel again; says where the others are stuck if not. */
    private static void awaitJoined(String what, List<Client> clients, List<AppInstance> instances)
            throws InterruptedException {
        if (!awaitQuietly(Duration.ofSeconds(120), () -> clients.stream().allMatch(Client::joined))) {
            Map<String, Long> states = new TreeMap<>();
            clients.forEach(c -> states.merge(c.state(), 1L, Long::sum));
            instances.forEach(AppInstance::dumpThreads);
            throw new AssertionError("Not every client joined within 120 s " + what + ": " + states);
        }
    }

    private static boolean awaitQuietly(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * A chat client that behaves like the browser's: resume with {@code since} = the highest rev seen after every
     * reconnect, an outbox resent with the same ids until acknowledged, {@code busy} resent after
     * {@code retryAfterMs}, reconnect with a short backoff.
     */
    final class Client {
        final int index;
        final String user;
        final String channel;
        final URI uri;
        final Map<Long, Integer> received = new HashMap<>();
        final Map<String, String> outbox = new LinkedHashMap<>();
        final Map<String, Long> acked = new HashMap<>();
        final Map<String, Integer> errors = new HashMap<>();
        /** "phase code" → how often: 1001 and 1006 as the server closed, -2 for a refused connection attempt. */
        final Map<String, Integer> closeCodes = new HashMap<>();
        final List<Long> gapsNanos = new ArrayList<>();
        long startHead = -1;
        long longestGapNanos;
        int busy;
        int resetsAfterResume;
        private WebSocket socket;
        private int generation;
        private boolean joined;
        private boolean welcomed;
        private int subscribeErrors;
        private boolean everJoined;
        private long lastRev = -1;
        private long downSince;
        private int attempt;
        private int written;
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        Client(int index, String user, String channel, URI uri) {
            this.index = index;
            this.user = user;
            this.channel = channel;
            this.uri = uri;
        }

        void connect() {
            int attemptOf;
            synchronized (this) {
                attemptOf = ++generation;
            }
            http.newWebSocketBuilder().header("Authorization", "Bearer " + tokens.get(user))
                    .connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new Listener(attemptOf))
                    .whenComplete((ws, failure) -> {
                        if (failure != null) {
                            dropped(attemptOf, -2);
                        }
                    });
        }

        synchronized boolean joined() {
            return joined;
        }

        /** Where the client is: joined, subscribing (welcome seen), connecting (socket open) or down. */
        synchronized String state() {
            return joined ? "joined" : welcomed ? "subscribing" + (subscribeErrors > 0 ? " (refused " + errors + ")" : "")
                    : socket != null ? "connecting" : "down";
        }

        synchronized boolean outboxEmpty() {
            return outbox.isEmpty();
        }

        synchronized long lastRev() {
            return lastRev;
        }

        /** Scheduled: the user writes a message, sent now or after the next resume. */
        synchronized void write() {
            if (!producing) {
                return;
            }
            String id = "roll-" + index + "-" + (++written);
            outbox.put(id, "Nachricht " + written + " von Client " + index);
            if (joined) {
                transmitSend(id);
            }
        }

        private synchronized void opened(int attemptOf, WebSocket ws) {
            if (attemptOf == generation) {
                socket = ws;
            }
        }

        private synchronized void received(int attemptOf, JsonNode frame) {
            if (attemptOf != generation) {
                return;
            }
            switch (frame.path("type").asText()) {
                case "welcome" -> {
                    welcomed = true;
                    attempt = 0;
                    if (downSince > 0) {
                        long gap = System.nanoTime() - downSince;
                        gapsNanos.add(gap);
                        longestGapNanos = Math.max(longestGapNanos, gap);
                        downSince = 0;
                    }
                    ObjectNode subscribe = JSON.createObjectNode().put("type", "subscribe").put("ref", "s")
                            .put("channel", channel);
                    if (lastRev >= 0) {
                        subscribe.put("since", lastRev);
                    }
                    transmit(subscribe.toString());
                }
                case "subscribed" -> {
                    subscribeErrors = 0;
                    if (startHead < 0) {
                        startHead = frame.path("head").asLong();
                        lastRev = startHead;
                        while (received.containsKey(lastRev + 1)) {
                            lastRev++;
                        }
                    }
                    joined = true;
                    outbox.keySet().forEach(this::transmitSend);
                }
                case "backfill" -> {
                    if (frame.path("reset").asBoolean() && everJoined) {
                        resetsAfterResume++;
                    }
                    everJoined = true;
                    frame.path("messages").forEach(this::record);
                }
                case "message" -> {
                    if (channel.equals(frame.path("channel").asText())) {
                        record(frame.path("message"));
                    }
                }
                case "ack" -> {
                    String id = frame.path("clientMsgId").asText();
                    outbox.remove(id);
                    acked.put(id, frame.path("seq").asLong());
                }
                case "error" -> {
                    String code = frame.path("code").asText();
                    if ("s".equals(frame.path("ref").asText())) {
                        // A refused subscribe is tried again, as the browser does after its backoff
                        subscribeErrors++;
                        errors.merge("subscribe " + code, 1, Integer::sum);
                        scheduler.schedule(() -> resubscribe(attemptOf), 1, TimeUnit.SECONDS);
                    } else if ("busy".equals(code)) {
                        busy++;
                        String id = frame.path("ref").asText();
                        scheduler.schedule(() -> resend(attemptOf, id), frame.path("retryAfterMs").asLong(500),
                                TimeUnit.MILLISECONDS);
                    } else {
                        errors.merge(code, 1, Integer::sum);
                    }
                }
                default -> {
                    // live state, viewers: not what this test is about
                }
            }
        }

        /**
         * Notes a message. The resume point is the highest rev up to which every rev was seen, not the highest
         * seen: with several instances a channel's changes are written by each instance's writer and reach a
         * connection in different orders (its own instance's at once, the others' through Redis), so rev 105
         * may arrive before 103, and resuming from 105 after a drop would skip 103. This test sends no edits,
         * so every rev is a seq.
         */
        private void record(JsonNode message) {
            received.merge(message.path("seq").asLong(), 1, Integer::sum);
            while (received.containsKey(lastRev + 1)) {
                lastRev++;
            }
        }

        private synchronized void resubscribe(int attemptOf) {
            if (attemptOf == generation && welcomed && !joined) {
                ObjectNode subscribe = JSON.createObjectNode().put("type", "subscribe").put("ref", "s")
                        .put("channel", channel);
                if (lastRev >= 0) {
                    subscribe.put("since", lastRev);
                }
                transmit(subscribe.toString());
            }
        }

        private synchronized void resend(int attemptOf, String id) {
            if (attemptOf == generation && joined && outbox.containsKey(id)) {
                transmitSend(id);
            }
        }

        private synchronized void dropped(int attemptOf, int code) {
            if (attemptOf != generation) {
                return;
            }
            closeCodes.merge(phase + " " + code, 1, Integer::sum);
            generation++;
            socket = null;
            joined = false;
            welcomed = false;
            if (downSince == 0 && everJoined) {
                downSince = System.nanoTime();
            }
            if (stopping) {
                return;
            }
            long backoff = Math.min(2_000, 100L << Math.min(attempt++, 5)) + ThreadLocalRandom.current().nextLong(200);
            scheduler.schedule(this::connect, backoff, TimeUnit.MILLISECONDS);
        }

        private void transmitSend(String id) {
            transmit(JSON.createObjectNode().put("type", "send").put("ref", id).put("channel", channel)
                    .put("clientMsgId", id).put("text", outbox.get(id)).toString());
        }

        /** Sends in order: the JDK's WebSocket takes the next text only after the previous one went out. */
        private void transmit(String text) {
            WebSocket ws = socket;
            if (ws != null) {
                sending = sending.handle((ok, failure) -> null).thenCompose(ignored -> ws.sendText(text, true));
            }
        }

        void close() {
            WebSocket ws;
            synchronized (this) {
                ws = socket;
                generation++;
            }
            if (ws != null) {
                ws.abort();
            }
        }

        /** The listener of one connection attempt; callbacks of an earlier attempt are ignored. */
        private final class Listener implements WebSocket.Listener {
            private final int attemptOf;
            private final StringBuilder partial = new StringBuilder();

            Listener(int attemptOf) {
                this.attemptOf = attemptOf;
            }

            @Override
            public void onOpen(WebSocket webSocket) {
                opened(attemptOf, webSocket);
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        received(attemptOf, JSON.readTree(partial.toString()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                dropped(attemptOf, statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                dropped(attemptOf, 1006);
            }
        }
    }

    /** REST calls through the load balancer, as the web app makes them, counted per phase of the test. */
    final class RestProbe {
        private final URI base;
        private final String channel;
        private final List<Thread> threads = new ArrayList<>();
        private final Map<String, Map<String, AtomicLong>> outcomes = new ConcurrentHashMap<>();
        private volatile String phase = "steady";
        private volatile boolean running = true;

        RestProbe(URI base, String channel) {
            this.base = base;
            this.channel = channel;
        }

        void start() {
            for (int i = 0; i < 3; i++) {
                Thread thread = new Thread(this::run, "rest-probe-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        void phase(String phase) {
            this.phase = phase;
        }

        private void run() {
            List<HttpRequest.Builder> requests = List.of(
                    HttpRequest.newBuilder(base.resolve("/api/booths?size=5")),
                    HttpRequest.newBuilder(base.resolve("/api/stages")),
                    HttpRequest.newBuilder(base.resolve("/api/chat/channels/" + channel)),
                    HttpRequest.newBuilder(base.resolve("/api/me")));
            int next = 0;
            while (running) {
                HttpRequest.Builder request = requests.get(next++ % requests.size());
                String current = phase;
                String outcome;
                try {
                    int status = http.send(request.copy().timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + tokens.get(USERS.get(next % USERS.size()))).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    outcome = Integer.toString(status);
                } catch (IOException e) {
                    outcome = "no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                } catch (InterruptedException e) {
                    return;
                }
                outcomes.computeIfAbsent(current, p -> new ConcurrentHashMap<>())
                        .computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long failures(String phase) {
            return outcomes.getOrDefault(phase, Map.of()).entrySet().stream()
                    .filter(outcome -> outcome.getKey().startsWith("5") || outcome.getKey().startsWith("no answer"))
                    .mapToLong(outcome -> outcome.getValue().get()).sum();
        }

        long count(String phase) {
            return outcomes.getOrDefault(phase, Map.of()).values().stream().mapToLong(AtomicLong::get).sum();
        }

        String summary() {
            StringBuilder summary = new StringBuilder();
            for (String p : List.of("steady", "roll", "crash", "after")) {
                summary.append(p).append(' ').append(new TreeMap<>(outcomes.getOrDefault(p, Map.of()))).append("; ");
            }
            return summary.toString();
        }

        void stop() {
            running = false;
        }
    }
}
