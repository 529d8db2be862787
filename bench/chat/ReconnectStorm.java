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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reconnect storm: {@code clients} WebSocket clients connect and subscribe (booth channels and the stage);
 * then, with a server pid, that server gets SIGTERM and every client reconnects at once, through the load
 * balancer, to the remaining instance and subscribes again with {@code since}. Without a pid it only measures
 * the first part, which is the baseline against the raw Vert.x server (bench/chat/RawBroadcastServer.java).
 * <p>
 * Every connection is followed to its end: subscribed, refused (an error frame or a close), or neither within
 * {@code hangSeconds} — a hang, which the app must never produce (docs/benchmarks.md).
 * <p>
 * Usage: {@code ReconnectStorm <name> <connect-port> <resume-port> <key-dir|none> <stop-pid|0> <clients>
 * <booths> <result-file> [inflight=500] [hangSeconds=90]}; compiled together with ChatBench.java (tokens).
 */
public class ReconnectStorm {

    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]*)\"");
    private static final Pattern HEAD = Pattern.compile("\"head\":(\\d+)");

    /** One client: its connection of the moment and how far it got. */
    final class Client {
        final int index;
        final String channel;
        final String token;
        volatile WebSocket ws;
        volatile boolean subscribed;
        volatile boolean ended;
        volatile long head = -1;
        volatile int round;

        Client(int index, String channel, String token) {
            this.index = index;
            this.channel = channel;
            this.token = token;
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
    final List<Client> clients = new ArrayList<>();
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicLong lastDone = new AtomicLong();
    final AtomicLong firstClose = new AtomicLong();
    final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> closeCodes = new ConcurrentHashMap<>();
    final Map<String, LongAdder> connectFailures = new ConcurrentHashMap<>();
    final Properties results = new Properties();
    volatile int round;
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
        Map<String, String> options = new ConcurrentHashMap<>(Map.of("inflight", "500", "hangSeconds", "90"));
        for (int i = 8; i < args.length; i++) {
            options.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        inflight = Integer.parseInt(options.get("inflight"));
        hangSeconds = Integer.parseInt(options.get("hangSeconds"));
        PrivateKey key = keys == null ? null
                : KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keys.resolve("private.der"))));
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < count; i++) {
            // One in five follows the stage, the others spread over the booths
            String channel = i % 5 == 0 ? ChatBench.STAGE : "booth:" + ChatBench.EDITION + "/stand-" + (1 + i % booths);
            clients.add(new Client(i, channel, key == null ? null : ChatBench.token(key, "storm-" + i, now)));
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

        double connect = phase(connectPort, "connect");
        results.setProperty("connect.seconds", fmt(connect));
        if (stopPid > 0) {
            round = 1;
            done.set(0);
            next.set(clients.size());
            ChatBench.say("%s: SIGTERM to %d; the clients come back through port %d", name, stopPid, resumePort);
            ProcessHandle.of(stopPid).ifPresent(ProcessHandle::destroy);
            double storm = await("storm");
            results.setProperty("storm.seconds", fmt(storm));
        }
        finishing = true;
        for (Client client : clients) {
            WebSocket ws = client.ws;
            if (ws != null) {
                ws.close();
            }
        }
        Thread.sleep(1000);
        vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        results.setProperty("error.codes", ChatBench.counts(errorCodes));
        results.setProperty("close.codes", ChatBench.counts(closeCodes));
        results.setProperty("connect.failures", ChatBench.counts(connectFailures));
        try (Writer out = Files.newBufferedWriter(resultFile)) {
            results.store(out, "reconnect storm " + name);
        }
        System.exit(0);
    }

    /** Connects every client (at most {@code inflight} at a time) and waits until each has ended its attempt. */
    double phase(int port, String label) throws InterruptedException {
        ChatBench.say("%s: %d clients connect and subscribe on port %d (%d at a time)", name, clients.size(), port, inflight);
        long start = System.nanoTime();
        lastDone.set(start);
        for (int i = 0; i < Math.min(inflight, clients.size()); i++) {
            connectNext(port);
        }
        await(label);
        return (lastDone.get() - start) / 1e9;
    }

    /** Waits until every client subscribed or was refused, or the hang limit passed; reports and returns seconds. */
    double await(String label) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(hangSeconds);
        while (done.get() < clients.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long start = "storm".equals(label) ? firstClose.get() : 0;
        long subscribed = clients.stream().filter(c -> c.subscribed).count();
        long hung = clients.stream().filter(c -> !c.ended).count();
        double seconds = start > 0 ? (lastDone.get() - start) / 1e9 : 0;
        results.setProperty(label + ".subscribed", Long.toString(subscribed));
        results.setProperty(label + ".hung", Long.toString(hung));
        ChatBench.say("%s [%s]: %d of %d subscribed%s, %d refused, %d hung (no answer and no close within %d s);"
                + " errors %s, closes %s, connect failures %s", name, label, subscribed, clients.size(),
                start > 0 ? String.format(" %.2f s after the first close", seconds) : "",
                clients.size() - subscribed - hung, hung, hangSeconds, ChatBench.counts(errorCodes),
                ChatBench.counts(closeCodes), ChatBench.counts(connectFailures));
        clients.stream().filter(c -> !c.ended).limit(5).forEach(c -> ChatBench.say("  hung: client %d in %s, connection %s",
                c.index, c.channel, c.ws == null ? "not open" : "open"));
        return seconds;
    }

    void connectNext(int port) {
        int i = next.getAndIncrement();
        if (i < clients.size()) {
            connect(clients.get(i), port);
        }
    }

    void connect(Client client, int port) {
        client.subscribed = false;
        client.ended = false;
        client.round = round;
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/ws/chat?v=2");
        if (client.token != null) {
            options.addHeader("Authorization", "Bearer " + client.token);
        }
        int attempt = round;
        sources[client.index % sources.length].connect(options).onComplete(result -> {
            if (result.failed()) {
                String reason = String.valueOf(result.cause().getMessage());
                connectFailures.computeIfAbsent(reason.length() > 50 ? reason.substring(0, 50) : reason,
                        r -> new LongAdder()).increment();
                end(client, attempt);
                return;
            }
            WebSocket ws = result.result();
            client.ws = ws;
            ws.textMessageHandler(text -> received(client, attempt, text));
            ws.closeHandler(closed -> closed(client, attempt, ws.closeStatusCode()));
            ws.exceptionHandler(failure -> {
            });
            String since = client.head >= 0 ? ",\"since\":" + client.head : "";
            ws.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"sub\",\"channel\":\"" + client.channel + "\"" + since + "}");
        });
    }

    void received(Client client, int attempt, String text) {
        if (text.startsWith("{\"type\":\"subscribed\"")) {
            Matcher head = HEAD.matcher(text);
            if (head.find()) {
                client.head = Long.parseLong(head.group(1));
            }
            client.subscribed = true;
            end(client, attempt);
        } else if (text.startsWith("{\"type\":\"error\"") && text.contains("\"ref\":\"sub\"")) {
            Matcher code = CODE.matcher(text);
            errorCodes.computeIfAbsent(code.find() ? code.group(1) : "?", c -> new LongAdder()).increment();
            end(client, attempt);
        }
    }

    void closed(Client client, int attempt, Short code) {
        if (finishing) {
            return;
        }
        closeCodes.computeIfAbsent(round + ":" + code, c -> new LongAdder()).increment();
        client.ws = null;
        if (attempt == 0 && round == 1 && client.subscribed && client.round == 0) {
            // Told to go (1001): come back at once through the load balancer, as every browser would
            firstClose.compareAndSet(0, System.nanoTime());
            client.subscribed = false;
            connect(client, resumePort);
        } else if (!client.ended) {
            end(client, attempt);
        }
    }

    /** The end of one connect-and-subscribe attempt: counted once; in the first phase the next client starts. */
    void end(Client client, int attempt) {
        if (client.ended || client.round != attempt) {
            return;
        }
        client.ended = true;
        lastDone.set(System.nanoTime());
        done.incrementAndGet();
        if (attempt == 0 && round == 0) {
            connectNext(connectPort);
        }
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
