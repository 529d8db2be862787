import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage benchmark: how long a live-state change takes to reach every viewer of a stage. It connects
 * {@code viewers} WebSocket clients to {@code /ws/chat}, subscribes each to {@code stage:hauptbuehne}, then a
 * moderator switches the stage {@code changes} times over REST ({@code PUT /api/stages/hauptbuehne/live},
 * message {@code bench-<n>}). The latency of one delivery is from just before the PUT is sent to the moment a
 * client has the {@code live} frame with that message: the REST call, its transaction, the after-commit
 * fan-out and the network. Sender and receivers are in this process, so no clocks need to agree.
 * <p>
 * Compiled together with {@code bench/chat/ChatBench.java} and reuses its tokens, histogram and helpers:
 * {@code StageBench <port> <key-dir> <result-file> [viewers=5000] [changes=20] [intervalMs=1000] [warmup=3]}.
 */
public class StageBench {

    static final String STAGE = "hauptbuehne";
    static final Pattern BENCH_MESSAGE = Pattern.compile("\"message\":\"bench-(\\d+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path keyDir = Path.of(args[1]);
        Path resultFile = Path.of(args[2]);
        int viewers = 5000;
        int changes = 20;
        int intervalMs = 1000;
        int warmup = 3;
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            switch (kv[0]) {
                case "viewers" -> viewers = Integer.parseInt(kv[1]);
                case "changes" -> changes = Integer.parseInt(kv[1]);
                case "intervalMs" -> intervalMs = Integer.parseInt(kv[1]);
                case "warmup" -> warmup = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown parameter " + kv[0]);
            }
        }
        new StageBench(port, keyDir, resultFile, viewers, changes, intervalMs, warmup).run();
    }

    final int port;
    final PrivateKey key;
    final Path resultFile;
    final int viewers;
    final int changes;
    final int intervalMs;
    final int warmup;
    final AtomicLongArray sentAt;
    final ChatBench.Histogram latency = new ChatBench.Histogram();
    final LongAdder delivered = new LongAdder();
    final LongAdder viewerFrames = new LongAdder();
    final AtomicInteger subscribed = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger subscribeErrors = new AtomicInteger();
    final AtomicInteger closedEarly = new AtomicInteger();
    volatile boolean finishing;

    StageBench(int port, Path keyDir, Path resultFile, int viewers, int changes, int intervalMs, int warmup)
            throws Exception {
        this.port = port;
        this.key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyDir.resolve("private.der"))));
        this.resultFile = resultFile;
        this.viewers = viewers;
        this.changes = changes;
        this.intervalMs = intervalMs;
        this.warmup = warmup;
        this.sentAt = new AtomicLongArray(warmup + changes + 1);
    }

    void run() throws Exception {
        String loadStart = ChatBench.loadAverage();
        ChatBench.say("stage bench: %d viewers of stage:%s, %d live-state changes %d ms apart after %d for warm-up,"
                + " load average %s", viewers, STAGE, changes, intervalMs, warmup, loadStart);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        int sources = 4;
        WebSocketClient[] clients = new WebSocketClient[sources];
        for (int s = 0; s < sources; s++) {
            clients[s] = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(viewers + 10)
                    .setLocalAddress("127.0.0." + (s + 1)).setConnectTimeout(30_000)
                    .setTryUsePerMessageCompression(false));
        }
        long now = System.currentTimeMillis() / 1000;
        CountDownLatch ready = new CountDownLatch(viewers);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        // A few hundred handshakes in flight at a time, as browsers arriving at a keynote would
        Runnable[] connectNext = new Runnable[1];
        connectNext[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= viewers) {
                return;
            }
            String token;
            try {
                token = ChatBench.token(key, "zuschauer-" + i, now);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                    .setURI("/ws/chat?v=1").addHeader("Authorization", "Bearer " + token);
            clients[i % sources].connect(options).onComplete(result -> {
                if (result.failed()) {
                    failures.incrementAndGet();
                    ready.countDown();
                    connectNext[0].run();
                    return;
                }
                WebSocket ws = result.result();
                boolean[] counted = { false };
                ws.textMessageHandler(text -> received(text, ws, counted, ready, connectNext[0]));
                ws.closeHandler(v -> {
                    if (!finishing) {
                        closedEarly.incrementAndGet();
                    }
                    if (!counted[0]) {
                        counted[0] = true;
                        ready.countDown();
                        connectNext[0].run();
                    }
                });
            });
        };
        for (int i = 0; i < 200; i++) {
            connectNext[0].run();
        }
        boolean all = ready.await(120 + viewers / 50, TimeUnit.SECONDS);
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        ChatBench.say("subscribed: %d of %d in %.1f s (%s), connect failures %d, refused subscribes %d",
                subscribed.get(), viewers, connectSeconds, all ? "all answered" : "TIMED OUT", failures.get(),
                subscribeErrors.get());
        Thread.sleep(3000);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String moderator = ChatBench.token(key, "moderatorin", "Bench Moderation", List.of("visitor", "moderator"), now);
        long restNanos = 0;
        // The first switches warm the server's code paths up; only the later ones are measured
        for (int n = 1; n <= warmup + changes; n++) {
            String body = "{\"state\":\"" + (n % 2 == 0 ? "live" : "paused") + "\",\"message\":\"bench-" + n + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stages/" + STAGE + "/live"))
                    .header("Authorization", "Bearer " + moderator).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            sentAt.set(n, System.nanoTime());
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (n > warmup) {
                restNanos += System.nanoTime() - sentAt.get(n);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("switching the stage failed: " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(intervalMs);
        }
        Thread.sleep(5000);
        finishing = true;

        long expected = (long) subscribed.get() * changes;
        String loadEnd = ChatBench.loadAverage();
        Properties results = new Properties();
        results.setProperty("viewers", Integer.toString(subscribed.get()));
        results.setProperty("changes", Integer.toString(changes));
        results.setProperty("connect.seconds", ChatBench.fmt(connectSeconds));
        results.setProperty("delivered", Long.toString(delivered.sum()));
        results.setProperty("expected", Long.toString(expected));
        results.setProperty("latency.p50.ms", ChatBench.fmt(latency.percentile(0.50)));
        results.setProperty("latency.p90.ms", ChatBench.fmt(latency.percentile(0.90)));
        results.setProperty("latency.p99.ms", ChatBench.fmt(latency.percentile(0.99)));
        results.setProperty("latency.max.ms", ChatBench.fmt(latency.maxMillis()));
        results.setProperty("rest.mean.ms", ChatBench.fmt(restNanos / 1e6 / changes));
        results.setProperty("viewer.frames", Long.toString(viewerFrames.sum()));
        results.setProperty("closed.early", Integer.toString(closedEarly.get()));
        results.setProperty("subscribe.errors", Integer.toString(subscribeErrors.get()));
        results.setProperty("load.start", loadStart);
        results.setProperty("load.end", loadEnd);
        try (var out = Files.newBufferedWriter(resultFile)) {
            results.store(out, "bench/stage/run.sh");
        }
        ChatBench.say("delivered %d of %d live frames; latency p50 %s ms, p90 %s ms, p99 %s ms, max %s ms;"
                + " PUT mean %s ms; viewers frames %d; closed early %d; load average at end %s",
                delivered.sum(), expected, results.getProperty("latency.p50.ms"), results.getProperty("latency.p90.ms"),
                results.getProperty("latency.p99.ms"), results.getProperty("latency.max.ms"),
                results.getProperty("rest.mean.ms"), viewerFrames.sum(), closedEarly.get(), loadEnd);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private void received(String text, WebSocket ws, boolean[] counted, CountDownLatch ready, Runnable connectNext) {
        long at = System.nanoTime();
        if (text.startsWith("{\"type\":\"welcome\"")) {
            ws.writeTextMessage("{\"type\":\"subscribe\",\"ref\":\"s\",\"channel\":\"stage:" + STAGE + "\"}");
        } else if (text.startsWith("{\"type\":\"subscribed\"")) {
            if (!counted[0]) {
                counted[0] = true;
                subscribed.incrementAndGet();
                ready.countDown();
                connectNext.run();
            }
        } else if (text.startsWith("{\"type\":\"live\"")) {
            Matcher matcher = BENCH_MESSAGE.matcher(text);
            if (matcher.find()) {
                int n = Integer.parseInt(matcher.group(1));
                long sent = n < sentAt.length() ? sentAt.get(n) : 0;
                if (sent != 0 && n > warmup) {
                    latency.record(at - sent);
                    delivered.increment();
                }
            }
        } else if (text.startsWith("{\"type\":\"viewers\"")) {
            viewerFrames.increment();
        } else if (text.startsWith("{\"type\":\"error\"") && !counted[0]) {
            // The subscribe was refused: this viewer does not count, the next one connects
            counted[0] = true;
            subscribeErrors.incrementAndGet();
            ready.countDown();
            connectNext.run();
            ws.close();
        }
    }
}
