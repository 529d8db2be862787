package de.kommunalmesse.chat;

import static de.kommunalmesse.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.testsupport.NetworkData;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation an accepted contact request opens: both visitors write in it, nobody else reads it, a block ends
 * it; an instant video meeting needs a video service and, in a booth conversation, staff.
 */
@QuarkusTest
class PeerConversationTest extends ChatTestBase {

    @Inject
    EntityManager em;

    @BeforeEach
    void clean() {
        NetworkData.clean(em);
    }

    @Test
    void bothVisitorsWriteAndNobodyElseReads() {
        String channel = "dm:" + NetworkData.connectBeaAndMaren();
        try (ChatClient bea = connect(TestUsers.visitor()); ChatClient maren = connect(TestUsers.moderator());
                ChatClient sven = connect(TestUsers.exhibitorSoest())) {
            bea.subscribe(channel);
            maren.subscribe(channel);
            bea.post(channel, "Hallo Maren!");
            maren.awaitMessage(channel, "Hallo Maren!");
            maren.post(channel, "Hallo Bea!");
            bea.awaitMessage(channel, "Hallo Bea!");
            assertEquals("forbidden", sven.error(sven.send("subscribe", Map.of("channel", channel))));
        }
    }

    @Test
    void blockEndsTheConversation() {
        int id = NetworkData.connectBeaAndMaren();
        String channel = "dm:" + id;
        int request = as(TestUsers.moderator()).get("/api/network/requests").then().extract().path("incoming[0].id");
        as(TestUsers.moderator()).post("/api/network/requests/" + request + "/block").then().statusCode(200);
        try (ChatClient bea = connect(TestUsers.visitor())) {
            bea.subscribe(channel);
            assertEquals("conversation-closed", bea.error(bea.send("send", Map.of("channel", channel, "clientMsgId",
                    "c0ffee00-0000-4000-8000-000000000001", "text", "Hallo?"))));
        }
    }

    @Test
    void instantVideoIsRefusedWithoutAVideoServiceAndForTheVisitorOfABooth() {
        int peer = NetworkData.connectBeaAndMaren();
        as(TestUsers.visitor()).post("/api/chat/conversations/" + peer + "/video").then().statusCode(409)
                .body("title", org.hamcrest.Matchers.equalTo("Videodienst nicht verfügbar"));
        as(TestUsers.exhibitorSoest()).post("/api/chat/conversations/" + peer + "/video").then().statusCode(403);
        int booth = as(TestUsers.visitor()).body(Map.of("booth", data.booth("aussteller-soest")))
                .post("/api/chat/conversations").then().statusCode(200).extract().path("id");
        as(TestUsers.visitor()).post("/api/chat/conversations/" + booth + "/video").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).post("/api/chat/conversations/" + booth + "/video").then().statusCode(409);
    }
}
