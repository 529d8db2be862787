package de.kommunalmesse.chat;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app against the same MariaDB and Redis: instance A is the one Quarkus
 * starts for integration tests, instance B a second {@code java -jar} of the same build on another port.
 * A user on A talks with a user on B; B restarts and nothing stored is lost.
 */
@QuarkusIntegrationTest
@TestProfile(ChatClusterIT.WithRedis.class)
class ChatClusterIT {

    private static final String BOOTH = "kreis-soest-umzug";
    private static final String CHANNEL = "booth:" + BOOTH;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Both instances share Redis on a pub/sub channel of their own, and the demo fair. */
    public static class WithRedis implements QuarkusTestProfile {
        static final String REDIS_CHANNEL = "kommunalmesse:chat:it-" + UUID.randomUUID();

        /** The production profile refuses the demo fair and the test realm's demo users (common/ProductionGuard). */
        @Override
        public String getConfigProfile() {
            return "demo";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kommunalmesse.demo-data.enabled", "true",
                    "kommunalmesse.chat.redis.enabled", "true",
                    "kommunalmesse.chat.redis.channel", REDIS_CHANNEL);
        }
    }

    @TestHTTPResource("/")
    URI instanceA;

    private static InstanceB instanceB;

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.stop();
        }
    }

    @Test
    void usersOnDifferentInstancesTalkThroughRedis() throws Exception {
        URI b = instanceB().uri();
        try (Client onA = Client.connect(instanceA, TestUsers.visitor()); Client onB = Client.connect(b, TestUsers.exhibitorSoest())) {
            onA.request("subscribe", Map.of("channel", CHANNEL), "subscribed");
            onB.request("subscribe", Map.of("channel", CHANNEL), "subscribed");

            onA.request("send", Map.of("channel", CHANNEL, "clientMsgId", UUID.randomUUID().toString(),
                    "text", "Hallo von Instanz A"), "ack");
            onB.awaitMessage("Hallo von Instanz A");
            onB.request("send", Map.of("channel", CHANNEL, "clientMsgId", UUID.randomUUID().toString(),
                    "text", "Antwort von Instanz B"), "ack");
            onA.awaitMessage("Antwort von Instanz B");

            Thread.sleep(500);
            assertEquals(1, onA.count("Hallo von Instanz A"), "the own message arrives once despite the Redis echo");
            assertEquals(1, onA.count("Antwort von Instanz B"));
            assertEquals(1, onB.count("Hallo von Instanz A"));

            JsonNode watching = onA.request("watch", Map.of("booth", BOOTH), "presence");
            assertEquals(0, watching.path("expertsOnline").asInt());
            onB.request("duty", Map.of("booth", BOOTH, "on", true), "duty");
            onA.await(f -> "presence".equals(f.path("type").asText()) && f.path("expertsOnline").asInt() == 1);
        }
    }

    @Test
    void storedMessagesSurviveARestartAndRetriesStayIdempotent() throws Exception {
        String clientMsgId = UUID.randomUUID().toString();
        long seq;
        try (Client client = Client.connect(instanceB().uri(), TestUsers.visitor())) {
            client.request("subscribe", Map.of("channel", CHANNEL), "subscribed");
            seq = client.request("send", Map.of("channel", CHANNEL, "clientMsgId", clientMsgId,
                    "text", "Vor dem Neustart"), "ack").path("seq").asLong();
        }

        instanceB.restart();

        try (Client client = Client.connect(instanceB.uri(), TestUsers.visitor())) {
            client.request("subscribe", Map.of("channel", CHANNEL, "since", seq - 1), "subscribed");
            JsonNode backfill = client.await(f -> "backfill".equals(f.path("type").asText()));
            assertTrue(texts(backfill.path("messages")).contains("Vor dem Neustart"), backfill.toString());

            JsonNode retry = client.request("send", Map.of("channel", CHANNEL, "clientMsgId", clientMsgId,
                    "text", "Vor dem Neustart"), "ack");
            assertTrue(retry.path("duplicate").asBoolean(), "a retry after the restart is recognised");
            assertEquals(seq, retry.path("seq").asLong());
        }
    }

    @Test
    void stageLiveStateViewersAndTalkHintsReachEveryInstance() throws Exception {
        String stage = "hauptbuehne";
        String channel = "stage:" + stage;
        URI b = instanceB().uri();
        try (Client onA = Client.connect(instanceA, TestUsers.visitor())) {
            onA.request("subscribe", Map.of("channel", channel), "subscribed");
            onA.await(f -> "live".equals(f.path("type").asText()) && stage.equals(f.path("stage").asText()));
            try (Client onB = Client.connect(b, TestUsers.exhibitorSoest())) {
                onB.request("subscribe", Map.of("channel", channel), "subscribed");
                onA.awaitViewers(stage, 2, Duration.ofSeconds(15));
                onB.awaitViewers(stage, 2, Duration.ofSeconds(15));
                RestAssured.given().baseUri(b.toString()).get("/api/stages/" + stage)
                        .then().statusCode(200).body("viewers", equalTo(2));

                String message = "Gleich geht es weiter " + UUID.randomUUID();
                RestAssured.given().baseUri(instanceA.toString()).auth().oauth2(TestUsers.moderator())
                        .contentType("application/json").body(Map.of("state", "paused", "message", message))
                        .put("/api/stages/" + stage + "/live").then().statusCode(200);
                JsonNode live = onB.await(f -> "live".equals(f.path("type").asText())
                        && message.equals(f.path("message").asText()));
                assertEquals("paused", live.path("state").asText());

                int talk = RestAssured.given().baseUri(instanceA.toString()).queryParam("stage", stage)
                        .get("/api/talks").then().statusCode(200).extract().path("[0].id");
                int poll = RestAssured.given().baseUri(instanceA.toString()).auth().oauth2(TestUsers.moderator())
                        .contentType("application/json").body(Map.of("question", "Nutzen Sie den Dienst schon?",
                                "options", List.of("Ja", "Nein"), "multiple", false))
                        .post("/api/talks/" + talk + "/polls").then().statusCode(201).extract().path("id");
                RestAssured.given().baseUri(instanceA.toString()).auth().oauth2(TestUsers.moderator())
                        .contentType("application/json").body(Map.of("state", "open"))
                        .put("/api/polls/" + poll + "/state").then().statusCode(200);
                onB.await(f -> "talk".equals(f.path("type").asText()) && f.path("talkId").asInt() == talk
                        && f.path("changed").toString().contains("polls"));
            }
            onA.awaitViewers(stage, 1, Duration.ofSeconds(15));

            // An instance that dies without saying goodbye stops counting once its count expires in Redis
            Client lost = Client.connect(b, TestUsers.admin());
            lost.request("subscribe", Map.of("channel", channel), "subscribed");
            onA.awaitViewers(stage, 2, Duration.ofSeconds(15));
            instanceB.kill();
            onA.awaitViewers(stage, 1, Duration.ofSeconds(40));
        } finally {
            instanceB.start();
        }
    }

    private static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }

    private static synchronized InstanceB instanceB() throws Exception {
        if (instanceB == null) {
            instanceB = new InstanceB(ConfigProvider.getConfig());
            instanceB.start();
        }
        return instanceB;
    }

    /** A second {@code java -jar target/quarkus-app/quarkus-run.jar} with instance A's database, Keycloak and Redis. */
    static final class InstanceB {
        private final List<String> command = new ArrayList<>();
        private final int port;
        private final Path log = Path.of("target", "chat-instance-b.log");
        private Process process;

        InstanceB(Config config) throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password", "quarkus.oidc.auth-server-url", "kommunalmesse.oidc.public-authority")) {
                command.add("-D" + key + "=" + config.getOptionalValue(key, String.class).orElse(""));
            }
            command.add("-Dquarkus.profile=demo");
            command.add("-Dquarkus.http.host=127.0.0.1");
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dkommunalmesse.chat.redis.enabled=true");
            command.add("-Dkommunalmesse.chat.redis.channel=" + WithRedis.REDIS_CHANNEL);
            command.add("-Dquarkus.log.console.json.enabled=false");
            command.add("-jar");
            command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port + "/");
        }

        void start() throws Exception {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            HttpClient http = HttpClient.newHttpClient();
            // Ready in seconds on a quiet machine; several minutes when other builds share its two cores
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Instance B exited, see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest
                            .newBuilder(uri().resolve("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("Instance B was not ready within 60 s, see " + log.toAbsolutePath());
        }

        void restart() throws Exception {
            stop();
            start();
        }

        /** Ends the instance at once, as a crash would: no shutdown hooks, nothing withdrawn. */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }

        void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A WebSocket client on the JDK's HTTP client (integration tests run outside the application). */
    static final class Client implements WebSocket.Listener, AutoCloseable {
        private final List<JsonNode> received = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private int nextRef;

        static Client connect(URI base, String token) throws Exception {
            Client client = new Client();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/chat?v=1"), client)
                    .get(10, TimeUnit.SECONDS);
            client.await(f -> "welcome".equals(f.path("type").asText()));
            return client;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonNode request(String type, Map<String, ?> fields, String replyType) {
            String ref = "r" + (++nextRef);
            ObjectNode frame = JSON.createObjectNode().put("type", type).put("ref", ref);
            fields.forEach((key, value) -> frame.set(key, JSON.valueToTree(value)));
            socket.sendText(frame.toString(), true).join();
            JsonNode reply = await(f -> ref.equals(f.path("ref").asText()));
            assertEquals(replyType, reply.path("type").asText(), reply.toString());
            return reply;
        }

        JsonNode awaitMessage(String text) {
            return await(f -> "message".equals(f.path("type").asText())
                    && text.equals(f.path("message").path("text").asText()));
        }

        long count(String text) {
            return received.stream().filter(f -> "message".equals(f.path("type").asText())
                    && text.equals(f.path("message").path("text").asText())).count();
        }

        /** Waits until the viewer count this client last received for the stage is {@code count}. */
        void awaitViewers(String stage, int count, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode last = null;
                for (JsonNode frame : received) {
                    if ("viewers".equals(frame.path("type").asText()) && stage.equals(frame.path("stage").asText())) {
                        last = frame;
                    }
                }
                if (last != null && last.path("count").asInt() == count) {
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            throw new AssertionError("Viewer count of " + stage + " did not become " + count + "; received " + received);
        }

        JsonNode await(Predicate<JsonNode> match) {
            return await(match, Duration.ofSeconds(15));
        }

        JsonNode await(Predicate<JsonNode> match, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (JsonNode frame : received) {
                    if (match.test(frame)) {
                        return frame;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new AssertionError("No matching frame; received " + received);
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }
}
