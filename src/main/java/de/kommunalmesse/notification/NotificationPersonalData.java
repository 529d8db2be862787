package de.kommunalmesse.notification;

import de.kommunalmesse.common.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person's notifications, e-mail preferences and what the centre knows to reach them: exported, and deleted with the account. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Override
    public String area() {
        return "notifications";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        data.put("notifications", PersonalData.rows(em, "SELECT id, kind, subject, detail, at, link, repeats, created_at,"
                + " read_at, mailed_at FROM notification WHERE username = ?1 ORDER BY created_at", person.username()));
        data.put("recipient", PersonalData.rows(em, "SELECT email, language, admin, seen_at FROM notification_recipient"
                + " WHERE username = ?1", person.username()));
        data.put("preferences", PersonalData.rows(em, "SELECT topic, delivery, updated_at FROM notification_preference"
                + " WHERE username = ?1 ORDER BY topic", person.username()));
        return data;
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        Map<String, Integer> done = new LinkedHashMap<>();
        PersonalData.count(done, "notification", PersonalData.update(em, "DELETE FROM notification WHERE username = ?1",
                person.username()));
        // Others' notifications may name the person (who wrote in a conversation, who asked the support team)
        PersonalData.count(done, "notification", PersonalData.scrub(em, "notification", "subject", person, pseudonym)
                + PersonalData.scrub(em, "notification", "detail", person, pseudonym));
        PersonalData.count(done, "notification_preference", PersonalData.update(em,
                "DELETE FROM notification_preference WHERE username = ?1", person.username()));
        PersonalData.count(done, "notification_recipient", PersonalData.update(em,
                "DELETE FROM notification_recipient WHERE username = ?1", person.username()));
        return done;
    }
}
