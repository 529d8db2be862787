package de.kommunalmesse.accessibility;

import de.kommunalmesse.common.TablePersonalData;
import de.kommunalmesse.common.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What the accessibility feature holds about a person. "Barriere melden" needs no login, so a report is
 * theirs when it carries their e-mail address as its contact; admins appear as assignee and sender of
 * answers. Answered and closed reports expire with the retention deadline, their attachments with them.
 */
@ApplicationScoped
public class AccessibilityPersonalData extends TablePersonalData {

    private static final Logger LOG = Logger.getLogger(AccessibilityPersonalData.class);

    @Inject
    Uploads uploads;

    public AccessibilityPersonalData() {
        super("accessibility");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        Export export = sections();
        // Reports and answers are found by the contact address only: without one there are none
        person.email().ifPresentOrElse(email -> export
                .rows("barrierReports", "SELECT id, description, location, contact_email, file_name, status, created_at,"
                        + " due_at, updated_at FROM accessibility_report WHERE contact_email = ?1 ORDER BY created_at", email)
                .rows("answersReceived", "SELECT report_id, message, sent_at FROM accessibility_reply"
                        + " WHERE mailed_to = ?1 ORDER BY sent_at", email),
                () -> export.add("barrierReports", List.of()).add("answersReceived", List.of()));
        return export
                .rows("reportsAssigned", "SELECT id, status, due_at FROM accessibility_report"
                        + " WHERE assignee = ?1 ORDER BY created_at", person.username())
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        Changes changes = changes();
        person.email().ifPresent(email -> changes
                // The report itself describes a barrier of the platform and stays; only the way to reach them goes
                .update("accessibility_report", "UPDATE accessibility_report SET contact_email = NULL WHERE contact_email = ?1", email)
                .update("accessibility_reply", "UPDATE accessibility_reply SET mailed_to = NULL WHERE mailed_to = ?1", email));
        return changes
                .pseudonymise("accessibility_report", "assignee", user, pseudonym)
                .pseudonymise("accessibility_reply", "sent_by", user, pseudonym)
                .pseudonymise("accessibility_statement", "updated_by", user, pseudonym)
                .pseudonymise("accessibility_sign_video", "updated_by", user, pseudonym)
                .counts();
    }

    @Override
    public Map<String, Integer> expire(Cutoffs cutoffs) {
        String expired = " FROM accessibility_report WHERE status IN ('" + ReportStatus.ANSWERED.code() + "', '"
                + ReportStatus.CLOSED.code() + "') AND updated_at < ?1";
        @SuppressWarnings("unchecked")
        List<String> files = em.createNativeQuery("SELECT storage_key" + expired + " AND storage_key IS NOT NULL")
                .setParameter(1, cutoffs.accessibilityReports()).getResultList();
        Changes changes = changes().update("accessibility_report", "DELETE" + expired, cutoffs.accessibilityReports());
        for (String key : files) {
            try {
                uploads.delete(key);
            } catch (IOException e) {
                // The row is gone, so nothing links to the file any more; the operator sees the leftover
                LOG.warnf(e, "Attachment %s of an expired barrier report could not be deleted", key);
            }
        }
        return changes.counts();
    }
}
