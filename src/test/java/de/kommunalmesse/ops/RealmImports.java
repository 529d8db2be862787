package de.kommunalmesse.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The realm of each overlay, derived from {@code deploy/keycloak/kommunalmesse-realm.json} (the one realm
 * the launcher and the tests use): the SPA client's redirect URIs point at the overlay's host, and the
 * production realm has neither the demo users nor the {@code kommunalmesse-test} client (password grant,
 * for local tests only). The overlays keep the result as {@code realm-import.yaml};
 * {@code KeycloakRealmImportTest} fails when it differs and rewrites it with
 * {@code -Dkommunalmesse.write-realm-imports=true}.
 */
public final class RealmImports {

    public static final Path SOURCE = Path.of("deploy", "keycloak", "kommunalmesse-realm.json");
    public static final String SPA_CLIENT = "kommunalmesse-spa";
    public static final String TEST_CLIENT = "kommunalmesse-test";
    /** The backend's confidential client whose service account deletes accounts (docs/privacy.md). */
    public static final String PRIVACY_CLIENT = "kommunalmesse-privacy";
    /** The name of the Keycloak resource in the base that the realm is imported into. */
    public static final String KEYCLOAK = "keycloak";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private RealmImports() {
    }

    /** The realm as in {@code deploy/keycloak}, for the given public address of the app. */
    public static ObjectNode demo(String appUrl) {
        ObjectNode realm = source();
        pointSpaAt(realm, appUrl);
        return realm;
    }

    /**
     * The realm without demo users and without the test client, for the given public address of the app. The
     * privacy client's service account stays (it is a user in the import), but not the client's development
     * secret: Keycloak generates one, which the operator gives the app (docs/operations.md).
     */
    public static ObjectNode production(String appUrl) {
        ObjectNode realm = demo(appUrl);
        ArrayNode users = (ArrayNode) realm.get("users");
        for (int i = users.size() - 1; i >= 0; i--) {
            if (!users.get(i).has("serviceAccountClientId")) {
                users.remove(i);
            }
        }
        if (client(realm, PRIVACY_CLIENT) instanceof ObjectNode privacy) {
            privacy.remove("secret");
        }
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            if (TEST_CLIENT.equals(clients.get(i).path("clientId").asText())) {
                clients.remove(i);
            }
        }
        return realm;
    }

    /** The realm as the operator's resource, in the form the overlays keep it. */
    public static String resource(ObjectNode realm, String overlay) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realm.get("realm").asText());
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm);
        try {
            return "# Generated from " + SOURCE + " for the " + overlay + " overlay by RealmImports; do not edit.\n"
                    + "# After changing the realm there: ./mvnw test -DskipFrontend -Dtest=KeycloakRealmImportTest"
                    + " -Dkommunalmesse.write-realm-imports=true\n"
                    + YAML.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode source() {
        try {
            return (ObjectNode) JSON.readTree(SOURCE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        return JSON.missingNode();
    }

    private static void pointSpaAt(ObjectNode realm, String appUrl) {
        if (!(client(realm, SPA_CLIENT) instanceof ObjectNode spa)) {
            throw new IllegalStateException(SOURCE + " has no client " + SPA_CLIENT);
        }
        String pattern = appUrl + "/*";
        spa.putArray("redirectUris").add(pattern);
        ((ObjectNode) spa.get("attributes")).put("post.logout.redirect.uris", pattern);
    }
}
