package de.kommunalmesse.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.GreenMailTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged app (java -jar) with the demo fair, real Keycloak and MariaDB, driven by the
 * Playwright journeys in {@code frontend/e2e} in Debian's Chromium.
 */
@QuarkusIntegrationTest
@TestProfile(PlatformE2EIT.WithDemoFair.class)
class PlatformE2EIT {

    public static class WithDemoFair implements QuarkusTestProfile {
        /** The production profile refuses the demo fair and the realm's demo users (common/ProductionGuard). */
        @Override
        public String getConfigProfile() {
            return "demo";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Mail goes to the test mail server (testsupport/GreenMailTestResource): the meetings journey reads it
            return Map.of("kommunalmesse.demo-data.enabled", "true",
                    "kommunalmesse.storage.directory", "target/e2e-materials",
                    "kommunalmesse.mail.enabled", "true");
        }
    }

    @TestHTTPResource("/")
    URL app;

    @Test
    void deepLinksServeTheWebApp() {
        given().when().get("/stand/kreis-soest-umzug")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("<div id=\"root\">"));
        given().when().get("/api/booths/kreis-soest-umzug")
                .then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    void browserJourneysPassWithoutAccessibilityViolations() throws Exception {
        File frontend = new File(System.getProperty("kommunalmesse.frontend-dir", "frontend"));
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e").directory(frontend).redirectErrorStream(true);
        npm.environment().put("BASE_URL", app.toString().replaceAll("/$", ""));
        npm.environment().put("MAIL_IMAP_PORT", String.valueOf(GreenMailTestResource.imapPort()));
        Process process = npm.start();
        // The failing steps and their errors, for the assertion message: CI shows only the end of the log
        FailureLog failures = new FailureLog();
        // Through System.out, so that the journey's report lands in the test log
        Thread relay = new Thread(() -> {
            try (BufferedReader lines = process.inputReader()) {
                lines.lines().forEach(line -> {
                    System.out.println(line);
                    failures.read(line);
                });
            } catch (IOException e) {
                System.out.println("e2e output ended: " + e.getMessage());
            }
        });
        relay.setDaemon(true);
        relay.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        assertTrue(finished, "e2e journeys finished within 15 minutes");
        relay.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(0, process.exitValue(), () -> "npm run e2e exit code (see the output above); failed: "
                + failures.summary());
    }

    /**
     * The TAP lines that name a failed test and its error (node's test runner writes TAP to a pipe): a multi-line
     * error ({@code error: |-}) keeps its first three lines.
     */
    static final class FailureLog {
        private final List<String> kept = new ArrayList<>();
        private int errorLinesToKeep;

        synchronized void read(String line) {
            String trimmed = line.strip();
            if (errorLinesToKeep > 0 && !trimmed.isEmpty()) {
                kept.add(trimmed);
                errorLinesToKeep--;
                return;
            }
            if (trimmed.startsWith("not ok ") || trimmed.startsWith("location: ")) {
                kept.add(trimmed);
            } else if (trimmed.startsWith("error: ")) {
                kept.add(trimmed);
                errorLinesToKeep = trimmed.endsWith("|-") || trimmed.endsWith(">-") ? 3 : 0;
            }
        }

        /** One line of at most 1,500 characters. */
        synchronized String summary() {
            if (kept.isEmpty()) {
                return "nothing reported as 'not ok'";
            }
            String joined = String.join(" | ", kept).replaceAll("\\s+", " ");
            return joined.length() > 1500 ? joined.substring(0, 1500) + " …" : joined;
        }
    }
}
