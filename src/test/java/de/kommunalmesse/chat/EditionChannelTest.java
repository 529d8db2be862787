package de.kommunalmesse.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.booth.BoothStatus;
import de.kommunalmesse.booth.BoothViews.NewBooth;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionState;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.fair.EditionViews.NewEdition;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat channels of booths carry their edition (protocol version 2); clients of version 1 name them without and
 * mean the current edition; channels of one edition never show another's; an archive is read-only.
 */
@QuarkusTest
class EditionChannelTest extends ChatTestBase {

    @Inject
    TestData testData;

    @Inject
    EditionService editions;

    @Inject
    BoothService booths;

    @Test
    void versionTwoNamesTheEditionAndVersionOneClientsShareTheChannelUnderItsOldName() {
        String slug = data.booth("aussteller-soest");
        String edition = editions.current().slug();
        try (ChatClient v2 = connect(TestUsers.visitor(), "v=2"); ChatClient v1 = connect(TestUsers.exhibitorSoest(), "v=1")) {
            assertEquals(2, v2.await("welcome", f -> true).path("protocol").asInt());
            assertEquals(1, v1.await("welcome", f -> true).path("protocol").asInt());
            JsonNode subscribed = v2.subscribe("booth:" + edition + "/" + slug);
            assertEquals("booth:" + edition + "/" + slug, subscribed.path("channel").asText());
            assertEquals("booth:" + slug, v1.subscribe("booth:" + slug).path("channel").asText());

            v2.post("booth:" + edition + "/" + slug, "Hallo aus Version 2");
            JsonNode seen = v1.await("message", f -> "Hallo aus Version 2".equals(f.path("message").path("text").asText()));
            assertEquals("booth:" + slug, seen.path("channel").asText(), "a version-1 client reads its own name");
            v1.post("booth:" + slug, "Antwort \"booth:" + edition + "/x\" bleibt Text");
            JsonNode answer = v2.await("message", f -> f.path("message").path("text").asText().startsWith("Antwort"));
            assertEquals("booth:" + edition + "/" + slug, answer.path("channel").asText());
            assertEquals("Antwort \"booth:" + edition + "/x\" bleibt Text", answer.path("message").path("text").asText());

            // Version 2 without the edition names nothing
            assertEquals("channel-not-found", v2.error(v2.send("subscribe", Map.of("channel", "booth:" + slug))));
        }
    }

    @Test
    void aBoothOfOneEditionHasNoChannelInAnother() {
        String slug = data.booth();
        String other = "anders-" + testData.unique();
        editions.create(new NewEdition(other, "Andere", LocalDate.of(2150, 1, 1), LocalDate.of(2150, 1, 2), null, null,
                false, List.of()));
        editions.changeState(other, EditionState.OPEN);
        try (ChatClient client = connect(TestUsers.visitor(), "v=2")) {
            assertEquals("channel-not-found", client.error(client.send("subscribe",
                    Map.of("channel", "booth:" + other + "/" + slug))));
            assertEquals("channel-not-found", client.error(client.send("subscribe",
                    Map.of("channel", "booth:gibt-es-nicht/" + slug))));
        }
    }

    @Test
    void anArchivedEditionsChannelIsReadableButRefusesPosts() {
        String term = testData.unique();
        long editionId = testData.series("serie-" + term);
        EditionRef edition = editions.byId(editionId);
        String exhibitor = testData.exhibitor("aus-" + term, "soest");
        String slug = testData.booth("stand-" + term, exhibitor, "Stand " + term, List.of("bildung"), null,
                BoothStatus.PUBLISHED);
        String channel = "booth:" + edition.slug() + "/" + slug;
        try (ChatClient client = connect(TestUsers.visitor(), "v=2")) {
            client.subscribe(channel);
            client.post(channel, "Vor dem Archiv");
        }
        editions.changeState(edition.slug(), EditionState.ARCHIVE);
        try (ChatClient client = connect(TestUsers.visitor(), "v=2")) {
            JsonNode subscribed = client.subscribe(channel);
            assertFalse(subscribed.path("permissions").path("write").asBoolean());
            JsonNode backfill = client.await("backfill", f -> channel.equals(f.path("channel").asText()));
            assertTrue(backfill.toString().contains("Vor dem Archiv"), "the history stays readable");
            assertEquals("archived", client.error(client.send("send", Map.of("channel", channel,
                    "clientMsgId", "archiv-1", "text", "Nach dem Archiv"))));
        } finally {
            // It is the current edition: the tests after this one need it open
            editions.changeState(edition.slug(), EditionState.OPEN);
        }
    }

    @Test
    void privateConversationsAndStatisticsStayInTheirEdition() {
        String term = testData.unique();
        EditionRef first = editions.byId(testData.series("serie-" + term));
        String exhibitor = testData.exhibitor("aus-" + term, "soest", "aussteller-soest");
        String slug = testData.booth("stand-" + term, exhibitor, "Stand " + term, List.of("bildung"), null,
                BoothStatus.PUBLISHED);
        String other = "zwei-" + term;
        editions.create(new NewEdition(other, "Zweite", LocalDate.of(2150, 3, 1), LocalDate.of(2150, 3, 2), null, null,
                false, List.of()));
        editions.changeState(other, EditionState.OPEN);
        EditionRef second = editions.bySlug(other).orElseThrow();
        booths.createBooth(second, new NewBooth(slug, exhibitor, TestData.content("Stand " + term, List.of("bildung"), null,
                List.of()), false, "medium", BoothStatus.PUBLISHED));

        given().auth().oauth2(TestUsers.visitor()).contentType(ContentType.JSON)
                .body(Map.of("booth", first.slug() + "/" + slug)).post("/api/chat/conversations")
                .then().statusCode(200).body("booth", equalTo(first.slug() + "/" + slug));
        given().get("/api/booths/" + slug + "?edition=" + first.slug()).then().statusCode(200);

        given().auth().oauth2(TestUsers.exhibitorSoest())
                .get("/api/chat/booths/" + slug + "/conversations?edition=" + first.slug())
                .then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .get("/api/chat/booths/" + slug + "/conversations?edition=" + second.slug())
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/stats?edition=" + second.slug())
                .then().statusCode(200).body("totalViews", equalTo(0));
        given().auth().oauth2(TestUsers.exhibitorSoest()).get("/api/booths/" + slug + "/stats?edition=" + first.slug())
                .then().statusCode(200).body("totalViews", equalTo(1));
    }
}
