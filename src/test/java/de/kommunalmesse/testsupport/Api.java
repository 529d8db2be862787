package de.kommunalmesse.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short request builders for the hall tests. */
public final class Api {

    private Api() {
    }

    /** A JSON request as this user ({@code null}: anonymous). */
    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** Editable booth content as the editor sends it. */
    public static Map<String, Object> content(String name) {
        Map<String, Object> content = new HashMap<>();
        content.put("name", name);
        content.put("tagline", "Kurz: " + name);
        content.put("description", "**Markdown** mit <script>alert('x')</script> als Text.");
        content.put("topicFields", List.of("bauen-wohnen", "smart-city"));
        content.put("tags", List.of("Umzug", "Meldewesen"));
        content.put("links", List.of(Map.of("label", "Projektseite", "url", "https://www.example.org/umzug")));
        content.put("experts", List.of(Map.of("name", "Sven Sörensen", "role", "Projektleitung",
                "email", "sven.soerensen@example.org", "phone", "0000 1234-56")));
        Map<String, Object> service = new HashMap<>();
        service.put("name", "Umzugsassistent " + name);
        service.put("summary", "Meldet Bürgerinnen und Bürger online um.");
        service.put("topicField", "bauen-wohnen");
        service.put("maturity", "produktiv");
        service.put("reuseModel", "open-source");
        service.put("licence", "EUPL-1.2");
        service.put("codeUrl", "https://www.example.org/code/umzug");
        service.put("technology", "Java, FIT-Connect");
        service.put("adopters", List.of("Stadt Lippstadt", "Stadt Soest"));
        service.put("contactExpert", "Sven Sörensen");
        content.put("services", new ArrayList<>(List.of(service)));
        content.put("materials", List.of());
        return content;
    }

    public static Map<String, Object> draft(long version, Map<String, Object> content) {
        return Map.of("version", version, "content", content);
    }

    /** Saves the content as a new working copy of aussteller-soest's booth; returns its version. */
    public static int saveDraft(String slug, Map<String, Object> content) {
        return as(TestUsers.exhibitorSoest()).body(draft(-1, content)).put("/api/booths/" + slug + "/draft")
                .then().statusCode(200).extract().path("version");
    }

    /** aussteller-soest submits the working copy of this version for review; returns the submitted version. */
    public static int submit(String slug, int version) {
        return as(TestUsers.exhibitorSoest()).body(Map.of("version", version)).post("/api/booths/" + slug + "/submit")
                .then().statusCode(200).extract().path("version");
    }

    /** An admin approves the submitted version: the booth shows it. */
    public static void approve(String slug, int version) {
        as(TestUsers.admin()).body(Map.of("version", version)).post("/api/booths/" + slug + "/approve").then().statusCode(200);
    }

    /** Saves, submits and approves the content on aussteller-soest's booth. */
    public static void publish(String slug, Map<String, Object> content) {
        approve(slug, submit(slug, saveDraft(slug, content)));
    }
}
