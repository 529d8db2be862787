package de.kommunalmesse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fresh Keycloak accounts for tests that delete one: created through Keycloak's admin API as the
 * privacy client's service account (which may manage users), with the password {@link TestUsers#PASSWORD}.
 */
public final class KeycloakUsers {

    /** A test account: its username, display name and e-mail address. */
    public record Account(String username, String name, String email) {

        /** A token by password grant (not cached: the account is about to go). */
        public String token() {
            return given().formParam("grant_type", "password").formParam("client_id", "kommunalmesse-test")
                    .formParam("username", username).formParam("password", TestUsers.PASSWORD)
                    .post(realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
        }

        /** Whether a password grant for this account gets a token; false once the account is gone. */
        public boolean canLogIn() {
            var response = given().formParam("grant_type", "password").formParam("client_id", "kommunalmesse-test")
                    .formParam("username", username).formParam("password", TestUsers.PASSWORD)
                    .post(realmUrl() + "/protocol/openid-connect/token");
            if (response.statusCode() == 200) {
                return true;
            }
            if (!"invalid_grant".equals(response.path("error"))) {
                throw new AssertionError("Keycloak answered the login unexpectedly: " + response.asString());
            }
            return false;
        }
    }

    private KeycloakUsers() {
    }

    /** A new visitor account named after the term, e.g. {@code weg-t12x345} "Wilma Wegt12x345". */
    public static Account create(String term) {
        String username = "weg-" + term;
        String last = "Weg" + term.substring(0, 1).toUpperCase() + term.substring(1);
        Account account = new Account(username, "Wilma " + last, username + "@example.org");
        given().auth().oauth2(serviceToken()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "email", account.email(), "emailVerified", true,
                        "firstName", "Wilma", "lastName", last,
                        "attributes", Map.of("organisation", List.of("Gemeinde " + last)),
                        "credentials", List.of(Map.of("type", "password", "value", TestUsers.PASSWORD, "temporary", false))))
                .post(adminUrl() + "/users")
                .then().statusCode(201);
        return account;
    }

    private static String serviceToken() {
        Config config = ConfigProvider.getConfig();
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", config.getValue("kommunalmesse.privacy.keycloak.client-id", String.class))
                .formParam("client_secret", config.getValue("kommunalmesse.privacy.keycloak.client-secret", String.class))
                .post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static String adminUrl() {
        String realm = realmUrl();
        int at = realm.lastIndexOf("/realms/");
        return realm.substring(0, at) + "/admin" + realm.substring(at);
    }
}
