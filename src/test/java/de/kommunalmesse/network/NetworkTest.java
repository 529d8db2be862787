package de.kommunalmesse.network;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.common.PersonalData;
import de.kommunalmesse.testsupport.TestUsers;
import de.kommunalmesse.testsupport.NetworkData;
import static de.kommunalmesse.testsupport.NetworkData.ask;
import static de.kommunalmesse.testsupport.NetworkData.optIn;
import static de.kommunalmesse.testsupport.NetworkData.profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Networking between visitors: nobody is listed without opting in, leaving removes the profile, only the two sides
 * see a request, a declined one tells the sender nothing more, blocks keep two people apart, and two people asking
 * each other at once get one request.
 */
@QuarkusTest
class NetworkTest {

    @Inject
    EntityManager em;

    @Inject
    NetworkPersonalData personalData;

    @BeforeEach
    void clean() {
        NetworkData.clean(em);
    }

    @Test
    void nobodyIsListedWithoutOptingInAndLeavingRemovesTheProfileAtOnce() {
        as(TestUsers.visitor()).get("/api/network/profile").then().statusCode(200).body("findable", equalTo(false));
        as(TestUsers.moderator()).get("/api/network/people").then().statusCode(200).body("people", empty());
        int bea = optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of("gesundheit"));
        as(TestUsers.moderator()).get("/api/network/people").then().statusCode(200)
                .body("people.id", contains(bea)).body("people[0].name", equalTo("Bea Sucher"))
                .body("people[0].contact", equalTo("none"));
        // not in one's own directory
        as(TestUsers.visitor()).get("/api/network/people").then().statusCode(200).body("people", empty());

        as(TestUsers.visitor()).delete("/api/network/profile").then().statusCode(204);
        as(TestUsers.moderator()).get("/api/network/people").then().statusCode(200).body("people", empty());
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM network_profile WHERE username = 'besucher'")
                .getSingleResult();
        assertEquals(0, rows.intValue(), "the row is deleted, not hidden");
        as(null).get("/api/network/people").then().statusCode(401);
    }

    @Test
    void directoryFiltersByTypeRegionTopicAndWordsAndSuggestsSharedInterests() {
        int bea = optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of("gesundheit", "smart-city"));
        as(TestUsers.exhibitorSoest()).body(profile("Kreis Soest", "kreis", "soest", List.of("bauen-wohnen")))
                .put("/api/network/profile").then().statusCode(200);
        optIn(TestUsers.moderator(), "KDN", "soest", List.of("gesundheit"));
        String admin = TestUsers.admin();
        optIn(admin, "KDN – Dachverband", "soest", List.of("smart-city"));

        as(admin).queryParam("type", "kreis").get("/api/network/people").then().body("people.name", contains("Sven Sörensen"));
        as(admin).queryParam("topic", "gesundheit").get("/api/network/people").then()
                .body("people.name", contains("Bea Sucher", "Maren Decker"));
        as(admin).queryParam("q", "musterhausen").get("/api/network/people").then().body("people.id", contains(bea))
                .body("total", equalTo(1));
        as(admin).queryParam("type", "piraten").get("/api/network/people").then().statusCode(400);
        as(admin).queryParam("region", "nirgendwo").get("/api/network/people").then().body("people", empty());
        // Bea shares gesundheit with Maren and smart-city with Karla; Sven only the host region
        as(TestUsers.visitor()).get("/api/network/suggestions").then().statusCode(200)
                .body("name", contains("Karla Dietz", "Maren Decker", "Sven Sörensen"));

        as(TestUsers.visitor()).body(profile("X", "kommune", "atlantis", List.of()))
                .put("/api/network/profile").then().statusCode(400).body("errors.field", hasItem("hostRegion"));
        as(TestUsers.visitor()).body(profile("X", "kommune", "soest", List.of("astrologie")))
                .put("/api/network/profile").then().statusCode(400).body("errors.field", hasItem("topicFields"));
        as(TestUsers.visitor()).body(Map.of("organisation", " ")).put("/api/network/profile").then().statusCode(400);
        as(TestUsers.visitor()).body(Map.of("organisation", "X", "organisationType", "piraten")).put("/api/network/profile")
                .then().statusCode(400);
        // nothing half-written: the profile is as it was
        as(TestUsers.visitor()).get("/api/network/profile").then().body("profile.organisation", equalTo("Stadt Musterhausen"));
    }

    @Test
    void acceptedRequestOpensAConversationOfTheTwoAndOnlyTheTwoSeeIt() {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of("gesundheit"));
        // asking needs a profile of one's own
        as(TestUsers.visitor()).body(Map.of("to", maren)).post("/api/network/requests").then().statusCode(409)
                .body("title", equalTo("Vernetzen nicht möglich"));
        int bea = optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of("gesundheit"));
        as(TestUsers.visitor()).body(Map.of("to", bea)).post("/api/network/requests").then().statusCode(409);
        as(TestUsers.visitor()).body(Map.of("to", 999999)).post("/api/network/requests").then().statusCode(404);
        int request = ask(TestUsers.visitor(), maren);
        as(TestUsers.visitor()).body(Map.of("to", maren)).post("/api/network/requests").then().statusCode(409);
        as(TestUsers.moderator()).body(Map.of("to", bea)).post("/api/network/requests").then().statusCode(409);

        // a third person neither sees nor answers it; the sender cannot answer their own
        as(TestUsers.exhibitorSoest()).get("/api/network/requests/" + request).then().statusCode(404);
        as(TestUsers.exhibitorSoest()).post("/api/network/requests/" + request + "/accept").then().statusCode(404);
        as(TestUsers.exhibitorSoest()).post("/api/network/requests/" + request + "/decline").then().statusCode(404);
        as(TestUsers.visitor()).post("/api/network/requests/" + request + "/accept").then().statusCode(403);
        as(TestUsers.admin()).get("/api/network/requests/" + request).then().statusCode(200);

        as(TestUsers.moderator()).get("/api/network/requests").then().body("incoming[0].otherName", equalTo("Bea Sucher"))
                .body("incoming[0].message", equalTo("Guten Tag!"));
        as(TestUsers.visitor()).get("/api/network/people").then().body("people[0].contact", equalTo("sent"));
        int conversation = as(TestUsers.moderator()).post("/api/network/requests/" + request + "/accept").then()
                .statusCode(200).body("status", equalTo("accepted")).extract().path("conversationId");
        as(TestUsers.moderator()).post("/api/network/requests/" + request + "/accept").then().statusCode(409);
        as(TestUsers.visitor()).get("/api/network/people").then().body("people[0].contact", equalTo("connected"))
                .body("people[0].conversationId", equalTo(conversation));

        // both find it among their conversations, each named after the other; nobody else
        as(TestUsers.visitor()).get("/api/chat/conversations").then().body("find { it.id == " + conversation + " }.boothName",
                equalTo("Maren Decker"));
        as(TestUsers.moderator()).get("/api/chat/conversations").then().body("find { it.id == " + conversation + " }.boothName",
                equalTo("Bea Sucher"));
        as(TestUsers.moderator()).get("/api/chat/conversations/" + conversation).then().statusCode(200);
        as(TestUsers.exhibitorSoest()).get("/api/chat/conversations/" + conversation).then().statusCode(403);
        as(TestUsers.exhibitorSoest()).get("/api/chat/channels/dm:" + conversation + "/messages").then().statusCode(403);
        as(TestUsers.exhibitorSoest()).post("/api/chat/conversations/" + conversation + "/claim").then().statusCode(403);

        // the sender hears of it
        as(TestUsers.visitor()).get("/api/me/notifications").then()
                .body("items.find { it.kind == 'contact.accepted' }.link", equalTo("/gespraeche/" + conversation));
        as(TestUsers.moderator()).get("/api/me/notifications").then()
                .body("items.find { it.kind == 'contact.request' }.subject", equalTo("Bea Sucher"));
    }

    @Test
    void declinedRequestTellsTheSenderOnlyNotAccepted() {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of());
        optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of());
        int request = ask(TestUsers.visitor(), maren);
        as(TestUsers.moderator()).post("/api/network/requests/" + request + "/decline").then().statusCode(200)
                .body("status", equalTo("declined"));
        as(TestUsers.visitor()).get("/api/network/requests").then().body("outgoing[0].status", equalTo("not-accepted"))
                .body("outgoing[0].conversationId", nullValue());
        as(TestUsers.visitor()).get("/api/network/people").then().body("people[0].contact", equalTo("not-accepted"));
        as(TestUsers.visitor()).get("/api/me/notifications").then()
                .body("items.kind", not(hasItem("contact.accepted")));
    }

    @Test
    void blockKeepsTwoPeopleApart() {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of("gesundheit"));
        int bea = optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of("gesundheit"));
        int request = ask(TestUsers.visitor(), maren);
        int conversation = as(TestUsers.moderator()).post("/api/network/requests/" + request + "/accept").then()
                .statusCode(200).extract().path("conversationId");

        int block = as(TestUsers.moderator()).post("/api/network/requests/" + request + "/block").then().statusCode(200)
                .body("name", equalTo("Bea Sucher")).extract().path("id");
        // neither in the other's directory nor suggested, no new request, the conversation closed for good
        as(TestUsers.visitor()).get("/api/network/people").then().body("people", empty());
        as(TestUsers.moderator()).get("/api/network/people").then().body("people", empty());
        as(TestUsers.visitor()).get("/api/network/suggestions").then().body("", empty());
        as(TestUsers.visitor()).body(Map.of("to", maren)).post("/api/network/requests").then().statusCode(404);
        as(TestUsers.visitor()).get("/api/chat/conversations/" + conversation).then().body("status", equalTo("closed"));
        as(TestUsers.visitor()).post("/api/chat/conversations/" + conversation + "/reopen").then().statusCode(403);
        as(TestUsers.visitor()).post("/api/chat/conversations/" + conversation + "/video").then().statusCode(409);
        // a block is the blocker's to lift
        as(TestUsers.visitor()).delete("/api/network/blocks/" + block).then().statusCode(404);
        as(TestUsers.moderator()).get("/api/network/blocks").then().body("id", contains(block));
        as(TestUsers.moderator()).delete("/api/network/blocks/" + block).then().statusCode(204);
        as(TestUsers.visitor()).get("/api/network/people").then().body("people.id", contains(maren));
        as(TestUsers.visitor()).post("/api/chat/conversations/" + conversation + "/reopen").then().statusCode(200);
        // blocking from the directory
        as(TestUsers.visitor()).post("/api/network/people/" + maren + "/block").then().statusCode(200);
        as(TestUsers.moderator()).get("/api/network/people").then().body("people.id", not(hasItem(bea)));
        as(TestUsers.visitor()).post("/api/network/people/" + bea + "/block").then().statusCode(404);
    }

    @Test
    void twoPeopleAskingEachOtherAtOnceGetOneRequest() throws Exception {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of());
        int bea = optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of());
        String beaToken = TestUsers.visitor();
        String marenToken = TestUsers.moderator();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(() -> as(beaToken).body(Map.of("to", maren)).post("/api/network/requests").statusCode());
                calls.add(() -> as(marenToken).body(Map.of("to", bea)).post("/api/network/requests").statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(5, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdownNow();
        }
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM network_request").getSingleResult();
        assertEquals(1, rows.intValue());
    }

    @Test
    void profileRequestsAndBlocksJoinTheExportAndGoWithTheAccount() {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of("gesundheit"));
        optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of());
        int request = ask(TestUsers.visitor(), maren);
        as(TestUsers.moderator()).post("/api/network/requests/" + request + "/decline").then().statusCode(200);
        as(TestUsers.moderator()).post("/api/network/requests/" + request + "/block").then().statusCode(200);
        as(TestUsers.moderator()).get("/api/me/data").then().statusCode(200)
                .body("areas.networking.profile[0].organisation", equalTo("KDN"))
                .body("areas.networking.profile[0].topic_fields", equalTo("gesundheit"))
                .body("areas.networking.requestsReceived[0].status", equalTo("declined"))
                .body("areas.networking.blocked[0].blocked_name", equalTo("Bea Sucher"));
        as(TestUsers.visitor()).get("/api/me/data").then().statusCode(200)
                .body("areas.networking.requestsSent[0].status", equalTo("not-accepted"))
                .body("areas.networking.requestsSent[0].receiver_name", notNullValue());

        Map<String, Integer> erased = QuarkusTransaction.requiringNew().call(() -> personalData.erase(
                new PersonalData.Person("besucher", java.util.Optional.empty(), java.util.Optional.empty()), "geloescht-1"));
        assertEquals(Map.of("network_profile", 1, "network_request", 1, "network_block", 1), erased);
        as(TestUsers.moderator()).get("/api/network/people").then().body("people", empty());
        as(TestUsers.moderator()).get("/api/network/requests").then().body("incoming", empty());
    }
}
