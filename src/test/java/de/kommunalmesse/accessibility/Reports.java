package de.kommunalmesse.accessibility;

import static io.restassured.RestAssured.given;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The public report form as a browser fills it in, each test from its own client address. */
final class Reports {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Reports() {
    }

    /** A client address of the documentation range, unique in this run. */
    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A fresh form token, as the form fetches it when shown. */
    static String token() {
        return given().get("/api/accessibility/reports/form").then().statusCode(200).extract().path("token");
    }

    /** Waits as long as a person at least needs to fill in the form (the test profile's minimum, 1 s). */
    static void fillIn() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A multipart report from {@code client} with the required fields and this token. */
    static RequestSpecification form(String client, String token, String description) {
        return form(client, token, description, "");
    }

    /** The same with the honeypot field {@code website} filled as given. */
    static RequestSpecification form(String client, String token, String description, String website) {
        return given().header("X-Forwarded-For", client)
                .multiPart(text("description", description))
                .multiPart("location", "https://messe.example.org/halle")
                .multiPart("formToken", token)
                .multiPart("website", website);
    }

    /** A text field in UTF-8, as browsers send it. */
    static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }
}
