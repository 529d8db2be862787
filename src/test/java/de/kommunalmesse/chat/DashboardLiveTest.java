package de.kommunalmesse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The organiser dashboard (insights) goes live over the WebSocket to admins only. */
@QuarkusTest
class DashboardLiveTest extends ChatTestBase {

    @Inject
    TestData testData;

    @Test
    void anAdminWatchingTheDashboardGetsItsFiguresAndOthersAreRefused() {
        testData.currentEdition();
        ChatClient visitor = connect(TestUsers.visitor());
        String refused = visitor.send("watch", Map.of("dashboard", true));
        assertEquals("forbidden", visitor.error(refused));

        ChatClient admin = connect(TestUsers.admin());
        String ref = admin.send("watch", Map.of("dashboard", true));
        admin.reply(ref, "dashboard");
        JsonNode figures = admin.await("dashboard", frame -> frame.path("figures").isObject());
        // both connections are open, so the figures count at least them
        assertTrue(figures.path("figures").path("onlineNow").asLong() >= 2, figures.toString());
    }
}
