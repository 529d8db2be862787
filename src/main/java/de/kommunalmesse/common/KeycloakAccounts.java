package de.kommunalmesse.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keycloak's admin REST API, as the service account of the confidential client
 * {@code kommunalmesse-privacy}, which holds only the realm-management roles {@code view-users} (find an
 * account by name or e-mail address) and {@code manage-users} (delete an erased account; create the account of an
 * invited staff member with a one-time password).
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

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        /** How the erasure log records it. */
        public String code() {
            return code;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    KeycloakAdminConfig config;

    @Inject
    ObjectMapper json;

    /** Absent where tokens are verified with a configured public key only (the chat benchmarks): 503 then. */
    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Says at start-up, not at the first erasure, that accounts cannot be deleted. */
    void checkSecret(@Observes StartupEvent event) {
        if (config.clientSecret().isEmpty()) {
            LOG.warn("kommunalmesse.privacy.keycloak.client-secret is not set: deleting accounts and inviting staff"
                    + " will answer 503 (docs/privacy.md, docs/operations.md)");
        }
    }

    /** The account with exactly this username. */
    public Optional<Account> find(String username) {
        return first("username", username);
    }

    /** The account with exactly this e-mail address. */
    public Optional<Account> findByEmail(String email) {
        return first("email", email);
    }

    /**
     * Creates an enabled account for an invited person: the e-mail address is the username, the organisation is the
     * one that invited them (the realm requires it), the password is a one-time password that Keycloak makes them
     * replace at the first login, where they also give their name; returns the account and that password. An
     * account with this username or address that appeared meanwhile is a 409.
     */
    public Invited createInvited(String email, String organisation) {
        String token = serviceToken();
        String password = oneTimePassword();
        ObjectNode user = json.createObjectNode().put("username", email).put("email", email).put("enabled", true)
                .put("emailVerified", true);
        user.putObject("attributes").putArray("organisation").add(organisation);
        user.putArray("requiredActions").add("UPDATE_PASSWORD");
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", true);
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(adminUrl() + "/users"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        if (response.statusCode() == 409) {
            throw ProblemException.conflict("conflict.accountExists", email);
        }
        if (response.statusCode() != 201) {
            LOG.errorf("Keycloak refused to create an account for an invitation: %d %s", response.statusCode(), response.body());
            throw unavailable();
        }
        return new Invited(findByEmail(email).orElseThrow(KeycloakAccounts::unavailable), password);
    }

    /**
     * Gives the account the realm role unless it has it already. A role the realm does not know is a 503 (the realm
     * is set up wrongly), as is a refusal by Keycloak.
     */
    public void grantRealmRole(String accountId, String role) {
        String token = serviceToken();
        String mappings = adminUrl() + "/users/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "/role-mappings/realm";
        if (named(send(HttpRequest.newBuilder(URI.create(mappings)).header("Authorization", "Bearer " + token).GET(), 200), role)
                .isPresent()) {
            return;
        }
        JsonNode available = named(send(HttpRequest.newBuilder(URI.create(mappings + "/available"))
                .header("Authorization", "Bearer " + token).GET(), 200), role).orElseThrow(() -> {
                    LOG.errorf("The realm has no role %s to give to account %s", role, accountId);
                    return unavailable();
                });
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(mappings)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.createArrayNode().add(available).toString())));
        if (response.statusCode() != 204) {
            LOG.errorf("Keycloak refused to give account %s the role %s: %d %s", accountId, role, response.statusCode(),
                    response.body());
            throw unavailable();
        }
    }

    /** Takes the realm role from the account; nothing happens when it does not have it (or the account is gone). */
    public void revokeRealmRole(String accountId, String role) {
        String token = serviceToken();
        String mappings = adminUrl() + "/users/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8) + "/role-mappings/realm";
        HttpResponse<String> current = call(HttpRequest.newBuilder(URI.create(mappings)).header("Authorization", "Bearer " + token)
                .GET());
        if (current.statusCode() == 404) {
            return;
        }
        JsonNode mapped;
        try {
            mapped = current.statusCode() == 200 ? json.readTree(current.body()) : null;
        } catch (IOException e) {
            mapped = null;
        }
        if (mapped == null) {
            LOG.errorf("Keycloak answered %d to the role mappings of account %s: %s", current.statusCode(), accountId,
                    current.body());
            throw unavailable();
        }
        Optional<JsonNode> granted = named(mapped, role);
        if (granted.isEmpty()) {
            return;
        }
        HttpResponse<String> response = call(HttpRequest.newBuilder(URI.create(mappings)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json.createArrayNode().add(granted.get()).toString())));
        if (response.statusCode() != 204 && response.statusCode() != 404) {
            LOG.errorf("Keycloak refused to take the role %s from account %s: %d %s", role, accountId, response.statusCode(),
                    response.body());
            throw unavailable();
        }
    }

    private static Optional<JsonNode> named(JsonNode roles, String name) {
        for (JsonNode role : roles) {
            if (name.equals(role.path("name").asText())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** A newly created account and its one-time password. */
    public record Invited(Account account, String oneTimePassword) {
    }

    private Optional<Account> first(String field, String value) {
        String token = serviceToken();
        JsonNode users = send(HttpRequest.newBuilder(URI.create(adminUrl() + "/users?exact=true&briefRepresentation=false&"
                + field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).GET(), 200);
        for (JsonNode user : users) {
            if (value.equalsIgnoreCase(user.path(field).asText())) {
                String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
                String email = user.path("email").asText("");
                return Optional.of(new Account(user.path("id").asText(), user.path("username").asText().toLowerCase(Locale.ROOT),
                        name.isEmpty() ? Optional.empty() : Optional.of(name),
                        email.isEmpty() ? Optional.empty() : Optional.of(email.toLowerCase(Locale.ROOT))));
            }
        }
        return Optional.empty();
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
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
            LOG.error("quarkus.oidc.auth-server-url is not set: Keycloak's admin API is out of reach");
            return unavailable();
        });
    }

    private String serviceToken() {
        String secret = config.clientSecret().orElseThrow(() -> {
            LOG.error("kommunalmesse.privacy.keycloak.client-secret is not set: Keycloak's admin API is out of reach");
            return unavailable();
        });
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8)
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
