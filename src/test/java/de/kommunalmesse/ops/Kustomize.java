package de.kommunalmesse.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with a real kustomize: the standalone {@code kustomize} when it is on the PATH,
 * else the one built into {@code kubectl} (Debian's package {@code kubernetes-client}; {@code .ci/run}
 * installs it where no kubectl is present). The manifests keep to what both render alike.
 */
public final class Kustomize {

    /** Where the kustomizations live, relative to the project folder the tests run in. */
    public static final Path ROOT = Path.of("deploy", "kubernetes");

    private Kustomize() {
    }

    /** The YAML stream that {@code kubectl apply -k} would send for this overlay. */
    public static String build(Path kustomization) {
        List<String> command = new ArrayList<>(renderer().orElseThrow(() -> new IllegalStateException(
                "Neither kustomize nor kubectl is on the PATH: install Debian's kubernetes-client "
                        + "(apt-get install kubernetes-client) or run .ci/run, which does")));
        command.add(kustomization.toAbsolutePath().toString());
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + kustomization, e);
        }
    }

    /** The command line that renders a kustomization given as its last argument. */
    public static Optional<List<String>> renderer() {
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return Optional.of(List.of(kustomize.get().toString(), "build"));
        }
        return onPath("kubectl").map(kubectl -> List.of(kubectl.toString(), "kustomize"));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
