package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says of every error response, in every feature, that it is RFC 9457 problem+json, and it
 * lists the answers every secured operation or operation with an input gives without each resource repeating them.
 */
@QuarkusTest
class ErrorResponseSchemasTest {

    private JsonPath openApi;

    @BeforeEach
    void load() {
        openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedErrorResponseIsProblemJson() {
        int errors = 0;
        for (Operation op : operations()) {
            for (Map.Entry<String, Map<String, Object>> response : op.responses().entrySet()) {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    errors++;
                    Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
                    String where = op + " " + response.getKey();
                    assertNotNull(content, where + " has no content");
                    Map<String, Object> problem = (Map<String, Object>) content.get(Problem.MEDIA_TYPE);
                    assertNotNull(problem, where + " is not " + Problem.MEDIA_TYPE);
                    assertEquals("#/components/schemas/Problem", ((Map<String, Object>) problem.get("schema")).get("$ref"), where);
                }
            }
        }
        assertTrue(errors > 100, "only " + errors + " error responses documented");
        assertNotNull(openApi.get("components.schemas.Problem.properties.detail"), "the Problem schema itself");
    }

    @Test
    void securedOperationsDocumentTheLoginAndTheRoleTheyNeed() {
        List<Operation> secured = operations().stream().filter(op -> op.body().get("security") != null).toList();
        assertTrue(secured.size() > 50, "only " + secured.size() + " secured operations");
        secured.forEach(op -> assertTrue(op.responses().containsKey("401"), op + " lacks 401"));
        // an admin operation whose resource documents neither answer
        assertEquals(ErrorResponseSchemas.NOT_LOGGED_IN, description("/api/admin/editions", "get", "401"));
        assertEquals(ErrorResponseSchemas.NOT_AN_ADMIN, description("/api/admin/editions", "get", "403"));
        assertEquals(ErrorResponseSchemas.NOT_LOGGED_IN, description("/api/exhibitors/{slug}/staff", "put", "401"));
        assertEquals(ErrorResponseSchemas.NOT_AN_ADMIN, description("/api/exhibitors/{slug}/staff", "put", "403"));
        assertEquals("Lacks the role admin or moderator", description("/api/stages/{key}/live", "put", "403"));
        // a login is all it needs: no role to lack
        assertNull(responses("/api/meetings/mine", "get").get("403"));
        // what the resource says itself stays
        assertEquals("No or an invalid access token", description("/api/me", "get", "401"));
        assertEquals("The proposal is the caller's own", description("/api/meetings/{id}/proposal/confirm", "post", "403"));
    }

    @Test
    void operationsWithAnInputDocumentInvalidInput() {
        assertEquals(ErrorResponseSchemas.INVALID_INPUT, description("/api/meetings/{id}/cancel", "post", "400"));
        assertEquals("Topic missing or too long", description("/api/meetings", "post", "400"));
    }

    /** One operation of the document; {@code body} is its OpenAPI object. */
    private record Operation(String method, String path, Map<String, Object> body) {

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses() {
            return body.get("responses") instanceof Map<?, ?> responses ? (Map<String, Map<String, Object>>) responses : Map.of();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, body) -> {
            if (body instanceof Map<?, ?> operation) {
                operations.add(new Operation(method, path, (Map<String, Object>) operation));
            }
        }));
        return operations;
    }

    private Map<String, Map<String, Object>> responses(String path, String method) {
        return openApi.getMap("paths.'" + path + "'." + method + ".responses");
    }

    private String description(String path, String method, String status) {
        Map<String, Object> response = responses(path, method).get(status);
        assertNotNull(response, method + " " + path + " lacks " + status);
        return (String) response.get("description");
    }
}
