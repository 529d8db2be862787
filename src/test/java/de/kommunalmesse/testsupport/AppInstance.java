package de.kommunalmesse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;

/**
 * One more instance of the packaged app ({@code java -jar target/quarkus-app/quarkus-run.jar}) as a process
 * of its own, on the database and Keycloak of the test run. Tests stop it as an orchestrator would: SIGTERM
 * and wait ({@link #terminate}), or SIGKILL ({@link #kill}).
 */
public final class AppInstance {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final List<String> command = new ArrayList<>();
    private final Path log;
    private Process process;

    /**
     * @param config the test run's configuration (database, Keycloak)
     * @param properties further system properties, e.g. the Redis channel
     */
    public AppInstance(String name, Config config, Map<String, String> properties) {
        this.name = name;
        this.port = freePort();
        this.log = Path.of("target", name + ".log");
        Map<String, String> all = new LinkedHashMap<>();
        for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "quarkus.oidc.auth-server-url", "kommunalmesse.oidc.public-authority")) {
            all.put(key, config.getOptionalValue(key, String.class).orElse(""));
        }
        all.put("quarkus.http.host", "127.0.0.1");
        all.put("quarkus.http.port", Integer.toString(port));
        all.put("quarkus.log.console.json.enabled", "false");
        // The demo fair and the realm's test client are refused by the production profile (docs/security.md)
        all.put("quarkus.profile", "demo");
        all.putAll(properties);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        all.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the process; {@link #awaitReady} waits for it. */
    public void start() throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== start " + java.time.Instant.now() + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited, see " + log.toAbsolutePath());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ", see " + log.toAbsolutePath());
    }

    /** The status of {@code /q/health/ready}, or -1 when nothing answers. */
    public int readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Writes a thread dump of the running instance to target/<name>-threads.txt, to see where it is stuck. */
    public void dumpThreads() {
        if (!alive()) {
            return;
        }
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(Path.of("target", name + "-threads.txt").toFile()).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends SIGTERM, as an orchestrator does before an update, without waiting. */
    public void signalTerm() {
        process.destroy();
    }

    /** Waits for the process to end; false when it is still running after the timeout. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the instance at once, as a crash would: no shutdown hooks, nothing withdrawn. */
    public void kill() throws InterruptedException {
        if (alive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGTERM, then SIGKILL for whatever still runs after 30 s; for clean-up after a test. */
    public void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
