package de.kommunalmesse.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdentityResourceTest {

    @Test
    void visitorSeesNameOrganisationAndRoles() {
        given().auth().oauth2(TestUsers.visitor())
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("besucher"))
                .body("name", equalTo("Bea Sucher"))
                .body("organisation", equalTo("Stadt Musterhausen"))
                .body("roles", contains("visitor"));
    }

    @Test
    void adminHasAllRoles() {
        given().auth().oauth2(TestUsers.admin())
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("kdn-admin"))
                .body("roles", containsInAnyOrder("visitor", "exhibitor", "admin"));
    }

    @Test
    void anonymousGetsProblem401() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Anmeldung erforderlich"))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void forgedTokenIsRejected() {
        String[] parts = TestUsers.visitor().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"besucher\"", "\"kdn-admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(forged)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("unauthorized"));
    }

    @Test
    void garbageTokenIsRejectedInEnglishWhenAsked() {
        given().auth().oauth2("not-a-jwt").header("Accept-Language", "en-GB,en;q=0.8")
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Login required"));
    }

    @Test
    void loginConfigurationIsPublic() {
        given().when().get("/api/config")
                .then().statusCode(200)
                .body("oidc.clientId", equalTo("kommunalmesse-spa"))
                .body("oidc.authority", endsWith("/realms/kommunalmesse"));
    }
}
