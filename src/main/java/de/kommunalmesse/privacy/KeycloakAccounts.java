package de.kommunalmesse.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.common.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keycloak's admin REST API, as the service account of the confidential client
 * {@code kommunalmesse-privacy}, which holds only the realm-management roles {@code view-users} (find an
 * account by name for an admin's erasure) and {@code manage-users} (delete it).
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A Keycloak account: its id (the tokens' {@code sub}) and what the platform may have stored of it. */
    public record Account(String id, String username, Optional<String> name, Optional<String> email) {
    }

    /** What happened to the account in Keycloak. */
    public enum Outcome {
        DELETED("geloescht"), NOT_FOUND("nicht-gefunden");

        final String code;

        Outcome(String code) {
            this.code = code;
        }
    }

    @Inject
    PrivacyConfig config;

    @Inject
    ObjectMapper json;

    /** Absent where tokens are verified with a configured public key only (the chat benchmarks): 503 then. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Says at start-up, not at the first erasure, that accounts cannot be deleted. */
    void checkSecret(@Observes StartupEvent event) {
        if (config.keycloak().clientSecret().isEmpty()) {
            LOG.warn("kommunalmesse.privacy.keycloak.client-secret is not set: deleting accounts will answer 503"
                    + " (docs/privacy.md)");
        }
    }

    /** The account with exactly this username. */
    public Optional<Account> find(String username) {
        String token = serviceToken();
        JsonNode users = send(HttpRequest.newBuilder(URI.create(adminUrl() + "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).GET(), 200);
        for (JsonNode user : users) {
            if (username.equalsIgnoreCase(user.path("username").asText())) {
                String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
                String email = user.path("email").asText("");
                return Optional.of(new Account(user.path("id").asText(), username,
                        name.isEmpty() ? Optional.empty() : Optional.of(name),
                        email.isEmpty() ? Optional.empty() : Optional.of(email.toLowerCase(Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    /** Deletes the account; an account that is already gone counts as deleted by someone else. */
    public Outcome delete(String id) {
        String token = serviceToken();
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(adminUrl() + "/users/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).DELETE());
        if (response.statusCode() == 404) {
            return Outcome.NOT_FOUND;
        }
        if (response.statusCode() != 204) {
            LOG.errorf("Keycloak refused to delete account %s: %d %s", id, response.statusCode(), response.body());
            throw unavailable();
        }
        return Outcome.DELETED;
    }

    /** {@code http://host/realms/x} → {@code http://host/admin/realms/x}. */
    private String adminUrl() {
        String realm = realm();
        int realms = realm.lastIndexOf("/realms/");
        return realm.substring(0, realms) + "/admin" + realm.substring(realms);
    }

    private String realm() {
        return realmUrl.orElseThrow(() -> {
            LOG.error("quarkus.oidc.auth-server-url is not set: accounts cannot be deleted");
            return unavailable();
        });
    }

    private String serviceToken() {
        String secret = config.keycloak().clientSecret().orElseThrow(() -> {
            LOG.error("kommunalmesse.privacy.keycloak.client-secret is not set: accounts cannot be deleted");
            return unavailable();
        });
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.keycloak().clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200).path("access_token").asText();
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = call(request);
        if (response.statusCode() != expected) {
            LOG.errorf("Keycloak answered %d to %s: %s", response.statusCode(), response.request().uri().getPath(),
                    response.body());
            throw unavailable();
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable();
        }
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.errorf(e, "Keycloak is not reachable at %s", realmUrl.orElse(""));
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "unavailable.keycloak", null);
    }
}
