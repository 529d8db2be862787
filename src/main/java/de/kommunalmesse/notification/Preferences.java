package de.kommunalmesse.notification;

import de.kommunalmesse.common.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How each user wants each topic: a row only where it differs from "in the app only". */
@ApplicationScoped
@Transactional
class Preferences {

    @Inject
    EntityManager em;

    Map<Topic, Delivery> of(String username) {
        Map<Topic, Delivery> chosen = new EnumMap<>(Topic.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT topic, delivery FROM notification_preference WHERE username = ?1")
                .setParameter(1, username).getResultList();
        for (Object[] row : rows) {
            Topic.byCode((String) row[0]).ifPresent(t -> Delivery.byCode((String) row[1]).ifPresent(d -> chosen.put(t, d)));
        }
        return chosen;
    }

    Delivery delivery(String username, Topic topic) {
        return of(username).getOrDefault(topic, Delivery.APP);
    }

    void set(String username, Topic topic, Delivery delivery) {
        if (delivery == Delivery.APP) {
            PersonalData.update(em, "DELETE FROM notification_preference WHERE username = ?1 AND topic = ?2", username,
                    topic.code());
            return;
        }
        PersonalData.update(em, "INSERT INTO notification_preference (username, topic, delivery, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery), updated_at = VALUES(updated_at)",
                username, topic.code(), delivery.code(), Instant.now());
    }

    /** The one-click unsubscribe: no more e-mail of any topic; what was off stays off. */
    int stopMails(String username) {
        return PersonalData.update(em, "DELETE FROM notification_preference WHERE username = ?1"
                + " AND delivery IN ('immediate', 'digest')", username);
    }

    /** The users who want at least one topic in the daily digest, with those topics. */
    Map<String, List<Topic>> digestReaders() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, topic FROM notification_preference"
                + " WHERE delivery = 'digest' ORDER BY username").getResultList();
        Map<String, List<Topic>> readers = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            Topic.byCode((String) row[1]).ifPresent(
                    t -> readers.computeIfAbsent((String) row[0], u -> new java.util.ArrayList<>()).add(t));
        }
        return readers;
    }
}
