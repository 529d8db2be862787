package de.kommunalmesse.feedback;

import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What talk feedback and attendance hold about a person: their ratings and comments, the seconds they
 * followed talks live, and the certificates of attendance issued to them. Erasing deletes all three; a
 * deleted certificate's code then verifies as unknown.
 */
@ApplicationScoped
public class FeedbackPersonalData extends TablePersonalData {

    public FeedbackPersonalData() {
        super("feedback");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        return sections()
                .rows("talkRatings", "SELECT f.id, f.talk_id, t.title AS talk_title, f.stars, f.comment,"
                        + " f.comment_hidden_at, f.display_name, f.created_at, f.updated_at FROM talk_feedback f"
                        + " JOIN talk t ON t.id = f.talk_id WHERE f.username = ?1 ORDER BY f.created_at", user)
                .rows("talkAttendance", "SELECT a.talk_id, t.title AS talk_title, a.first_seen_at,"
                        + " a.last_seen_at, a.attended_seconds, a.display_name FROM talk_attendance a JOIN talk t ON t.id = a.talk_id"
                        + " WHERE a.username = ?1 ORDER BY a.first_seen_at", user)
                .rows("attendanceCertificates", "SELECT c.code, e.slug AS edition, c.printed_name,"
                        + " c.total_seconds, c.talk_count, c.issued_at, c.revoked_at FROM attendance_certificate c"
                        + " JOIN edition e ON e.id = c.edition_id WHERE c.username = ?1 ORDER BY c.issued_at", user)
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        return changes()
                .delete("talk_feedback", "username", user)
                .delete("talk_attendance", "username", user)
                .delete("attendance_certificate", "username", user)
                .counts();
    }
}
