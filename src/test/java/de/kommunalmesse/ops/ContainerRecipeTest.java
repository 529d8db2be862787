package de.kommunalmesse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container recipe ({@code deploy/container/Containerfile}) fits the manifests: no container engine
 * runs here, so the build itself cannot be tried, but what the manifests rely on is checked: a pinned
 * base, the same unprivileged user, the fast-jar layout, the port and a signal-friendly entry point.
 */
class ContainerRecipeTest {

    private static final Path RECIPE = Path.of("deploy", "container", "Containerfile");

    @Test
    void baseImageIsAnExactRelease() throws IOException {
        List<String> from = instructions("FROM");
        assertEquals(1, from.size(), "one stage");
        String image = from.get(0).split("\\s+")[0];
        // name:major.minor.patch_build-variant, optionally @sha256:digest; never latest or a moving major tag
        assertTrue(image.matches("[a-z0-9./-]+:\\d+\\.\\d+\\.\\d+_\\d+-jre[a-z0-9-]*(@sha256:[0-9a-f]{64})?"), image);
    }

    @Test
    void runsAsTheUnprivilegedUserTheManifestsExpect() throws IOException {
        List<String> user = instructions("USER");
        assertEquals(1, user.size());
        long uid = Long.parseLong(user.get(0).split(":")[0]);
        assertTrue(uid > 0, "not root");
        Deployment app = Manifests.overlay("production").get(Deployment.class, ManifestRules.APP);
        assertEquals(uid, app.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser());
    }

    @Test
    void copiesTheFastJarLayoutAndStartsIt() throws IOException {
        String copies = String.join("\n", instructions("COPY"));
        for (String part : List.of("lib/", "quarkus-run.jar", "quarkus/", "app/")) {
            assertTrue(copies.contains(" " + part + " ") || copies.contains(" " + part), "copies " + part);
        }
        String entrypoint = instructions("ENTRYPOINT").get(0);
        assertTrue(entrypoint.startsWith("["), "exec form, so that SIGTERM reaches the JVM: " + entrypoint);
        assertTrue(entrypoint.contains("\"/deployments/quarkus-run.jar\""), entrypoint);
        String properties = Files.readString(Path.of("src", "main", "resources", "application.properties"));
        assertFalse(properties.contains("quarkus.package.jar.type"), "the recipe expects the default fast-jar");
    }

    @Test
    void exposesThePortTheAppListensOn() throws IOException {
        String port = new ManifestRules(Manifests.overlay("production")).appEnvironment().get(ManifestRules.HTTP_PORT_VARIABLE);
        assertEquals(List.of(port), instructions("EXPOSE"));
        assertTrue(String.join(" ", instructions("HEALTHCHECK")).contains("/q/health/ready"));
    }

    /** The arguments of every instruction of one kind, with continuation lines joined. */
    private static List<String> instructions(String keyword) throws IOException {
        String text = Files.readString(RECIPE).replaceAll("\\\\\\n\\s*", " ");
        Matcher matcher = Pattern.compile("(?m)^" + keyword + "\\s+(.+)$").matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1).trim());
        }
        return found;
    }
}
