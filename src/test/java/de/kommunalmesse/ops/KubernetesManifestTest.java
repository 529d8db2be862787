package de.kommunalmesse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests ({@code deploy/kubernetes}) as a cluster would receive them: each overlay is
 * rendered by a real kustomize, every object is read strictly into its Kubernetes model, and the
 * invariants of {@link ManifestRules} hold. The last tests break a rendered copy on purpose and show that
 * each rule notices.
 */
class KubernetesManifestTest {

    private static final Map<String, String> RENDERED = new HashMap<>();
    private static AppSettings settings;
    private static List<String> readmeVariables;

    @BeforeAll
    static void renderOverlays() {
        for (String overlay : List.of("demo", "production")) {
            RENDERED.put(overlay, Kustomize.build(Kustomize.ROOT.resolve("overlays").resolve(overlay)));
        }
        settings = AppSettings.load();
        readmeVariables = ReadmeSettings.variables(name -> settings.forVariable(name).isPresent());
    }

    private static Manifests manifests(String overlay) {
        return Manifests.parse(RENDERED.get(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyObjectParsesStrictlyIntoItsModel(String overlay) {
        Set<String> kinds = manifests(overlay).all().stream().map(HasMetadata::getKind).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "Ingress", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "ConfigMap", "NetworkPolicy", "PersistentVolumeClaim", "Keycloak",
                "KeycloakRealmImport")), overlay + " renders " + kinds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void appRunsSeveralInstancesWithRedisFanOut(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).appRunsSeveralInstancesWithRedisFanOut());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void probesUseTheHealthEndpoints(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).probesUseTheHealthEndpoints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void imagesArePinned(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).imagesArePinned());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void resourcesAreSet(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).resourcesAreSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void podsRunAsNonRoot(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).podsRunAsNonRoot());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everyVariableIsASettingTheAppReadsAtRunTime(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).environmentIsWhatTheAppReads(settings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void everySettingOfTheReadmeIsConfigured(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).settingsOfTheReadmeAreConfigured(readmeVariables));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void referencedConfigurationExists(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).referencesResolve());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void trafficReachesTheAppThroughIngressAndService(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).trafficReachesTheApp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void uploadsLandOnThePersistentVolume(String overlay) {
        assertEquals(List.of(), new ManifestRules(manifests(overlay)).uploadsLandOnTheSharedVolume());
    }

    @Test
    void productionKeepsSecretsOutOfGitAndTheDemoRendersAllItReads() {
        assertEquals(List.of(), manifests("production").all(Secret.class).stream()
                .map(s -> s.getMetadata().getName()).toList(), "secrets in the production overlay");
        Manifests demo = manifests("demo");
        Set<String> rendered = demo.all(Secret.class).stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> read = new TreeSet<>();
        JsonNode all = Manifests.documents(RENDERED.get("demo")).stream().collect(
                JsonNodeFactory.instance::arrayNode, ArrayNode::add, ArrayNode::addAll);
        all.findValues("secretKeyRef").forEach(ref -> read.add(ref.path("name").asText()));
        all.findValues("usernameSecret").forEach(ref -> read.add(ref.path("name").asText()));
        all.findValues("passwordSecret").forEach(ref -> read.add(ref.path("name").asText()));
        assertTrue(rendered.containsAll(read), "demo reads secrets " + read + " but renders " + rendered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void appAndKeycloakAgreeOnAddresses(String overlay) {
        Manifests manifests = manifests(overlay);
        Map<String, String> env = new ManifestRules(manifests).appEnvironment();
        String appHost = manifests.get(Ingress.class, ManifestRules.APP).getSpec().getRules().get(0).getHost();
        assertEquals("https://" + appHost, env.get("KOMMUNALMESSE_SITE_PUBLIC_URL"));

        HasMetadata keycloak = manifests.all().stream().filter(o -> "Keycloak".equals(o.getKind())).findFirst().orElseThrow();
        JsonNode spec = Manifests.tree(keycloak).path("spec");
        HasMetadata realmImport = manifests.all().stream().filter(o -> "KeycloakRealmImport".equals(o.getKind())).findFirst().orElseThrow();
        JsonNode importSpec = Manifests.tree(realmImport).path("spec");
        String realm = importSpec.path("realm").path("realm").asText();
        assertEquals(keycloak.getMetadata().getName(), importSpec.path("keycloakCRName").asText());

        // Browsers log in at the public hostname, which is also the issuer of every token
        assertEquals(spec.path("hostname").path("hostname").asText() + "/realms/" + realm,
                env.get("KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY"));
        // The app reaches the same realm over https (the production profile refuses plain http to another host)
        assertEquals(env.get("KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY"), env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("https", URI.create(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).getScheme());
        // A demonstration runs in the demo profile, production in prod, which refuses demo data and users
        assertEquals("demo".equals(overlay) ? "demo" : "prod", env.get("QUARKUS_PROFILE"));
        // Production mode behind the TLS-terminating ingress: no start-dev switch, proxy headers trusted
        assertEquals("xforwarded", spec.path("proxy").path("headers").asText());
        assertFalse(spec.toString().contains("start-dev"), "Keycloak must not run in development mode");

        JsonNode spa = RealmImports.client(importSpec.path("realm"), RealmImports.SPA_CLIENT);
        assertEquals("https://" + appHost + "/*", spa.path("redirectUris").path(0).asText());
        assertEquals(env.get("KOMMUNALMESSE_OIDC_SPA_CLIENT_ID"), RealmImports.SPA_CLIENT);
    }

    @Test
    void settingsAreDerivedFromTheAppAndItsExtensions() {
        assertEquals("kommunalmesse.chat.redis.enabled",
                settings.forVariable("KOMMUNALMESSE_CHAT_REDIS_ENABLED").orElseThrow().property());
        assertEquals(AppSettings.Phase.RUN_TIME, settings.forVariable("QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().phase());
        assertEquals(AppSettings.Phase.BUILD_TIME, settings.forVariable("QUARKUS_DATASOURCE_DB_KIND").orElseThrow().phase());
        assertEquals("quarkus.datasource.\"datasource-name\".password",
                settings.forVariable("QUARKUS_DATASOURCE__AUDIT__PASSWORD").orElseThrow().property());
        assertTrue(settings.forVariable("KOMMUNALMESSE_CHAT_REDIS_ENABLE").isEmpty());
        assertTrue(settings.forVariable("QUARKUS_DATASOURCE_JDBC_URLS").isEmpty());
    }

    @Test
    void readmeTableNamesExpandSuffixes() {
        String readme = "## Run in production\n\n| variable | meaning |\n| --- | --- |\n"
                + "| `A_B_HOST` + `_PORT`, `_USER` | x |\n| `C_D` / `C_E` | y |\n| `P_Q_R_S`, `_T_U` | z |\n\nAfter.\n";
        assertEquals(List.of("A_B_HOST", "A_B_PORT", "A_B_USER", "C_D", "C_E", "P_Q_R_S", "P_T_U"),
                ReadmeSettings.variables(readme, "P_T_U"::equals));
    }

    // --- The checks notice what they are for ---------------------------------------------------------

    @Test
    void strictParsingRefusesMisspeltFields() {
        assertRefused("spec", "replica", d -> isApp(d, "Deployment"), d -> ((ObjectNode) d.get("spec")).put("replica", 3));
        assertRefused("container", "imagePullPolcy", d -> isApp(d, "Deployment"),
                d -> container(d).put("imagePullPolcy", "Always"));
        assertRefused("probe", "pathh", d -> isApp(d, "Deployment"),
                d -> ((ObjectNode) container(d).get("readinessProbe").get("httpGet")).put("pathh", "/"));
        assertRefused("Keycloak spec", "hostnam", d -> "Keycloak".equals(d.path("kind").asText()),
                d -> ((ObjectNode) d.get("spec")).putObject("hostnam").put("hostname", "x"));
        assertRefused("realm", "sslRequird", d -> "KeycloakRealmImport".equals(d.path("kind").asText()),
                d -> ((ObjectNode) d.get("spec").get("realm")).put("sslRequird", "none"));
        assertRefused("kind", "Deploymnt", d -> isApp(d, "Deployment"), d -> ((ObjectNode) d).put("kind", "Deploymnt"));
    }

    @Test
    void rulesNoticeBrokenManifests() {
        Map<String, Function<ManifestRules, List<String>>> rules = Map.of(
                "replicas", ManifestRules::appRunsSeveralInstancesWithRedisFanOut,
                "probes", ManifestRules::probesUseTheHealthEndpoints,
                "images", ManifestRules::imagesArePinned,
                "resources", ManifestRules::resourcesAreSet,
                "nonRoot", ManifestRules::podsRunAsNonRoot,
                "env", r -> r.environmentIsWhatTheAppReads(settings),
                "readme", r -> r.settingsOfTheReadmeAreConfigured(readmeVariables),
                "references", ManifestRules::referencesResolve,
                "traffic", ManifestRules::trafficReachesTheApp,
                "uploads", ManifestRules::uploadsLandOnTheSharedVolume);
        record Breakage(String rule, String what, Consumer<List<JsonNode>> change) {
        }
        List<Breakage> breakages = List.of(
                new Breakage("replicas", "one replica", docs -> spec(docs, "Deployment").put("replicas", 1)),
                new Breakage("replicas", "autoscaler down to one", docs -> spec(docs, "HorizontalPodAutoscaler").put("minReplicas", 1)),
                new Breakage("replicas", "Redis fan-out off", docs -> config(docs).put("KOMMUNALMESSE_CHAT_REDIS_ENABLED", "false")),
                new Breakage("replicas", "no Redis service", docs -> config(docs).put("QUARKUS_REDIS_HOSTS", "redis://cache:6379")),
                new Breakage("probes", "readiness on /q/health", docs -> ((ObjectNode) appContainer(docs)
                        .get("readinessProbe").get("httpGet")).put("path", "/q/health")),
                new Breakage("probes", "no liveness probe", docs -> appContainer(docs).remove("livenessProbe")),
                new Breakage("probes", "startup probe on another port", docs -> ((ObjectNode) appContainer(docs)
                        .get("startupProbe").get("httpGet")).put("port", 9000)),
                new Breakage("images", "latest tag", docs -> appContainer(docs).put("image", "kommunalmesse:latest")),
                new Breakage("images", "no tag", docs -> appContainer(docs).put("image", "kommunalmesse")),
                new Breakage("resources", "no memory limit", docs -> ((ObjectNode) appContainer(docs).get("resources")).remove("limits")),
                new Breakage("nonRoot", "root allowed", docs -> ((ObjectNode) appContainer(docs).get("securityContext"))
                        .put("runAsNonRoot", false)),
                new Breakage("nonRoot", "privilege escalation", docs -> ((ObjectNode) appContainer(docs).get("securityContext"))
                        .remove("allowPrivilegeEscalation")),
                new Breakage("env", "misspelt variable", docs -> config(docs).put("QUARKUS_DATASOURCE_JDBC_URLL", "x")),
                new Breakage("env", "build-time setting", docs -> config(docs).put("QUARKUS_DATASOURCE_METRICS_ENABLED", "true")),
                new Breakage("readme", "no database password", docs -> ((ArrayNode) appContainer(docs).get("env")).remove(0)),
                new Breakage("references", "missing ConfigMap", docs -> ((ObjectNode) appContainer(docs).get("envFrom")
                        .get(0).get("configMapRef")).put("name", "nowhere")),
                new Breakage("traffic", "service targets a closed port", docs -> ((ObjectNode) find(docs, "Service", "kommunalmesse")
                        .get("spec").get("ports").get(0)).put("targetPort", "web")),
                new Breakage("traffic", "network policy on another port", docs -> ((ObjectNode) find(docs, "NetworkPolicy", "kommunalmesse-app")
                        .get("spec").get("ingress").get(0).get("ports").get(0)).put("port", 8081)),
                new Breakage("uploads", "storage outside the volume", docs -> config(docs)
                        .put("KOMMUNALMESSE_STORAGE_DIRECTORY", "/deployments/materials")));

        List<JsonNode> intact = Manifests.documents(RENDERED.get("demo"));
        for (Breakage breakage : breakages) {
            assertEquals(List.of(), rules.get(breakage.rule()).apply(new ManifestRules(Manifests.parse(copy(intact)))),
                    breakage.rule() + " holds before " + breakage.what());
            List<JsonNode> broken = copy(intact);
            breakage.change().accept(broken);
            List<String> found = rules.get(breakage.rule()).apply(new ManifestRules(Manifests.parse(broken)));
            assertFalse(found.isEmpty(), "rule " + breakage.rule() + " misses: " + breakage.what());
        }
    }

    private static void assertRefused(String where, String field, Predicate<JsonNode> target,
            Consumer<JsonNode> change) {
        List<JsonNode> docs = copy(Manifests.documents(RENDERED.get("production")));
        JsonNode doc = docs.stream().filter(target).findFirst().orElseThrow();
        change.accept(doc);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Manifests.strict(doc),
                "a misspelt " + where + " field must fail");
        assertTrue(refused.getMessage().contains(field), refused.getMessage());
    }

    private static boolean isApp(JsonNode doc, String kind) {
        return kind.equals(doc.path("kind").asText()) && ManifestRules.APP.equals(doc.path("metadata").path("name").asText());
    }

    private static List<JsonNode> copy(List<JsonNode> docs) {
        List<JsonNode> copies = new ArrayList<>();
        docs.forEach(d -> copies.add(d.deepCopy()));
        return copies;
    }

    private static JsonNode find(List<JsonNode> docs, String kind, String namePrefix) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())
                        && d.path("metadata").path("name").asText().startsWith(namePrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + namePrefix));
    }

    private static ObjectNode spec(List<JsonNode> docs, String kind) {
        return (ObjectNode) find(docs, kind, ManifestRules.APP).get("spec");
    }

    private static ObjectNode config(List<JsonNode> docs) {
        return (ObjectNode) find(docs, "ConfigMap", "kommunalmesse-config").get("data");
    }

    private static ObjectNode appContainer(List<JsonNode> docs) {
        return container(find(docs, "Deployment", ManifestRules.APP));
    }

    private static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.get("spec").get("template").get("spec").get("containers").get(0);
    }
}
