package de.kommunalmesse.testsupport;

import static de.kommunalmesse.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** Profiles and contact requests between the demo visitors, for the networking tests. */
public final class NetworkData {

    private NetworkData() {
    }

    /** The demo visitors are the same in every test: a test starts without profiles, requests, blocks and their traces. */
    public static void clean(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("network_request", "network_block", "network_profile")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM chat_conversation WHERE booth_slug LIKE 'kontakt/%'").executeUpdate();
            em.createNativeQuery("DELETE FROM notification WHERE kind LIKE 'contact.%'").executeUpdate();
        });
    }

    public static Map<String, Object> profile(String organisation, String type, String region, List<String> topics) {
        return Map.of("organisation", organisation, "organisationType", type, "hostRegion", region, "region",
                "Nordrhein-Westfalen", "role", "Digitalisierung", "topicFields", topics, "about", "Wir suchen Austausch.");
    }

    /** Opts the user in; returns their profile's id. */
    public static int optIn(String token, String organisation, String region, List<String> topics) {
        return as(token).body(profile(organisation, "kommune", region, topics)).put("/api/network/profile").then()
                .statusCode(200).body("findable", equalTo(true)).extract().path("profile.id");
    }

    /** Asks the profile for contact; returns the request's id. */
    public static int ask(String token, int to) {
        return as(token).body(Map.of("to", to, "message", "Guten Tag!")).post("/api/network/requests").then()
                .statusCode(201).body("status", equalTo("pending")).extract().path("id");
    }

    /** Bea asks Maren, Maren accepts: returns the id of their conversation. */
    public static int connectBeaAndMaren() {
        int maren = optIn(TestUsers.moderator(), "KDN", "soest", List.of());
        optIn(TestUsers.visitor(), "Stadt Musterhausen", "soest", List.of());
        int request = ask(TestUsers.visitor(), maren);
        return as(TestUsers.moderator()).post("/api/network/requests/" + request + "/accept").then().statusCode(200)
                .extract().path("conversationId");
    }
}
