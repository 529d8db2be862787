package de.kommunalmesse.network;

import de.kommunalmesse.common.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What networking holds about a person: their profile, the contact requests they sent or received and the people
 * they blocked. Erasing deletes all of it, the other side's copy of a request included (a request is about both);
 * blocks others placed on the person go too, since the username they name is gone. The conversations requests
 * opened belong to the chat's data.
 */
@ApplicationScoped
public class NetworkPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String area() {
        return "networking";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        data.put("profile", PersonalData.rows(em, "SELECT p.display_name, p.organisation, p.organisation_type, p.host_region,"
                + " p.region_text, p.role, p.about, (SELECT GROUP_CONCAT(t.topic_field ORDER BY t.topic_field)"
                + " FROM network_profile_topic t WHERE t.profile_id = p.id) AS topic_fields, p.created_at, p.updated_at"
                + " FROM network_profile p WHERE p.username = ?1", user));
        // The sender does not learn that a request was declined, not even from the export
        data.put("requestsSent", PersonalData.rows(em, "SELECT id, receiver_name, message,"
                + " CASE WHEN status = 'declined' THEN 'not-accepted' ELSE status END AS status, created_at"
                + " FROM network_request WHERE sender = ?1 ORDER BY created_at", user));
        data.put("requestsReceived", PersonalData.rows(em, "SELECT id, sender_name, message, status, created_at, answered_at"
                + " FROM network_request WHERE receiver = ?1 ORDER BY created_at", user));
        data.put("blocked", PersonalData.rows(em, "SELECT blocked_name, created_at FROM network_block WHERE blocker = ?1"
                + " ORDER BY created_at", user));
        return data;
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        return new PersonalData.Changes(em)
                .delete("network_profile", "username", user)
                .update("network_request", "DELETE FROM network_request WHERE sender = ?1 OR receiver = ?1", user)
                .update("network_block", "DELETE FROM network_block WHERE blocker = ?1 OR blocked = ?1", user)
                .counts();
    }
}
