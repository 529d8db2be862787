package de.kommunalmesse.stage;

import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What the stage feature holds about a person: their agenda and its calendar feed, their Q&A questions
 * and votes, their poll votes, the talk materials and captions they uploaded and their decisions to publish without
 * captions. Talks are named by id and title.
 */
@ApplicationScoped
public class StagePersonalData extends TablePersonalData {

    public StagePersonalData() {
        super("stage");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        return sections()
                .rows("agenda", "SELECT a.talk_id, t.title AS talk_title, t.starts_at, a.created_at"
                        + " FROM agenda_entry a JOIN talk t ON t.id = a.talk_id WHERE a.username = ?1 ORDER BY t.starts_at", user)
                .rows("calendarFeed", "SELECT created_at FROM agenda_feed WHERE username = ?1", user)
                .rows("questions", "SELECT q.id, q.talk_id, t.title AS talk_title, q.author_name,"
                        + " q.anonymous, q.text, q.status, q.answer, q.created_at FROM question q JOIN talk t ON t.id = q.talk_id"
                        + " WHERE q.username = ?1 ORDER BY q.created_at", user)
                .rows("questionVotes", "SELECT question_id FROM question_vote WHERE username = ?1"
                        + " ORDER BY question_id", user)
                .rows("pollVotes", "SELECT v.poll_id, p.question, o.text AS option_text"
                        + " FROM poll_vote v JOIN poll p ON p.id = v.poll_id JOIN poll_option o ON o.id = v.option_id"
                        + " WHERE v.username = ?1 ORDER BY v.poll_id, o.position", user)
                .rows("talkUploads", "SELECT id, talk_id, title, file_name, created_at FROM talk_material"
                        + " WHERE uploaded_by = ?1 ORDER BY created_at", user)
                .rows("captionsEdited", "SELECT c.talk_id, t.title AS talk_title, c.cue_count, c.updated_at"
                        + " FROM talk_captions c JOIN talk t ON t.id = c.talk_id WHERE c.updated_by = ?1 ORDER BY c.updated_at", user)
                .rows("captionsDecisions", "SELECT 'talk' AS kind, title AS name, captions_waiver_reason,"
                        + " captions_waived_at FROM talk WHERE captions_waived_by = ?1 UNION ALL SELECT 'stage', name,"
                        + " captions_waiver_reason, captions_waived_at FROM stage WHERE captions_waived_by = ?1", user)
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        return changes()
                .delete("agenda_entry", "username", user)
                .delete("agenda_feed", "username", user)
                // Questions stay in a talk's Q&A and FAQ, votes in its counts and results: without the name
                .update("question", "UPDATE question SET username = ?2, author_name = ?3, anonymous = TRUE WHERE username = ?1",
                        user, pseudonym, DELETED_NAME)
                .scrub("question", "text", person, pseudonym, "username")
                .pseudonymise("question_vote", "username", user, pseudonym)
                .pseudonymise("poll_vote", "username", user, pseudonym)
                .pseudonymise("talk_material", "uploaded_by", user, pseudonym)
                // Captions and admin decisions stay (the decision must be traceable): without the name
                .pseudonymise("talk_captions", "updated_by", user, pseudonym)
                .pseudonymise("talk", "captions_waived_by", user, pseudonym)
                .pseudonymise("stage", "captions_waived_by", user, pseudonym)
                .counts();
    }
}
