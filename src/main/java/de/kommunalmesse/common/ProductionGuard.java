package de.kommunalmesse.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start the production profile with settings that are only safe on a developer's machine
 * (docs/security.md): the demo fair, the demo users or the local test client in the realm, the test client as
 * the web app's client, and OpenID Connect over plain http to another host. A demonstration runs in the
 * {@code demo} profile ({@code QUARKUS_PROFILE=demo}), which this guard leaves alone.
 */
public class ProductionGuard {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class);

    /** The realm's client for local tests (password grant), see deploy/keycloak/. */
    static final String TEST_CLIENT = "kommunalmesse-test";
    /** A demo user of the shipped realm and the password all demo users share. */
    static final String DEMO_USER = "besucher";
    static final String DEMO_PASSWORD = "demo";

    /** The settings the guard looks at. */
    record Settings(boolean demoData, String oidcServer, boolean oidcEnabled, String publicAuthority, String spaClientId) {

        static Settings from(Config config) {
            return new Settings(
                    config.getOptionalValue("kommunalmesse.demo-data.enabled", Boolean.class).orElse(false),
                    config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).orElse(""),
                    config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true),
                    config.getOptionalValue("kommunalmesse.oidc.public-authority", String.class).orElse(""),
                    config.getOptionalValue("kommunalmesse.oidc.spa-client-id", String.class).orElse(""));
        }
    }

    /** What the realm answers when the app tries the test client with a demo user. */
    enum RealmProbe {
        /** The test client is gone (or cannot log in with a password): good. */
        NO_TEST_CLIENT,
        /** The test client is there, the demo user with the demo password is not. */
        TEST_CLIENT_ONLY,
        /** The test client and the demo user with the well-known password both work. */
        DEMO_USER_LOGS_IN,
        /** Keycloak could not be asked (not up yet, no OIDC): nothing known. */
        UNKNOWN
    }

    /** Runs before every other start-up observer, so that nothing (the demo fair above all) is loaded first. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Settings settings = Settings.from(ConfigProvider.getConfig());
        RealmProbe realm = settings.oidcEnabled() && !settings.oidcServer().isBlank()
                ? probeRealm(settings.oidcServer())
                : RealmProbe.UNKNOWN;
        List<String> refusals = refusals(settings, realm);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(message(refusals));
        }
        if (realm == RealmProbe.UNKNOWN && settings.oidcEnabled()) {
            LOG.warn("Production checks: Keycloak could not be asked whether the demo users and the test client are gone");
        }
    }

    /** Every unsafe setting, each as a sentence that says how to fix it; empty when production may start. */
    static List<String> refusals(Settings settings, RealmProbe realm) {
        List<String> refusals = new ArrayList<>();
        if (settings.demoData()) {
            refusals.add("the demo fair is switched on (KOMMUNALMESSE_DEMO_DATA_ENABLED=true): switch it off, "
                    + "or run a demonstration with QUARKUS_PROFILE=demo");
        }
        if (TEST_CLIENT.equals(settings.spaClientId())) {
            refusals.add("the web app logs in with the local test client " + TEST_CLIENT
                    + " (KOMMUNALMESSE_OIDC_SPA_CLIENT_ID): use the public client kommunalmesse-spa");
        }
        if (settings.oidcEnabled()) {
            plainHttpToOtherHost(settings.oidcServer()).ifPresent(host -> refusals.add(
                    "the app reaches Keycloak over plain http at " + host + " (QUARKUS_OIDC_AUTH_SERVER_URL): use https"));
            plainHttpToOtherHost(settings.publicAuthority()).ifPresent(host -> refusals.add(
                    "browsers log in over plain http at " + host + " (KOMMUNALMESSE_OIDC_PUBLIC_AUTHORITY): use https"));
        }
        switch (realm) {
            case DEMO_USER_LOGS_IN -> refusals.add("the realm still has the demo users with the password \""
                    + DEMO_PASSWORD + "\" and the test client " + TEST_CLIENT + ": delete both (README, Run in production)");
            case TEST_CLIENT_ONLY -> refusals.add("the realm still has the local test client " + TEST_CLIENT
                    + " with password logins: delete it (README, Run in production)");
            default -> {
                // Nothing to refuse for the realm
            }
        }
        return refusals;
    }

    static String message(List<String> refusals) {
        return "Refusing to start in the production profile with unsafe settings:\n  - "
                + String.join("\n  - ", refusals)
                + "\nSee docs/security.md (production checks).";
    }

    /** The host of an http:// address that is not this machine; empty for https and for localhost. */
    static Optional<String> plainHttpToOtherHost(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean local = Set.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host) || host.startsWith("127.");
        return local ? Optional.empty() : Optional.of(host);
    }

    /**
     * Asks the realm for a token by password grant with the test client and a demo user: the answer tells
     * whether the client and the demo login still exist, without any admin rights.
     */
    static RealmProbe probeRealm(String realmUrl) {
        String form = "grant_type=password&client_id=" + TEST_CLIENT + "&username=" + DEMO_USER + "&password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&scope=openid";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder()
                    .uri(URI.create(realmUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return classify(response.statusCode(), response.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("Realm probe failed: %s", e.getMessage());
            return RealmProbe.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RealmProbe.UNKNOWN;
        }
    }

    static RealmProbe classify(int status, String body) {
        if (status == 200) {
            return RealmProbe.DEMO_USER_LOGS_IN;
        }
        String text = body == null ? "" : body;
        if (text.contains("\"invalid_grant\"")) {
            return RealmProbe.TEST_CLIENT_ONLY;
        }
        if (text.contains("\"invalid_client\"") || text.contains("\"unauthorized_client\"")) {
            return RealmProbe.NO_TEST_CLIENT;
        }
        return RealmProbe.UNKNOWN;
    }
}
