package de.kommunalmesse.booth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every hall endpoint: its tag, its answer's schema and its problem responses. */
@QuarkusTest
class HallOpenApiTest {

    /** The hall's tags; the meetings at a booth ({@code /api/booths/{slug}/meetings…}) keep their feature's tag. */
    private static final Set<String> HALL_TAGS = Set.of("Hall", "Booth editor", "Bookmarks", "Hall administration", "Exhibitors",
            "Meetings");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private Map<String, Map<String, Object>> paths;

    @BeforeEach
    void load() {
        paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
    }

    @Test
    void everyHallOperationHasOneHallTag() {
        for (Operation op : hallOperations()) {
            List<String> tags = op.tags();
            assertEquals(1, tags.size(), op + " tags " + tags);
            assertTrue(HALL_TAGS.contains(tags.get(0)), op + " tagged " + tags);
        }
    }

    @Test
    void bookmarksHaveTheirOwnTag() {
        List<Operation> bookmarks = hallOperations().stream().filter(op -> op.path().startsWith("/api/me/bookmarks")).toList();
        assertEquals(3, bookmarks.size(), "list, add and remove");
        bookmarks.forEach(op -> assertEquals(List.of("Bookmarks"), op.tags(), op.toString()));
    }

    @Test
    void everyErrorResponseIsProblemJson() {
        for (Operation op : hallOperations()) {
            boolean anyError = false;
            for (Map.Entry<String, Map<String, Object>> response : op.responses().entrySet()) {
                if (!response.getKey().startsWith("4")) {
                    continue;
                }
                anyError = true;
                assertEquals(PROBLEM_REF, schemaRef(response.getValue(), "application/problem+json"),
                        op + " " + response.getKey());
            }
            assertTrue(anyError, op + " lists no error response");
        }
    }

    @Test
    void operationsThatNeedALoginDocument401() {
        for (Operation op : hallOperations()) {
            if (op.secured()) {
                assertTrue(op.responses().containsKey("401"), op + " lacks 401");
            }
        }
    }

    @Test
    void everySuccessfulAnswerWithABodyHasASchema() {
        for (Operation op : hallOperations()) {
            op.responses().forEach((code, response) -> {
                if (code.startsWith("2") && !code.equals("204") && !op.path().endsWith("/materials/{id}")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    assertNotNull(content, op + " " + code + " has no content");
                    assertFalse(content.isEmpty(), op + " " + code);
                    content.forEach((type, media) -> assertNotNull(((Map<?, ?>) media).get("schema"), op + " " + code + " " + type));
                }
            });
        }
    }

    @Test
    void workflowAndUploadAnswersNameTheirSchemas() {
        assertEquals("#/components/schemas/BoothDraft", schemaRef(response("/api/booths/{slug}/draft", "put", "200"), "application/json"));
        assertEquals("#/components/schemas/BoothDraft", schemaRef(response("/api/booths/{slug}/submit", "post", "200"), "application/json"));
        assertEquals("#/components/schemas/EditorBooth", schemaRef(response("/api/booths/{slug}/approve", "post", "200"), "application/json"));
        assertEquals("#/components/schemas/EditorBooth", schemaRef(response("/api/booths/{slug}/reject", "post", "200"), "application/json"));
        assertEquals("#/components/schemas/Material", schemaRef(response("/api/booths/{slug}/materials", "post", "201"), "application/json"));
        assertTrue(response("/api/booths/{slug}/draft", "put", "409").toString().contains("Version"),
                "the stale-version answer has an example");
        assertTrue(response("/api/booths/{slug}/materials", "post", "415").toString().contains("Dateiendung"),
                "the wrong-type answer has an example");
        assertTrue(paths.containsKey("/api/my/exhibitors"));
    }

    record Operation(String path, String method, Map<String, Object> body) {

        @SuppressWarnings("unchecked")
        List<String> tags() {
            return (List<String>) body.getOrDefault("tags", List.of());
        }

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> responses() {
            return (Map<String, Map<String, Object>>) body.getOrDefault("responses", Map.of());
        }

        boolean secured() {
            return body.get("security") instanceof List<?> list && !list.isEmpty();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private List<Operation> hallOperations() {
        List<Operation> ops = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!isHallPath(path)) {
                return;
            }
            item.forEach((method, body) -> {
                if (METHODS.contains(method)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> operation = (Map<String, Object>) body;
                    ops.add(new Operation(path, method, operation));
                }
            });
        });
        assertTrue(ops.size() >= 30, "found only " + ops.size() + " hall operations");
        return ops;
    }

    private static boolean isHallPath(String path) {
        return path.startsWith("/api/booths") || path.startsWith("/api/my/") || path.startsWith("/api/me/bookmarks")
                || path.startsWith("/api/exhibitors") || path.equals("/api/admin/reviews")
                || path.equals("/api/admin/settings/hall") || path.startsWith("/api/admin/exports/");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> response(String path, String method, String code) {
        Map<String, Object> operation = (Map<String, Object>) paths.get(path).get(method);
        Map<String, Object> response = ((Map<String, Map<String, Object>>) operation.get("responses")).get(code);
        assertNotNull(response, method + " " + path + " " + code);
        return response;
    }

    @SuppressWarnings("unchecked")
    private static String schemaRef(Map<String, Object> response, String mediaType) {
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        if (content == null || !content.containsKey(mediaType)) {
            return null;
        }
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get(mediaType)).get("schema");
        return schema == null ? null : (String) schema.get("$ref");
    }
}
