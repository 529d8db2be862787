package de.kommunalmesse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realm each overlay imports is {@code deploy/keycloak/kommunalmesse-realm.json}, pointed at the
 * overlay's host, and in production without demo users and test client. The overlays keep it as a
 * generated file; this test fails when that file no longer matches its source.
 */
class KeycloakRealmImportTest {

    private static final boolean WRITE = Boolean.getBoolean("kommunalmesse.write-realm-imports");

    @ParameterizedTest
    @ValueSource(strings = {"demo", "production"})
    void overlayImportsTheRealmDerivedFromDeployKeycloak(String overlay) throws IOException {
        Path file = Kustomize.ROOT.resolve("overlays").resolve(overlay).resolve("realm-import.yaml");
        String expected = RealmImports.resource(derive(overlay).apply(appUrl(overlay)), overlay);
        if (WRITE) {
            Files.writeString(file, expected);
        }
        JsonNode committed = Manifests.documents(Files.readString(file)).get(0);
        assertEquals(Manifests.documents(expected).get(0), committed,
                file + " no longer matches " + RealmImports.SOURCE + "; regenerate it (see its first lines)");
        // and it parses strictly, its realm into Keycloak's own RealmRepresentation
        Manifests.strict(committed);
    }

    @Test
    void productionRealmHasNoDemoUsersAndNoTestClient() {
        ObjectNode production = RealmImports.production("https://kommunalmesse.example");
        assertEquals(List.of("service-account-" + RealmImports.PRIVACY_CLIENT),
                production.path("users").findValuesAsText("username"), "only the privacy client's service account");
        assertTrue(RealmImports.client(production, RealmImports.PRIVACY_CLIENT).path("secret").isMissingNode(),
                "no development secret");
        assertTrue(RealmImports.client(production, RealmImports.TEST_CLIENT).isMissingNode(), "test client");
        assertFalse(RealmImports.client(production, RealmImports.SPA_CLIENT).isMissingNode(), "SPA client");

        // Everything else stays as in the source: roles, the SPA's mappers, user profile, texts
        ObjectNode source = RealmImports.source();
        ArrayNode users = source.withArray("users");
        for (int i = users.size() - 1; i >= 0; i--) {
            if (!users.get(i).has("serviceAccountClientId")) {
                users.remove(i);
            }
        }
        source.withArray("clients").remove(1);
        ((ObjectNode) RealmImports.client(source, RealmImports.PRIVACY_CLIENT)).remove("secret");
        ((ObjectNode) RealmImports.client(source, RealmImports.SPA_CLIENT)).putArray("redirectUris")
                .add("https://kommunalmesse.example/*");
        ((ObjectNode) RealmImports.client(source, RealmImports.SPA_CLIENT).get("attributes"))
                .put("post.logout.redirect.uris", "https://kommunalmesse.example/*");
        assertEquals(source, production);
    }

    @Test
    void demoRealmKeepsTheDemoLogins() {
        ObjectNode demo = RealmImports.demo("https://kommunalmesse-demo.example");
        List<String> users = demo.path("users").findValuesAsText("username");
        assertEquals(List.of("besucher", "aussteller-soest", "kdn-admin", "moderatorin",
                "service-account-" + RealmImports.PRIVACY_CLIENT), users);
    }

    private static Function<String, ObjectNode> derive(String overlay) {
        return "production".equals(overlay) ? RealmImports::production : RealmImports::demo;
    }

    /** The app's public address: the host of the overlay's Ingress. */
    private static String appUrl(String overlay) {
        Manifests manifests = Manifests.parse(Manifests.documents(Kustomize.build(Kustomize.ROOT.resolve("overlays").resolve(overlay)))
                .stream().filter(d -> !"KeycloakRealmImport".equals(d.path("kind").asText())).toList());
        return "https://" + manifests.get(Ingress.class, ManifestRules.APP).getSpec().getRules().get(0).getHost();
    }
}
