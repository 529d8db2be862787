package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document says of every error response, in every feature, that it is RFC 9457 problem+json. */
@QuarkusTest
class ErrorResponseSchemasTest {

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
