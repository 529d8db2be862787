package de.kommunalmesse.accessibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.demo.AccessibilityDemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessibilityDemoDataTest {

    @Inject
    AccessibilityDemoData demo;

    @Inject
    EntityManager em;

    @Test
    void theDemoStatementIsLoadedOnceIntoAPlatformWithoutOne() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM accessibility_statement_text").executeUpdate();
            em.createNativeQuery("DELETE FROM accessibility_statement").executeUpdate();
        });
        given().get("/api/accessibility/statement").then().statusCode(404).contentType("application/problem+json");

        assertTrue(demo.load());
        assertFalse(demo.load(), "a written statement is never overwritten");

        given().get("/api/accessibility/statement").then().statusCode(200)
                .body("bodyName", startsWith("KDN"))
                .body("compliance", equalTo("teilweise"))
                .body("enforcementName", equalTo("Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen"));
        given().header("Accept-Language", "en").get("/api/accessibility/statement").then().statusCode(200)
                .body("scope", startsWith("KDN is committed"));
        given().get("/api/accessibility/sign-videos").then().statusCode(200)
                .body("slot", hasItems("angebot", "bedienung", "erklaerung", "weitere"));
    }
}
