package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What the chat holds about a person: their messages, conversations with booth teams, read pointers,
 * the reports they filed, sanctions and moderation entries about them or by them. An erased account's
 * messages stay in the history as {@value PersonalData#DELETED_NAME}; the moderation log keeps its entries
 * under the pseudonym. Private conversations expire with the retention deadline.
 */
@ApplicationScoped
public class ChatPersonalData extends TablePersonalData {

    public ChatPersonalData() {
        super("chat");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        return sections()
                .rows("messages", "SELECT channel_id, seq, author_name, body, created_at, edited_at,"
                        + " deleted_at FROM chat_message WHERE author = ?1 ORDER BY created_at, id", user)
                .rows("conversations", "SELECT id, booth_name, exhibitor_name, visitor_name, status,"
                        + " handler_name, peer_name, created_at, updated_at FROM chat_conversation"
                        + " WHERE visitor = ?1 OR handler = ?1 OR peer = ?1"
                        + " ORDER BY created_at", user)
                .rows("readPointers", "SELECT channel_id, last_read_seq, updated_at FROM chat_read_pointer"
                        + " WHERE username = ?1 ORDER BY channel_id", user)
                .rows("reportsFiled", "SELECT channel_id, message_seq, message_text, reason, status,"
                        + " created_at, handled_at, note FROM chat_report WHERE reporter = ?1 ORDER BY created_at", user)
                .rows("sanctions", "SELECT kind, channel_id, reason, created_at, expires_at, lifted_at"
                        + " FROM chat_sanction WHERE username = ?1 ORDER BY created_at", user)
                .rows("moderationLog", "SELECT action, channel_id, target_user, message_seq, detail,"
                        + " created_at FROM chat_moderation_log WHERE actor = ?1 OR target_user = ?1 ORDER BY created_at", user)
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        String gone = DELETED_NAME;
        Changes changes = changes()
                .update("chat_message", "UPDATE chat_message SET author = ?2, author_name = ?3 WHERE author = ?1", user, pseudonym, gone)
                // The messages stay; where the person wrote their own name or address, it goes
                .scrub("chat_message", "body", person, pseudonym, "author")
                .delete("chat_read_pointer", "username", user)
                .delete("chat_presence", "username", user)
                .update("chat_conversation", "UPDATE chat_conversation SET visitor = ?2, visitor_name = ?3 WHERE visitor = ?1",
                        user, pseudonym, gone)
                .update("chat_conversation", "UPDATE chat_conversation SET handler = ?2, handler_name = ?3 WHERE handler = ?1",
                        user, pseudonym, gone)
                // Between two visitors the one who accepted is named where a booth conversation names the booth
                .update("chat_conversation", "UPDATE chat_conversation SET peer = ?2, peer_name = ?3, booth_name = ?3,"
                        + " exhibitor_name = ?3 WHERE peer = ?1", user, pseudonym, gone)
                .update("chat_sanction", "UPDATE chat_sanction SET username = ?2, user_name = ?3 WHERE username = ?1",
                        user, pseudonym, gone)
                .update("chat_sanction", "UPDATE chat_sanction SET created_by = ?2, created_by_name = ?3 WHERE created_by = ?1",
                        user, pseudonym, gone)
                .pseudonymise("chat_sanction", "lifted_by", user, pseudonym)
                .scrub("chat_sanction", "reason", person, pseudonym, null)
                .pseudonymise("chat_report", "reporter", user, pseudonym)
                .pseudonymise("chat_report", "message_author", user, pseudonym)
                .pseudonymise("chat_report", "handled_by", user, pseudonym);
        for (String column : List.of("message_text", "reason", "note")) {
            changes.scrub("chat_report", column, person, pseudonym, null);
        }
        return changes
                .pseudonymise("chat_moderation_log", "actor", user, pseudonym)
                .pseudonymise("chat_moderation_log", "target_user", user, pseudonym)
                .scrub("chat_moderation_log", "detail", person, pseudonym, null)
                .counts();
    }

    /** Private conversations without activity since the cutoff go with their messages, reports and read pointers. */
    @Override
    public Map<String, Integer> expire(Cutoffs cutoffs) {
        String expired = "SELECT CONCAT('dm:', id) FROM chat_conversation WHERE updated_at < ?1";
        return changes()
                .update("chat_report", "DELETE FROM chat_report WHERE channel_id IN (" + expired + ")", cutoffs.conversations())
                .update("chat_message", "DELETE FROM chat_message WHERE channel_id IN (" + expired + ")", cutoffs.conversations())
                .update("chat_channel", "DELETE FROM chat_channel WHERE id IN (" + expired + ")", cutoffs.conversations())
                .update("chat_conversation", "DELETE FROM chat_conversation WHERE updated_at < ?1", cutoffs.conversations())
                .counts();
    }
}
