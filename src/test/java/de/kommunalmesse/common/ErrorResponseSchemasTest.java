package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says of every error response, in every feature, that it is RFC 9457 problem+json, and it
 * lists the answers every secured operation or operation with an input gives without each resource repeating them.
 */
@QuarkusTest
class ErrorResponseSchemasTest {

    @Test
    void securedOperationsDocumentTheLoginAndTheRoleTheyNeed() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        int secured = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                if (operation.getValue() instanceof Map<?, ?> body && body.get("security") != null) {
                    secured++;
                    assertTrue(responses(openApi, path.getKey(), operation.getKey()).containsKey("401"),
                            operation.getKey() + " " + path.getKey() + " lacks 401");
                }
            }
        }
        assertTrue(secured > 50, "only " + secured + " secured operations");
        // an admin operation whose resource documents neither answer
        assertEquals(ErrorResponseSchemas.NOT_LOGGED_IN, description(openApi, "/api/admin/editions", "get", "401"));
        assertEquals(ErrorResponseSchemas.NOT_AN_ADMIN, description(openApi, "/api/admin/editions", "get", "403"));
        assertEquals("Lacks the role admin or moderator", description(openApi, "/api/stages/{key}/live", "put", "403"));
        // a login is all it needs: no role to lack
        assertNull(responses(openApi, "/api/meetings/mine", "get").get("403"));
        // what the resource says itself stays
        assertEquals("No or an invalid access token", description(openApi, "/api/me", "get", "401"));
        assertEquals("The proposal is the caller's own", description(openApi, "/api/meetings/{id}/proposal/confirm", "post", "403"));
    }

    @Test
    void operationsWithAnInputDocumentInvalidInput() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals(ErrorResponseSchemas.INVALID_INPUT, description(openApi, "/api/meetings/{id}/cancel", "post", "400"));
        assertEquals("Topic missing or too long", description(openApi, "/api/meetings", "post", "400"));
    }

    private static Map<String, Map<String, Object>> responses(JsonPath openApi, String path, String method) {
        return openApi.getMap("paths.'" + path + "'." + method + ".responses");
    }

    private static String description(JsonPath openApi, String path, String method, String status) {
        Map<String, Object> response = responses(openApi, path, method).get(status);
        assertNotNull(response, method + " " + path + " lacks " + status);
        return (String) response.get("description");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedErrorResponseIsProblemJson() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        int errors = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> body) || !(body.get("responses") instanceof Map<?, ?> responses)) {
                    continue;
                }
                for (Map.Entry<String, Map<String, Object>> response : ((Map<String, Map<String, Object>>) responses).entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        errors++;
                        Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
                        String where = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                        assertNotNull(content, where + " has no content");
                        Map<String, Object> problem = (Map<String, Object>) content.get(Problem.MEDIA_TYPE);
                        assertNotNull(problem, where + " is not " + Problem.MEDIA_TYPE);
                        assertEquals("#/components/schemas/Problem", ((Map<String, Object>) problem.get("schema")).get("$ref"), where);
                    }
                }
            }
        }
        assertTrue(errors > 100, "only " + errors + " error responses documented");
        assertNotNull(openApi.get("components.schemas.Problem.properties.detail"), "the Problem schema itself");
    }
}
