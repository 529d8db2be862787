package de.kommunalmesse.booth;

import de.kommunalmesse.common.ConsentPurpose;
import de.kommunalmesse.common.Consents;
import de.kommunalmesse.common.TablePersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;

/**
 * What reuse requests hold about a person: the requests they sent (name, e-mail, questions) and, for staff,
 * their name in the requests' history and as assignee. An erased requester's requests keep the organisation's
 * facts and a confirmed adoption, which belong to the organisation, but lose everything about the person.
 */
@ApplicationScoped
public class ReusePersonalData extends TablePersonalData {

    @Inject
    ReuseRequests requests;

    public ReusePersonalData() {
        super("reuse");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        return sections()
                .rows("reuseRequests", "SELECT r.id, r.booth_id, b.name AS booth_name, r.service_name,"
                        + " r.requester_name, r.requester_email, r.organisation, r.organisation_type, r.ags, r.inhabitants,"
                        + " r.time_frame, r.questions, r.consent_at, r.status, r.confirmed_at, r.adoption_year, r.created_at,"
                        + " r.updated_at FROM reuse_request r JOIN booth b ON b.id = r.booth_id WHERE r.requester = ?1"
                        + " ORDER BY r.created_at", person.username())
                .rows("reuseRequestsAssigned", "SELECT id, booth_id, service_name, status, next_date"
                        + " FROM reuse_request WHERE assignee = ?1 ORDER BY created_at", person.username())
                .data();
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        String user = person.username();
        Changes changes = changes()
                .update("reuse_request", "UPDATE reuse_request SET requester = NULL, requester_name = NULL,"
                        + " requester_email = NULL, questions = NULL, time_frame = NULL, consent_at = NULL"
                        + " WHERE requester = ?1", user)
                .pseudonymise("reuse_request", "assignee", user, pseudonym);
        person.name().ifPresent(name -> changes.update("reuse_request_event",
                "UPDATE reuse_request_event SET actor = ?2 WHERE actor = ?1", name, DELETED_NAME));
        return changes.counts();
    }

    /** A withdrawn consent to pass a reuse request on withdraws the request. */
    void consentWithdrawn(@Observes Consents.Withdrawn withdrawn) {
        if (withdrawn.purpose() != ConsentPurpose.REUSE_REQUEST || withdrawn.subject() == null) {
            return;
        }
        ReuseRequest.<ReuseRequest>find("id = ?1 and requester = ?2", Long.parseLong(withdrawn.subject()),
                withdrawn.username()).firstResultOptional().ifPresent(requests::removePersonalData);
    }
}
