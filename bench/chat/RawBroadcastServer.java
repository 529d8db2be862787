import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical-limit baseline of the chat benchmark: a bare Vert.x WebSocket server that speaks just enough
 * of the chat protocol (welcome, subscribe/subscribed, send/ack + message, ping/pong) for the same load
 * generator, and fans every message out to the channel's subscribers. No authentication, no storage, no
 * checks: what is left is JSON handling and writing frames, the floor below any real chat server.
 * Usage: {@code java -cp <vert.x> RawBroadcastServer.java <port>}; binds to 127.0.0.1 only.
 */
public class RawBroadcastServer extends AbstractVerticle {

    private static final Map<String, Set<ServerWebSocket>> CHANNELS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> SEQUENCES = new ConcurrentHashMap<>();
    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private final int port;

    RawBroadcastServer(int port) {
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        // One verticle per event loop, all sharing the port, as Quarkus spreads its connections over its loops
        vertx.deployVerticle(() -> new RawBroadcastServer(port), new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("raw broadcast server listening on 127.0.0.1:" + port))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start() {
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                .setMaxWebSocketFrameSize(65536).setMaxWebSocketMessageSize(65536))
                .webSocketHandler(this::connected)
                .listen()
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private void connected(ServerWebSocket ws) {
        String id = Long.toString(CONNECTIONS.incrementAndGet());
        Set<String> subscribed = ConcurrentHashMap.newKeySet();
        ws.writeTextMessage(new JsonObject().put("type", "welcome").put("protocol", 1).put("connectionId", id).encode());
        ws.textMessageHandler(text -> {
            JsonObject frame;
            try {
                frame = new JsonObject(text);
            } catch (RuntimeException e) {
                ws.writeTextMessage("{\"type\":\"error\",\"code\":\"bad-frame\"}");
                return;
            }
            String ref = frame.getString("ref");
            String channel = frame.getString("channel");
            switch (String.valueOf(frame.getString("type"))) {
                case "subscribe" -> {
                    CHANNELS.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(ws);
                    subscribed.add(channel);
                    long head = SEQUENCES.computeIfAbsent(channel, c -> new AtomicLong()).get();
                    ws.writeTextMessage(new JsonObject().put("type", "subscribed").put("ref", ref).put("channel", channel)
                            .put("head", head).encode());
                }
                case "send" -> {
                    long seq = SEQUENCES.computeIfAbsent(channel, c -> new AtomicLong()).incrementAndGet();
                    String clientMsgId = frame.getString("clientMsgId");
                    ws.writeTextMessage(new JsonObject().put("type", "ack").put("ref", ref).put("channel", channel)
                            .put("clientMsgId", clientMsgId).put("seq", seq).put("rev", seq).put("duplicate", false).encode());
                    String message = new JsonObject().put("type", "message").put("channel", channel)
                            .put("message", new JsonObject().put("seq", seq).put("rev", seq).put("clientMsgId", clientMsgId)
                                    .put("author", new JsonObject().put("username", "raw-" + id).put("name", "Raw " + id))
                                    .put("text", frame.getString("text")).put("createdAt", Instant.now().toString())
                                    .put("deleted", false))
                            .encode();
                    Set<ServerWebSocket> receivers = CHANNELS.get(channel);
                    if (receivers != null) {
                        for (ServerWebSocket receiver : receivers) {
                            receiver.writeTextMessage(message);
                        }
                    }
                }
                case "ping" -> ws.writeTextMessage(new JsonObject().put("type", "pong").put("ref", ref)
                        .put("serverTime", Instant.now().toString()).encode());
                default -> ws.writeTextMessage("{\"type\":\"error\",\"code\":\"unknown-type\"}");
            }
        });
        ws.closeHandler(closed -> subscribed.forEach(channel -> {
            Set<ServerWebSocket> receivers = CHANNELS.get(channel);
            if (receivers != null) {
                receivers.remove(ws);
            }
        }));
    }
}
