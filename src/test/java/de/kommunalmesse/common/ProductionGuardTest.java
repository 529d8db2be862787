package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.common.ProductionGuard.RealmProbe;
import de.kommunalmesse.common.ProductionGuard.Settings;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The production profile's refusals (issue 21.4), each on its own, and the realm check against the test run's
 * real Keycloak, whose realm has the demo users and the test client.
 */
@QuarkusTest
class ProductionGuardTest {

    private static final String SAFE_SERVER = "https://login.example.org/realms/kommunalmesse";

    private static Settings safe() {
        return new Settings(false, SAFE_SERVER, true, SAFE_SERVER, "kommunalmesse-spa");
    }

    private static void assertRefusedFor(List<String> refusals, String setting) {
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains(setting), refusals.get(0));
    }

    @Test
    void safeSettingsStart() {
        assertEquals(List.of(), ProductionGuard.refusals(safe(), RealmProbe.NO_TEST_CLIENT));
        assertEquals(List.of(), ProductionGuard.refusals(safe(), RealmProbe.UNKNOWN));
        var localKeycloak = new Settings(false, "http://localhost:8180/realms/kommunalmesse", true,
                "http://127.0.0.1:8180/realms/kommunalmesse", "kommunalmesse-spa");
        assertEquals(List.of(), ProductionGuard.refusals(localKeycloak, RealmProbe.NO_TEST_CLIENT));
    }

    @Test
    void refusesTheDemoFair() {
        var settings = new Settings(true, SAFE_SERVER, true, SAFE_SERVER, "kommunalmesse-spa");
        assertRefusedFor(ProductionGuard.refusals(settings, RealmProbe.NO_TEST_CLIENT), "KOMMUNALMESSE_DEMO_DATA_ENABLED");
    }

    @Test
    void refusesTheTestClientAsTheWebAppsClient() {
        var settings = new Settings(false, SAFE_SERVER, true, SAFE_SERVER, "kommunalmesse-test");
        assertRefusedFor(ProductionGuard.refusals(settings, RealmProbe.NO_TEST_CLIENT), "KOMMUNALMESSE_OIDC_SPA_CLIENT_ID");
    }

    @Test
    void refusesPlainHttpToAnotherHost() {
        var server = new Settings(false, "http://keycloak.example.org/realms/kommunalmesse", true, SAFE_SERVER, "kommunalmesse-spa");
        assertRefusedFor(ProductionGuard.refusals(server, RealmProbe.NO_TEST_CLIENT), "QUARKUS_OIDC_AUTH_SERVER_URL");
        var browsers = new Settings(false, SAFE_SERVER, true, "http://login.example.org/realms/kommunalmesse", "kommunalmesse-spa");
        assertRefusedFor(ProductionGuard.refusals(browsers, RealmProbe.NO_TEST_CLIENT), "KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY");
    }

    @Test
    void refusesDemoUsersAndTheTestClientInTheRealm() {
        assertRefusedFor(ProductionGuard.refusals(safe(), RealmProbe.DEMO_USER_LOGS_IN), "demo users");
        assertRefusedFor(ProductionGuard.refusals(safe(), RealmProbe.TEST_CLIENT_ONLY), "test client");
    }

    @Test
    void realmOfTheTestRunStillHasTheDemoUsers() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        assertEquals(RealmProbe.DEMO_USER_LOGS_IN, ProductionGuard.probeRealm(realm));
        assertEquals(RealmProbe.UNKNOWN, ProductionGuard.probeRealm("http://127.0.0.1:9/realms/nothing-listens-here"));
    }

    @Test
    void realmAnswersAreReadAsKeycloakWordsThem() {
        assertEquals(RealmProbe.NO_TEST_CLIENT, ProductionGuard.classify(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"));
        assertEquals(RealmProbe.NO_TEST_CLIENT, ProductionGuard.classify(400,
                "{\"error\":\"unauthorized_client\",\"error_description\":\"Client not allowed for direct access grants\"}"));
        assertEquals(RealmProbe.TEST_CLIENT_ONLY, ProductionGuard.classify(401,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"));
    }

    @Test
    void messageNamesEveryRefusal() {
        var settings = new Settings(true, "http://keycloak.example.org/realms/kommunalmesse", true, SAFE_SERVER, "kommunalmesse-spa");
        String message = ProductionGuard.message(ProductionGuard.refusals(settings, RealmProbe.DEMO_USER_LOGS_IN));
        assertTrue(message.startsWith("Refusing to start in the production profile"), message);
        assertEquals(3, message.lines().filter(l -> l.startsWith("  - ")).count(), message);
    }
}
