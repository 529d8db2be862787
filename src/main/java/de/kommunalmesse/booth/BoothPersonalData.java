package de.kommunalmesse.booth;

import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.common.Consents;
import de.kommunalmesse.common.PersonalData;
import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * What the booth feature holds about a person: their contact requests and bookmarks, the exhibitor teams
 * they belong to, and their name in the booths' and exhibitors' audit logs, drafts and uploads. Booths are named by id
 * (and name), so the export covers every edition.
 */
@ApplicationScoped
public class BoothPersonalData extends TablePersonalData {

    @Inject
    Consents consents;

    public BoothPersonalData() {
        super("booth");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        String user = person.username();
        String email = person.email().orElse(user);
        return sections()
                .rows("contactRequests", "SELECT r.id, r.booth_id, b.name AS booth_name, r.name,"
                        + " r.email, r.organisation, r.message, r.consent_at, r.status, r.created_at, r.updated_at"
                        + " FROM contact_request r JOIN booth b ON b.id = r.booth_id WHERE r.username = ?1 ORDER BY r.created_at", user)
                .rows("bookmarks", "SELECT k.booth_id, b.name AS booth_name, k.created_at"
                        + " FROM bookmark k JOIN booth b ON b.id = k.booth_id WHERE k.username = ?1 ORDER BY k.created_at", user)
                .rows("exhibitorTeams", "SELECT e.id AS exhibitor_id, e.name AS exhibitor_name,"
                        + " CASE WHEN p.username IS NULL THEN 'lead' ELSE 'staff' END AS role"
                        + " FROM exhibitor_staff s JOIN exhibitor e ON e.id = s.exhibitor_id"
                        + " LEFT JOIN exhibitor_staff_plain p ON p.exhibitor_id = s.exhibitor_id AND p.username = s.username"
                        + " WHERE s.username = ?1 ORDER BY e.name", user)
                .rows("boothChanges", "SELECT booth_id, action, detail, at FROM booth_audit"
                        + " WHERE actor = ?1 ORDER BY at", user)
                .rows("exhibitorStaffChanges", "SELECT exhibitor_id, action, detail, at FROM exhibitor_audit"
                        + " WHERE actor = ?1 OR detail = ?1 OR detail = ?2 ORDER BY at", user, email)
                .rows("uploads", "SELECT id, booth_id, title, file_name, created_at FROM material"
                        + " WHERE uploaded_by = ?1 ORDER BY created_at", user)
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        String email = person.email().orElse(user);
        return changes()
                .delete("contact_request", "username", user)
                .delete("bookmark", "username", user)
                .update("exhibitor_staff", "DELETE FROM exhibitor_staff WHERE username IN (?1, ?2)", user, email)
                .update("exhibitor_staff_plain", "DELETE FROM exhibitor_staff_plain WHERE username IN (?1, ?2)", user, email)
                // Staff changes stay traceable for the organiser, the person in them only as the pseudonym
                .update("exhibitor_audit", "UPDATE exhibitor_audit SET actor = ?2, actor_name = ?3 WHERE actor = ?1", user,
                        pseudonym, PersonalData.DELETED_NAME)
                .update("exhibitor_audit", "UPDATE exhibitor_audit SET detail = ?3 WHERE detail IN (?1, ?2)", user, email,
                        pseudonym)
                // Who changed a booth stays traceable for the exhibitor, but only as the pseudonym
                .pseudonymise("booth_audit", "actor", user, pseudonym)
                .pseudonymise("booth_draft", "updated_by", user, pseudonym)
                .pseudonymise("material", "uploaded_by", user, pseudonym)
                .counts();
    }

    @Override
    public Map<String, Integer> expire(Cutoffs cutoffs) {
        @SuppressWarnings("unchecked")
        List<String> expired = ((List<Number>) em.createNativeQuery("SELECT id FROM contact_request WHERE created_at < ?1")
                .setParameter(1, cutoffs.contactRequests()).getResultList()).stream().map(String::valueOf).toList();
        return changes()
                .update("contact_request", "DELETE FROM contact_request WHERE created_at < ?1", cutoffs.contactRequests())
                // the consent to pass a request on goes with it
                .add("consent_record", consents.forget(ConsentPurpose.CONTACT_REQUEST, expired))
                .update("booth_stat_day", "DELETE FROM booth_stat_day WHERE stat_date < DATE(?1)", cutoffs.statistics())
                .counts();
    }

    /** A withdrawn consent to a contact request takes the request out of the booth's inbox. */
    void consentWithdrawn(@Observes Consents.Withdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.CONTACT_REQUEST && withdrawn.subject() != null) {
            PersonalData.update(em, "DELETE FROM contact_request WHERE id = ?1 AND username = ?2",
                    Long.parseLong(withdrawn.subject()), withdrawn.username());
        }
    }
}
