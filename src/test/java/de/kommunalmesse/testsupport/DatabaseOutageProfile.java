package de.kommunalmesse.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * An app start whose database sits behind a relay the test cuts and restores
 * ({@link ProxiedMariaDbTestResource#proxy()}), without Keycloak: callers come from {@code @TestSecurity}. Shared
 * by the REST and the chat outage tests, so that both run on one app start.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ProxiedMariaDbTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.tenant-enabled", "false",
                // Fail fast instead of waiting for a pool connection that cannot come
                "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                "kommunalmesse.chat.redis.channel", "kommunalmesse:chat:outage-test");
    }
}
