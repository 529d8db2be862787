package de.kommunalmesse.notification;

import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** A person's notifications, e-mail preferences and what the centre knows to reach them: exported, and deleted with the account. */
@ApplicationScoped
public class NotificationPersonalData extends TablePersonalData {

    public NotificationPersonalData() {
        super("notifications");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        return sections()
                .rows("notifications", "SELECT id, kind, subject, detail, at, link, repeats, created_at,"
                        + " read_at, mailed_at FROM notification WHERE username = ?1 ORDER BY created_at", person.username())
                .rows("recipient", "SELECT email, language, admin, seen_at FROM notification_recipient"
                        + " WHERE username = ?1", person.username())
                .rows("preferences", "SELECT topic, delivery, updated_at FROM notification_preference"
                        + " WHERE username = ?1 ORDER BY topic", person.username())
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        return changes()
                .delete("notification", "username", person.username())
                // Others' notifications may name the person (who wrote in a conversation, who asked the support team)
                .scrub("notification", "subject", person, pseudonym, null)
                .scrub("notification", "detail", person, pseudonym, null)
                .delete("notification_preference", "username", person.username())
                .delete("notification_recipient", "username", person.username())
                .counts();
    }
}
