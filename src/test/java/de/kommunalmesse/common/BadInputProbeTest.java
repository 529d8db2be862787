package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Probes every endpoint of the OpenAPI document that takes a JSON body with bodies of the wrong shape
 * (issue 21.8): a list, a number or a string where an object is expected, and a list in place of each
 * field. Each must be a 400 problem+json, naming the field where one is wrong; and no answer of the API may
 * be an error without problem+json.
 */
@QuarkusTest
class BadInputProbeTest {

    private static final List<String> WRONG_SHAPES = List.of("[]", "42", "\"x\"", "true", "null");

    /** One operation with a JSON body: method, path (parameters filled in) and the body's object schema. */
    private record Operation(String method, String path, Map<String, Object> schema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operationsWithJsonObjectBodies() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = openApi.getMap("components.schemas");
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, value) -> {
            if (!List.of("post", "put", "patch").contains(method)) {
                return;
            }
            Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) value).get("requestBody");
            Map<String, Object> content = body == null ? null : (Map<String, Object>) body.get("content");
            Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
            if (json == null || json.get("schema") == null) {
                return;
            }
            Map<String, Object> schema = resolve((Map<String, Object>) json.get("schema"), schemas);
            if ("object".equals(schema.get("type")) || schema.containsKey("properties")) {
                // Path parameters: a value that fits any of them; body checks come before the lookup
                operations.add(new Operation(method, path.replaceAll("\\{[^}]+}", "1"), schema));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = ((Map<String, Object>) all.get(0)).get("$ref");
        }
        if (ref instanceof String name) {
            return (Map<String, Object>) schemas.get(name.substring(name.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static Response send(Operation operation, String body) {
        return given().auth().oauth2(TestUsers.admin()).contentType(ContentType.JSON).body(body)
                .request(operation.method(), operation.path());
    }

    private static void assertProblem(Response response, int status, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), what + " is problem+json: "
                + response.contentType() + " " + response.asString());
        assertEquals(status, response.jsonPath().getInt("status"), what);
    }

    @Test
    void everyJsonBodyOfTheWrongShapeIsAProblemNamingTheField() {
        List<Operation> operations = operationsWithJsonObjectBodies();
        assertTrue(operations.size() >= 20, "the probe reaches the API's JSON endpoints: " + operations);
        int probes = 0;
        for (Operation operation : operations) {
            for (String body : WRONG_SHAPES) {
                if (body.equals("null")) {
                    // An empty body is no shape error: the endpoint's validation answers (400) or it means "nothing"
                    Response response = send(operation, body);
                    assertTrue(response.statusCode() < 500, operation + " with null: " + response.asString());
                    continue;
                }
                assertProblem(send(operation, body), 400, operation + " with " + body);
                probes++;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) operation.schema().getOrDefault("properties", Map.of());
            for (var property : properties.entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fieldSchema = (Map<String, Object>) property.getValue();
                boolean list = "array".equals(fieldSchema.get("type"));
                String wrong = list ? "{\"" + property.getKey() + "\": {\"a\": 1}}" : "{\"" + property.getKey() + "\": []}";
                Response response = send(operation, wrong);
                String what = operation + " with " + wrong;
                assertProblem(response, 400, what);
                List<String> fields = response.jsonPath().getList("errors.field");
                assertTrue(fields != null && fields.stream().anyMatch(f -> f.equals(property.getKey()) || f.startsWith(property.getKey() + "[")),
                        what + " names the field: " + response.asString());
                probes++;
            }
        }
        assertTrue(probes > 100, "probes sent: " + probes);
    }
}
