package de.kommunalmesse.meeting;

import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What the meetings hold about a person: the meetings they booked as a visitor, and the times they published
 * as a booth's expert. Erasing deletes their bookings; published times stay for the booth under the pseudonym.
 */
@ApplicationScoped
public class MeetingPersonalData extends TablePersonalData {

    public MeetingPersonalData() {
        super("meetings");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        return sections()
                .rows("meetings", "SELECT m.id, m.booth_id, b.name AS booth_name, s.starts_at, s.ends_at,"
                        + " m.topic, m.questions, m.status, m.visitor_name, m.visitor_email, m.video_url, m.cancel_reason,"
                        + " m.created_at, m.updated_at FROM meeting m JOIN meeting_slot s ON s.id = m.slot_id"
                        + " JOIN booth b ON b.id = m.booth_id WHERE m.visitor_username = ?1 ORDER BY s.starts_at", user)
                .rows("publishedTimes", "SELECT a.id, a.booth_id, b.name AS booth_name, a.expert_name,"
                        + " a.organizer_name, a.organizer_email, a.starts_at, a.ends_at, a.slot_minutes, a.video_link, a.created_at"
                        + " FROM meeting_availability a JOIN booth b ON b.id = a.booth_id WHERE a.organizer_username = ?1"
                        + " ORDER BY a.starts_at", user)
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        return changes()
                .delete("meeting", "visitor_username", user)
                .update("meeting_availability", "UPDATE meeting_availability SET organizer_username = ?2,"
                        + " organizer_name = ?3, organizer_email = NULL WHERE organizer_username = ?1", user, pseudonym, DELETED_NAME)
                .counts();
    }
}
