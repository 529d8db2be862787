package de.kommunalmesse.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules ({@code deploy/monitoring}) use only metrics that the
 * running app exports at {@code /q/metrics}: after real HTTP and chat traffic, every metric name in every
 * query must be among the exported series.
 */
@QuarkusTest
class MonitoringTest {

    private static final Path DASHBOARD = Path.of("deploy", "monitoring", "kommunalmesse-dashboard.json");
    private static final Path ALERTS = Path.of("deploy", "monitoring", "kommunalmesse-alerts.yaml");
    /** A metric selector: a name followed by its label matchers. */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

    @TestHTTPResource("/")
    URI base;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @Test
    void dashboardAndAlertsUseOnlyExportedMetrics() throws Exception {
        causeTraffic();
        List<String> queries = new ArrayList<>(dashboardQueries());
        queries.addAll(alertQueries());
        Set<String> used = new TreeSet<>();
        for (String query : queries) {
            Set<String> names = metricNames(query);
            assertFalse(names.isEmpty(), "every query selects its metrics with labels: " + query);
            used.addAll(names);
        }
        // The close of a connection is counted after the close handshake, a moment after closeAndAwait
        Set<String> missing = new TreeSet<>(used);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            missing.removeAll(exportedMetricNames(given().get("/q/metrics").then().statusCode(200).extract().asString()));
            if (!missing.isEmpty()) {
                Thread.sleep(200);
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertEquals(Set.of(), missing, "used in deploy/monitoring but not exported by the app");
    }

    @Test
    void alertRulesAreComplete() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(ALERTS.toFile());
        int count = 0;
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertTrue(name.startsWith("Kommunalmesse"), name);
                assertTrue(rule.path("for").isTextual(), name + " waits before firing");
                assertTrue(Set.of("warning", "critical").contains(rule.path("labels").path("severity").asText()), name);
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name);
                assertTrue(rule.path("expr").asText().contains("job=\"kommunalmesse\""), name + " selects the scrape job");
                count++;
            }
        }
        assertTrue(count >= 8, "alerts for instances, errors, latency, database pool, queues, chat, Redis, heap");
    }

    @Test
    void metricNamesAreFoundInQueries() {
        assertEquals(Set.of("http_server_requests_seconds_count", "agroal_awaiting_count"), metricNames(
                "sum(rate(http_server_requests_seconds_count{job=\"x\",status=~\"5..\"}[5m])) / max by (instance) (agroal_awaiting_count {job=\"x\"})"));
        assertEquals(Set.of("process_uptime_seconds", "jvm_info_total"), exportedMetricNames(
                "# HELP process_uptime_seconds x\n# TYPE process_uptime_seconds gauge\nprocess_uptime_seconds 12.0\n"
                        + "jvm_info_total{runtime=\"x\"} 1.0\n"));
    }

    /** An API call and a chat connection that sends a frame, so that the HTTP and WebSocket meters exist. */
    private void causeTraffic() throws Exception {
        given().get("/api/booths").then().statusCode(200);
        CompletableFuture<String> welcome = new CompletableFuture<>();
        WebSocketClientConnection chat = connector.get().baseUri(base).path("/ws/chat?v=1")
                .onTextMessage((connection, text) -> welcome.complete(text))
                .connectAndAwait();
        welcome.get(10, TimeUnit.SECONDS);
        chat.sendTextAndAwait("{\"type\":\"ping\"}");
        chat.closeAndAwait();
    }

    private static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> queries = dashboard.findValuesAsText("expr");
        assertTrue(queries.size() >= 15, "dashboard panels have queries");
        return queries;
    }

    private static List<String> alertQueries() throws IOException {
        return new YAMLMapper().readTree(ALERTS.toFile()).findValuesAsText("expr");
    }

    static Set<String> metricNames(String query) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SELECTOR.matcher(query);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The names of the series in a Prometheus text exposition. */
    static Set<String> exportedMetricNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }
}
