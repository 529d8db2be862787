package de.kommunalmesse.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy with the project's configuration ({@code deploy/haproxy/haproxy.cfg.template}, filled in as
 * the launcher does) in front of some app instances, on 127.0.0.1.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Path TEMPLATE = Path.of("deploy", "haproxy", "haproxy.cfg.template");
    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port = AppInstance.freePort();
    private final int statsPort = AppInstance.freePort();
    private final Process process;
    private final Path log;

    public LoadBalancer(List<AppInstance> instances, Path workDir) throws IOException, InterruptedException {
        this(workDir, instances.stream().map(instance -> new Backend(instance.name(), instance.port())).toList());
    }

    /** A server behind HAProxy: its name in the configuration and its port on 127.0.0.1. */
    public record Backend(String name, int port) {
    }

    public LoadBalancer(Path workDir, List<Backend> instances) throws IOException, InterruptedException {
        Path binary = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "HAProxy is needed for this test: apt-get install haproxy (.ci/run installs it)"));
        String servers = instances.stream()
                .map(instance -> "    server " + instance.name() + " 127.0.0.1:" + instance.port() + " check")
                .collect(Collectors.joining("\n"));
        String config = Files.readString(TEMPLATE).replace("@BIND@", "127.0.0.1")
                .replace("@APP_PORT@", Integer.toString(port)).replace("@STATS_PORT@", Integer.toString(statsPort))
                .replace("@SERVERS@", servers);
        Files.createDirectories(workDir);
        Path file = workDir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        log = workDir.resolve("haproxy.log");
        Process check = new ProcessBuilder(binary.toString(), "-c", "-q", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (check.waitFor() != 0) {
            throw new IllegalStateException("HAProxy refuses " + file + ": " + Files.readString(log));
        }
        process = new ProcessBuilder(binary.toString(), "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /**
     * What HAProxy thinks of a server right now, from its statistics page: UP, DOWN, or a transition such as
     * "UP 1/2"; empty when the statistics do not answer yet.
     */
    public String status(String server) {
        try {
            String csv = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String line : csv.split("\n")) {
                String[] fields = line.split(",", -1);
                // pxname, svname, ... status is the 18th column
                if (fields.length > 17 && "instances".equals(fields[0]) && server.equals(fields[1])) {
                    return fields[17];
                }
            }
            return "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Waits until HAProxy reports the server with exactly this status (UP or DOWN). */
    public void awaitStatus(String server, String status, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited: " + Files.readString(log));
            }
            if (status.equals(status(server))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("HAProxy did not report " + server + " " + status + " within " + timeout
                + " (now: " + status(server) + ")");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
