package de.kommunalmesse.accessibility;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatementTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    /** A complete statement as the admin form sends it, last reviewed on {@code reviewed}. */
    static Map<String, Object> statement(LocalDate reviewed) {
        Map<String, Object> s = new HashMap<>();
        s.put("compliance", "teilweise");
        s.put("standard", "WCAG 2.2 AA");
        s.put("preparedOn", reviewed.minusDays(10).toString());
        s.put("method", "selbstbewertung");
        s.put("lastReviewedOn", reviewed.toString());
        s.put("contactEmail", "barrierefreiheit@example.org");
        s.put("contactPhone", "0211 123-45");
        s.put("enforcementEmail", "ombudsstelle@example.org");
        s.put("enforcementUrl", "https://www.example.org/ombudsstelle");
        s.put("de", texts("Deutsch", "Untertitel fehlen"));
        s.put("en", texts("English", "Captions missing"));
        return s;
    }

    static Map<String, Object> texts(String body, String part) {
        return new HashMap<>(Map.of("bodyName", "Stelle " + body, "scope", "Gilt für " + body,
                "nonAccessible", List.of(Map.of("part", part, "reason", "Grund " + body, "alternative", "Transkript")),
                "contactName", "Team " + body, "enforcementName", "Ombudsstelle " + body,
                "enforcementText", "Verfahren " + body));
    }

    @Test
    void adminWritesTheStatementAndEveryoneReadsItInTheirLanguage() {
        as(TestUsers.admin()).body(statement(TODAY)).put("/api/admin/accessibility/statement")
                .then().statusCode(200)
                .body("updatedBy", equalTo("kdn-admin"))
                .body("review.dueOn", equalTo(TODAY.plusYears(1).toString()))
                .body("review.reminder", equalTo(false));

        as(null).get("/api/accessibility/statement").then().statusCode(200)
                .body("lang", equalTo("de"))
                .body("bodyName", equalTo("Stelle Deutsch"))
                .body("compliance", equalTo("teilweise"))
                .body("method", equalTo("selbstbewertung"))
                .body("nonAccessible.part", equalTo(List.of("Untertitel fehlen")))
                .body("enforcementUrl", equalTo("https://www.example.org/ombudsstelle"))
                .body("answerDays", equalTo(42));
        as(null).header("Accept-Language", "en").get("/api/accessibility/statement").then().statusCode(200)
                .body("lang", equalTo("en"))
                .body("scope", equalTo("Gilt für English"))
                .body("nonAccessible.part", equalTo(List.of("Captions missing")));
    }

    @Test
    void reviewReminderComesThirtyDaysBeforeTheYearIsOver() {
        as(TestUsers.admin()).body(statement(TODAY.minusMonths(12).plusDays(20))).put("/api/admin/accessibility/statement")
                .then().statusCode(200)
                .body("review.reminder", equalTo(true))
                .body("review.overdue", equalTo(false));
        as(TestUsers.admin()).get("/api/admin/accessibility/overview").then().statusCode(200)
                .body("statementPublished", equalTo(true))
                .body("review.reminder", equalTo(true));

        as(TestUsers.admin()).body(statement(TODAY.minusMonths(13))).put("/api/admin/accessibility/statement")
                .then().statusCode(200)
                .body("review.overdue", equalTo(true));
        as(TestUsers.admin()).body(statement(TODAY)).put("/api/admin/accessibility/statement")
                .then().statusCode(200).body("review.reminder", equalTo(false)).body("review.overdue", equalTo(false));
    }

    @Test
    void aStaleVersionIsRefusedSoThatAdminsDoNotOverwriteEachOther() {
        int version = as(TestUsers.admin()).body(statement(TODAY)).put("/api/admin/accessibility/statement")
                .then().statusCode(200).extract().path("version");
        Map<String, Object> first = statement(TODAY);
        first.put("version", version);
        as(TestUsers.admin()).body(first).put("/api/admin/accessibility/statement").then().statusCode(200);
        as(TestUsers.admin()).body(first).put("/api/admin/accessibility/statement")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anIncompleteStatementIsRefusedFieldByFieldInEnglish() {
        Map<String, Object> broken = statement(TODAY);
        Map<String, Object> de = texts("Deutsch", "x");
        de.put("scope", " ");
        broken.put("de", de);
        broken.put("enforcementUrl", "ftp://example.org");
        broken.put("contactEmail", "keine-adresse");
        as(TestUsers.admin()).header("Accept-Language", "en").body(broken).put("/api/admin/accessibility/statement")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid input"))
                .body("errors.field", hasItems("de.scope", "enforcementUrl", "contactEmail"))
                .body("errors", hasSize(3));
        Map<String, Object> badCode = statement(TODAY);
        badCode.put("compliance", "meistens");
        as(TestUsers.admin()).body(badCode).put("/api/admin/accessibility/statement")
                .then().statusCode(400).body("type", startsWith("urn:kommunalmesse:problem:"));
    }

    @Test
    void onlyAdminsMaintainTheStatement() {
        for (String token : List.of(TestUsers.visitor(), TestUsers.exhibitorSoest(), TestUsers.moderator())) {
            as(token).body(statement(TODAY)).put("/api/admin/accessibility/statement")
                    .then().statusCode(403).contentType("application/problem+json");
            as(token).get("/api/admin/accessibility/statement").then().statusCode(403);
            as(token).get("/api/admin/accessibility/overview").then().statusCode(403);
        }
        as(null).body(statement(TODAY)).put("/api/admin/accessibility/statement")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
