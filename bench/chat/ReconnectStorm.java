import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The reconnect storm: {@code clients} WebSocket clients connect and subscribe (booth channels and the stage);
 * then, with a server pid, that server is stopped (SIGTERM, or SIGKILL with {@code stop=kill}) and every client
 * it had reconnects at once, through the load balancer, to the remaining instance and subscribes again with
 * {@code since}. Without a pid it only measures the first part, which is the baseline against the raw Vert.x
 * server (bench/chat/RawBroadcastServer.java).
 * <p>
 * With a pid, some clients ({@code senders}) also write a message every {@code sendEveryMs} from before the stop
 * until after the storm, behaving like the browser: an outbox resent with the same {@code clientMsgId} until
 * acknowledged, {@code busy} resent after {@code retryAfterMs}, resume from the highest gap-free seq. At the end
 * the database ({@code db=<jdbc-url>}) is compared with what the clients got: acknowledged messages missing
 * from the database (lost), and messages of a client's channel it never received after its first subscribe.
 * <p>
 * Every connection attempt is followed to its end: subscribed, refused (an error frame or a close), or neither
 * within {@code hangSeconds} — a hang, which the app must never produce (docs/benchmarks.md).
 * <p>
 * Usage: {@code ReconnectStorm <name> <connect-port> <resume-port> <key-dir|none> <stop-pid|0> <clients>
 * <booths> <result-file> [inflight=500] [hangSeconds=90] [stop=term|kill] [db=<jdbc-url>] [senders=100]
 * [sendEveryMs=5000]}; compiled together with ChatBench.java (tokens).
 */
public class ReconnectStorm {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One client: its connection of the moment, how far it got, what it received and sent. */
    final class Client {
        final int index;
        final String channel;
        final String token;
        final boolean sender;
        WebSocket ws;
        /** Which connection attempt is current; callbacks of older ones are ignored. */
        int attempt;
        boolean subscribed;
        /** Whether the current phase counted this client as done (subscribed, refused or failed). */
        boolean ended;
        /** Whether the stop took this client's connection away: it belongs to the storm. */
        boolean stormed;
        int failures;
        long startHead = -1;
        /** Highest seq up to which every seq was received: the resume point. */
        long resumeAt = -1;
        final Set<Long> received = new HashSet<>();
        final Map<String, String> outbox = new LinkedHashMap<>();
        final Map<String, Long> acked = new HashMap<>();
        int written;

        Client(int index, String channel, String token, boolean sender) {
            this.index = index;
            this.channel = channel;
            this.token = token;
            this.sender = sender;
        }
    }

    final String name;
    final int connectPort;
    final int resumePort;
    final long stopPid;
    final int booths;
    final Path resultFile;
    final int inflight;
    final int hangSeconds;
    final boolean kill;
    final String db;
    final int senders;
    final long sendEveryMs;
    final List<Client> clients = new ArrayList<>();
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicLong lastDone = new AtomicLong();
    final AtomicLong firstClose = new AtomicLong();
    final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> closeCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> connectFailures = new ConcurrentHashMap<>();
    final LongAdder busy = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder resets = new LongAdder();
    final Properties results = new Properties();
    /** 0 while connecting, 1 from the stop on. */
    volatile int phase;
    volatile boolean producing;
    volatile boolean finishing;
    Vertx vertx;
    WebSocketClient[] sources;

    ReconnectStorm(String[] args) throws Exception {
        name = args[0];
        connectPort = Integer.parseInt(args[1]);
        resumePort = Integer.parseInt(args[2]);
        Path keys = "none".equals(args[3]) ? null : Path.of(args[3]);
        stopPid = Long.parseLong(args[4]);
        int count = Integer.parseInt(args[5]);
        booths = Integer.parseInt(args[6]);
        resultFile = Path.of(args[7]);
        Map<String, String> options = new ConcurrentHashMap<>(Map.of("inflight", "500", "hangSeconds", "90",
                "stop", "term", "db", "", "senders", "100", "sendEveryMs", "5000"));
        for (int i = 8; i < args.length; i++) {
            options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        inflight = Integer.parseInt(options.get("inflight"));
        hangSeconds = Integer.parseInt(options.get("hangSeconds"));
        kill = "kill".equals(options.get("stop"));
        db = options.get("db");
        senders = stopPid > 0 && !db.isEmpty() ? Integer.parseInt(options.get("senders")) : 0;
        sendEveryMs = Long.parseLong(options.get("sendEveryMs"));
        PrivateKey key = keys == null ? null
                : KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keys.resolve("private.der"))));
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < count; i++) {
            // One in five follows the stage, the others spread over the booths
            String channel = i % 5 == 0 ? ChatBench.STAGE : "booth:" + ChatBench.EDITION + "/stand-" + (1 + i % booths);
            // The first ones write: one in five on the stage, the others each in a booth of its own
            clients.add(new Client(i, channel, key == null ? null : ChatBench.token(key, "storm-" + i, now), i < senders));
        }
    }

    public static void main(String[] args) throws Exception {
        new ReconnectStorm(args).run();
    }

    void run() throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        sources = new WebSocketClient[4];
        for (int s = 0; s < sources.length; s++) {
            sources[s] = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(clients.size() + 10)
                    .setLocalAddress("127.0.0." + (s + 1)).setConnectTimeout(30_000).setMaxFrameSize(65536)
                    .setMaxMessageSize(1 << 20).setTryUsePerMessageCompression(false));
        }
        results.setProperty("name", name);
        results.setProperty("clients", Integer.toString(clients.size()));
        results.setProperty("stop", kill ? "SIGKILL" : "SIGTERM");

        double connect = connectAll(connectPort);
        results.setProperty("connect.seconds", fmt(connect));
        if (stopPid > 0) {
            startProducing();
            Thread.sleep(3_000);
            phase = 1;
            done.set(0);
            ChatBench.say("%s: %s to %d; its clients come back through port %d", name, kill ? "SIGKILL" : "SIGTERM",
                    stopPid, resumePort);
            long signalled = System.nanoTime();
            ProcessHandle.of(stopPid).ifPresent(kill ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
            // The storm is over when every client the stop disconnected has subscribed again
            awaitQuietly(hangSeconds, () -> firstClose.get() > 0 && stormDone());
            long stormed = count(c -> c.stormed);
            long back = count(c -> c.stormed && c.subscribed);
            long start = firstClose.get();
            double storm = start > 0 ? (lastDone.get() - start) / 1e9 : 0;
            results.setProperty("storm.clients", Long.toString(stormed));
            results.setProperty("storm.subscribed", Long.toString(back));
            results.setProperty("storm.hung", Long.toString(stormed - back));
            results.setProperty("storm.seconds", fmt(storm));
            results.setProperty("storm.after.signal.seconds", fmt(start > 0 ? (lastDone.get() - signalled) / 1e9 : 0));
            ChatBench.say("%s [storm]: %d of %d disconnected clients subscribed again %.2f s after the first close"
                    + " (%.2f s after the signal); %d not within %d s", name, back, stormed, storm,
                    (lastDone.get() - signalled) / 1e9, stormed - back, hangSeconds);
            reportHung(c -> c.stormed && !c.subscribed);
            if (senders > 0) {
                Thread.sleep(5_000);
                verifyMessages();
            }
        }
        finishing = true;
        for (Client client : clients) {
            WebSocket ws;
            synchronized (client) {
                ws = client.ws;
            }
            if (ws != null) {
                ws.close();
            }
        }
        Thread.sleep(1000);
        vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        results.setProperty("error.codes", ChatBench.counts(errorCodes));
        results.setProperty("close.codes", ChatBench.counts(closeCodes));
        results.setProperty("connect.failures", ChatBench.counts(connectFailures));
        results.setProperty("busy", Long.toString(busy.sum()));
        results.setProperty("rate.limited", Long.toString(rateLimited.sum()));
        try (Writer out = Files.newBufferedWriter(resultFile)) {
            results.store(out, "reconnect storm " + name);
        }
        System.exit(0);
    }

    /** Connects every client (at most {@code inflight} at a time) and waits until each has ended its attempt. */
    double connectAll(int port) throws InterruptedException {
        ChatBench.say("%s: %d clients connect and subscribe on port %d (%d at a time)", name, clients.size(), port, inflight);
        long start = System.nanoTime();
        lastDone.set(start);
        for (int i = 0; i < Math.min(inflight, clients.size()); i++) {
            connectNext(port);
        }
        awaitQuietly(hangSeconds, () -> done.get() >= clients.size());
        long subscribed = count(c -> c.subscribed);
        long hung = count(c -> !c.ended);
        ChatBench.say("%s [connect]: %d of %d subscribed in %.2f s, %d refused, %d hung (no answer and no close within"
                + " %d s); errors %s, closes %s, connect failures %s", name, subscribed, clients.size(),
                (lastDone.get() - start) / 1e9, clients.size() - subscribed - hung, hung, hangSeconds,
                ChatBench.counts(errorCodes), ChatBench.counts(closeCodes), ChatBench.counts(connectFailures));
        results.setProperty("connect.subscribed", Long.toString(subscribed));
        results.setProperty("connect.hung", Long.toString(hung));
        reportHung(c -> !c.ended);
        return (lastDone.get() - start) / 1e9;
    }

    void connectNext(int port) {
        int i = next.getAndIncrement();
        if (i < clients.size()) {
            connect(clients.get(i), port);
        }
    }

    void connect(Client client, int port) {
        int attempt;
        String since;
        synchronized (client) {
            attempt = ++client.attempt;
            client.subscribed = false;
            client.ended = false;
            since = client.resumeAt >= 0 ? ",\"since\":" + client.resumeAt : "";
        }
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/ws/chat?v=2");
        if (client.token != null) {
            options.addHeader("Authorization", "Bearer " + client.token);
        }
        sources[client.index % sources.length].connect(options).onComplete(result -> {
            if (result.failed()) {
                String reason = String.valueOf(result.cause().getMessage());
                connectFailures.computeIfAbsent(reason.length() > 50 ? reason.substring(0, 50) : reason,
                        r -> new LongAdder()).increment();
                dropped(client, attempt);
                return;
            }
            WebSocket ws = result.result();
            synchronized (client) {
                if (attempt != client.attempt) {
                    ws.close();
                    return;
                }
                client.ws = ws;
            }
            ws.textMessageHandler(text -> received(client, attempt, text));
            ws.closeHandler(closed -> {
                closeCodes.computeIfAbsent(phase + ":" + ws.closeStatusCode(), c -> new LongAdder()).increment();
                dropped(client, attempt);
            });
            ws.exceptionHandler(failure -> {
            });
            ws.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"sub\",\"channel\":\"" + client.channel + "\"" + since + "}");
        });
    }

    void received(Client client, int attempt, String text) {
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (Exception e) {
            errorCodes.computeIfAbsent("unreadable frame", c -> new LongAdder()).increment();
            return;
        }
        synchronized (client) {
            if (attempt != client.attempt) {
                return;
            }
            switch (frame.path("type").asText()) {
                case "subscribed" -> {
                    if (client.startHead < 0) {
                        client.startHead = frame.path("head").asLong();
                        client.resumeAt = client.startHead;
                    }
                    client.subscribed = true;
                    client.failures = 0;
                    if (phase == 1) {
                        lastDone.set(System.nanoTime());
                    }
                    end(client);
                    client.outbox.keySet().forEach(id -> transmitSend(client, id));
                }
                case "backfill" -> {
                    if (frame.path("reset").asBoolean() && client.stormed) {
                        resets.increment();
                    }
                    frame.path("messages").forEach(message -> record(client, message));
                }
                case "message" -> {
                    if (client.channel.equals(frame.path("channel").asText())) {
                        record(client, frame.path("message"));
                    }
                }
                case "ack" -> {
                    String id = frame.path("clientMsgId").asText();
                    client.outbox.remove(id);
                    client.acked.put(id, frame.path("seq").asLong());
                }
                case "error" -> {
                    String code = frame.path("code").asText();
                    String ref = frame.path("ref").asText();
                    if ("sub".equals(ref)) {
                        errorCodes.computeIfAbsent(code, c -> new LongAdder()).increment();
                        end(client);
                        // Tried again after the hint, as the browser does
                        long retry = frame.path("retryAfterMs").asLong(1000);
                        vertx.setTimer(Math.max(100, retry), t -> resubscribe(client, attempt));
                    } else if ("busy".equals(code) || "rate-limited".equals(code)) {
                        // Resent after the hint, as the browser's outbox does (a reconnect resends a backlog at once)
                        (code.equals("busy") ? busy : rateLimited).increment();
                        vertx.setTimer(Math.max(50, frame.path("retryAfterMs").asLong(500)), t -> resend(client, attempt, ref));
                    } else {
                        errorCodes.computeIfAbsent(code, c -> new LongAdder()).increment();
                    }
                }
                default -> {
                    // welcome, live state, viewers, pings: not what this bench is about
                }
            }
        }
    }

    /** Notes a message; the resume point is the highest seq up to which every seq was received. */
    private void record(Client client, JsonNode message) {
        client.received.add(message.path("seq").asLong());
        while (client.received.contains(client.resumeAt + 1)) {
            client.resumeAt++;
        }
    }

    private void resubscribe(Client client, int attempt) {
        WebSocket ws;
        String since;
        synchronized (client) {
            if (attempt != client.attempt || client.subscribed || client.ws == null) {
                return;
            }
            ws = client.ws;
            since = client.resumeAt >= 0 ? ",\"since\":" + client.resumeAt : "";
        }
        ws.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"sub\",\"channel\":\"" + client.channel + "\"" + since + "}");
    }

    private void resend(Client client, int attempt, String id) {
        synchronized (client) {
            if (attempt == client.attempt && client.subscribed && client.outbox.containsKey(id)) {
                transmitSend(client, id);
            }
        }
    }

    private void transmitSend(Client client, String id) {
        WebSocket ws = client.ws;
        if (ws != null) {
            ws.writeTextMessage(JSON.createObjectNode().put("type", "send").put("ref", id).put("channel", client.channel)
                    .put("clientMsgId", id).put("text", client.outbox.get(id)).toString());
        }
    }

    /** A connection attempt that failed or a connection that closed: come back through the load balancer. */
    void dropped(Client client, int attempt) {
        long backoff;
        synchronized (client) {
            if (attempt != client.attempt || finishing) {
                return;
            }
            client.ws = null;
            boolean wasSubscribed = client.subscribed;
            client.subscribed = false;
            if (phase == 0) {
                // While connecting, a failed attempt counts as refused (the baseline does not retry)
                end(client);
                return;
            }
            if (wasSubscribed && !client.stormed) {
                client.stormed = true;
                firstClose.compareAndSet(0, System.nanoTime());
            }
            // At once the first time, as the browser does after 1001, then with a growing backoff
            backoff = client.failures == 0 ? 0 : Math.min(2_000, 100L << Math.min(client.failures, 5))
                    + ThreadLocalRandom.current().nextLong(200);
            client.failures++;
        }
        if (backoff == 0) {
            connect(client, resumePort);
        } else {
            vertx.setTimer(backoff, t -> connect(client, resumePort));
        }
    }

    /** The end of one connect-and-subscribe attempt: counted once; while connecting the next client starts. */
    void end(Client client) {
        if (client.ended) {
            return;
        }
        client.ended = true;
        lastDone.set(System.nanoTime());
        done.incrementAndGet();
        if (phase == 0) {
            connectNext(connectPort);
        }
    }

    boolean stormDone() {
        for (Client client : clients) {
            synchronized (client) {
                if (client.stormed && !client.subscribed) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The senders write a message every {@code sendEveryMs}, spread over the interval. */
    void startProducing() {
        if (senders == 0) {
            return;
        }
        producing = true;
        for (Client client : clients) {
            if (client.sender) {
                vertx.setTimer(1 + ThreadLocalRandom.current().nextLong(sendEveryMs), first -> {
                    write(client);
                    vertx.setPeriodic(sendEveryMs, t -> write(client));
                });
            }
        }
        ChatBench.say("%s: %d senders write a message every %d ms", name, senders, sendEveryMs);
    }

    void write(Client client) {
        if (!producing) {
            return;
        }
        synchronized (client) {
            String id = "storm-" + client.index + "-" + (++client.written);
            client.outbox.put(id, "Nachricht " + client.written + " von " + client.index);
            if (client.subscribed) {
                transmitSend(client, id);
            }
        }
    }

    /**
     * Stops writing, waits for every outbox to empty and every client to reach its channel's head in the
     * database, then counts acknowledged messages that are not stored (lost) and stored messages a client never
     * received after its first subscribe (missing).
     */
    void verifyMessages() throws Exception {
        producing = false;
        awaitQuietly(60, () -> clients.stream().allMatch(c -> {
            synchronized (c) {
                return c.outbox.isEmpty();
            }
        }));
        long unacked = clients.stream().mapToLong(c -> {
            synchronized (c) {
                return c.outbox.size();
            }
        }).sum();
        Map<String, TreeMap<Long, String>> stored = stored();
        awaitQuietly(30, () -> clients.stream().allMatch(c -> {
            synchronized (c) {
                TreeMap<Long, String> channel = stored.get(c.channel);
                return channel.isEmpty() || c.resumeAt >= channel.lastKey();
            }
        }));
        long acked = 0;
        long lost = 0;
        long missing = 0;
        long clientsMissing = 0;
        for (Client client : clients) {
            synchronized (client) {
                TreeMap<Long, String> channel = stored.get(client.channel);
                for (Map.Entry<String, Long> ack : client.acked.entrySet()) {
                    acked++;
                    if (!ack.getKey().equals(channel.get(ack.getValue()))) {
                        lost++;
                    }
                }
                long before = missing;
                for (Long seq : channel.tailMap(client.startHead, false).keySet()) {
                    if (!client.received.contains(seq)) {
                        missing++;
                    }
                }
                if (missing > before) {
                    clientsMissing++;
                }
            }
        }
        long messages = stored.values().stream().mapToLong(TreeMap::size).sum();
        results.setProperty("messages.acked", Long.toString(acked));
        results.setProperty("messages.lost", Long.toString(lost));
        results.setProperty("messages.unacked", Long.toString(unacked));
        results.setProperty("messages.stored", Long.toString(messages));
        results.setProperty("deliveries.missing", Long.toString(missing));
        results.setProperty("resets", Long.toString(resets.sum()));
        ChatBench.say("%s [messages]: %d acknowledged, %d of them lost; %d still unacknowledged after 60 s; %d stored"
                + " in the clients' channels; %d deliveries missing at %d clients; %d resumes fell back to the latest"
                + " page; %d busy and %d rate-limited refusals resent", name, acked, lost, unacked, messages, missing,
                clientsMissing, resets.sum(), busy.sum(), rateLimited.sum());
    }

    /** What the database holds per channel of the clients: seq → client message id. */
    Map<String, TreeMap<Long, String>> stored() throws Exception {
        Map<String, TreeMap<Long, String>> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(db, "root", "");
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, client_msg_id FROM chat_message WHERE channel_id = ?")) {
            for (String channel : clients.stream().map(c -> c.channel).distinct().toList()) {
                TreeMap<Long, String> messages = new TreeMap<>();
                select.setString(1, channel);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        messages.put(rows.getLong(1), rows.getString(2));
                    }
                }
                stored.put(channel, messages);
            }
        }
        return Collections.unmodifiableMap(stored);
    }

    void reportHung(java.util.function.Predicate<Client> hung) {
        clients.stream().filter(c -> {
            synchronized (c) {
                return hung.test(c);
            }
        }).limit(5).forEach(c -> ChatBench.say("  hung: client %d in %s, connection %s", c.index, c.channel,
                c.ws == null ? "not open" : "open"));
    }

    long count(java.util.function.Predicate<Client> condition) {
        return clients.stream().filter(c -> {
            synchronized (c) {
                return condition.test(c);
            }
        }).count();
    }

    static void awaitQuietly(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
