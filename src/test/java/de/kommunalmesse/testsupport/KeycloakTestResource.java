package de.kommunalmesse.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts the real Keycloak (the distribution unpacked by Maven into {@code .run/keycloak-test}) once per
 * test JVM, with the project's realm imported into an in-memory database, on free ports.
 * {@code KOMMUNALMESSE_TEST_KEYCLOAK_URL} points the tests at a running realm instead.
 * <p>
 * Quarkus stops and starts the test resources whenever the test profile changes (several times per run); Keycloak
 * keeps running across those restarts (about 25 s of start-up each) and stops with the JVM.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "kommunalmesse";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    /** The Keycloak of this JVM and its realm's address, once started. */
    private static Process process;
    private static String startedRealmUrl;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("KOMMUNALMESSE_TEST_KEYCLOAK_URL");
        String realmUrl = external != null && !external.isBlank() ? external : sharedKeycloak();
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl,
                "kommunalmesse.oidc.public-authority", realmUrl);
    }

    private static synchronized String sharedKeycloak() {
        if (process == null || !process.isAlive()) {
            startedRealmUrl = startKeycloak();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "keycloak-test-stop"));
        }
        return startedRealmUrl;
    }

    private static String startKeycloak() {
        Path home = distribution();
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(importDir.resolve(REALM + "-realm.json"),
                    withTestPortRedirects(Files.readString(Path.of("deploy/keycloak/" + REALM + "-realm.json"))));
            copyThemes(Path.of("deploy/keycloak/themes"), home.resolve("themes"));
            int httpPort = freePort();
            int managementPort = freePort();
            Path log = Files.createDirectories(Path.of("target")).resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort,
                    "--db=dev-mem", "--import-realm", "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = builder.start();
            String realmUrl = "http://localhost:" + httpPort + "/realms/" + REALM;
            awaitRealm(realmUrl, log);
            return realmUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be started from " + home, e);
        }
    }

    /**
     * The realm lets the web app log in from 8080, 8081 and 5173. A test run on another port (two checkouts
     * testing side by side) adds its own, so that the browser journeys can log in there too.
     */
    static String withTestPortRedirects(String realm) {
        String port = System.getProperty("quarkus.http.test-port", "8081");
        if ("8081".equals(port) || "0".equals(port)) {
            return realm;
        }
        String own = "http://localhost:" + port + "/*";
        return realm.replace("\"http://localhost:8081/*\"", "\"http://localhost:8081/*\", \"" + own + "\"")
                .replace("http://localhost:8081/*##", "http://localhost:8081/*##" + own + "##");
    }

    private static void awaitRealm(String realmUrl, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up, see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT + ", see " + log.toAbsolutePath());
    }

    /** The realm's login theme (named by its {@code loginTheme}) into the distribution's themes folder. */
    static void copyThemes(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The unpacked distribution: {@code <run-dir>/keycloak-test/keycloak-<version>}. */
    private static Path distribution() {
        Path runDir = Path.of(System.getProperty("kommunalmesse.run-dir", ".run"));
        try (Stream<Path> entries = Files.list(runDir.resolve("keycloak-test"))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak distribution in " + runDir
                            + "/keycloak-test: run the tests through Maven, which unpacks it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keycloak outlives a profile change; the shutdown hook stops it with the JVM. */
    @Override
    public void stop() {
    }

    private static void stop(Process keycloak) {
        keycloak.toHandle().descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            keycloak.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
