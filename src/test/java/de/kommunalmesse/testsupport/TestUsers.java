package de.kommunalmesse.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens of the demo users, by password grant against the realm's test client
 * ({@code kommunalmesse-test}). Tokens are cached for a minute; Keycloak issues them for five.
 */
public final class TestUsers {

    public static final String PASSWORD = "demo";
    private static final long CACHE_MILLIS = 60_000;

    private record Cached(String token, long fetchedAt) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private TestUsers() {
    }

    /** {@code besucher}: a visitor. */
    public static String visitor() {
        return token("besucher");
    }

    /** {@code aussteller-soest}: staff of the exhibitor {@code kreis-soest}. */
    public static String exhibitorSoest() {
        return token("aussteller-soest");
    }

    /** {@code kdn-admin}: an admin. */
    public static String admin() {
        return token("kdn-admin");
    }

    /** {@code moderatorin}: a moderator of the stages (realm role {@code moderator}, not an admin). */
    public static String moderator() {
        return token("moderatorin");
    }

    public static String token(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < CACHE_MILLIS) {
            return cached.token();
        }
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String token = given()
                .formParam("grant_type", "password")
                .formParam("client_id", "kommunalmesse-test")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
        CACHE.put(username, new Cached(token, System.currentTimeMillis()));
        return token;
    }
}
