package de.kommunalmesse.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Consent records: what a user agreed to, when, and to which version of the text (DSGVO Art. 7 (1):
 * the operator must be able to show the consent). Features record a consent where they ask for it;
 * withdrawing one is announced as {@link Withdrawn} to the feature that acts on it.
 */
@ApplicationScoped
@Transactional
public class Consents implements PersonalData {

    /** One consent as its owner sees it. */
    @Schema(name = "Consent")
    public record ConsentView(
            @Schema(examples = "17") long id,
            @Schema(examples = "einbettung") ConsentPurpose purpose,
            @Schema(examples = "youtube", description = "What the consent is about: an embed provider, a contact request's id") String subject,
            @Schema(examples = "2026-12-07") String textVersion,
            Instant givenAt,
            @Schema(description = "When it was withdrawn; absent while it holds") Instant withdrawnAt) {
    }

    /** Fired inside the transaction that withdraws a consent, so the feature concerned can stop using the data. */
    public record Withdrawn(String username, ConsentPurpose purpose, String subject) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Withdrawn> withdrawn;

    /** Records a consent given now to the current text of the purpose; returns its id. */
    public long record(String username, ConsentPurpose purpose, String subject) {
        return give(username, purpose, subject, purpose.textVersion()).id();
    }

    /**
     * Records a consent to the text the user saw; 409 when that is not the current text (the page was
     * loaded before the wording changed).
     */
    public ConsentView give(String username, ConsentPurpose purpose, String subject, String textVersion) {
        if (!purpose.textVersion().equals(textVersion)) {
            throw ProblemException.conflict("conflict.consentText", purpose.textVersion());
        }
        Instant now = clock.instant();
        PersonalData.update(em, "INSERT INTO consent_record (username, purpose, subject, text_version, given_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)", username, purpose.code(), subject, textVersion, now);
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return new ConsentView(id, purpose, subject, textVersion, now, null);
    }

    /** The user's consents, newest first, withdrawn ones included. */
    public List<ConsentView> of(String username) {
        return PersonalData.rows(em, "SELECT id, purpose, subject, text_version, given_at, withdrawn_at"
                + " FROM consent_record WHERE username = ?1 ORDER BY given_at DESC, id DESC", username).stream()
                .map(Consents::view).toList();
    }

    /** Withdraws one of the user's consents (404 for another user's); withdrawing twice changes nothing. */
    public ConsentView withdraw(String username, long id) {
        ConsentView consent = of(username).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("notFound.consent", id));
        if (consent.withdrawnAt() != null) {
            return consent;
        }
        Instant now = clock.instant();
        PersonalData.update(em, "UPDATE consent_record SET withdrawn_at = ?1 WHERE id = ?2", now, id);
        withdrawn.fire(new Withdrawn(username, consent.purpose(), consent.subject()));
        return new ConsentView(consent.id(), consent.purpose(), consent.subject(), consent.textVersion(),
                consent.givenAt(), now);
    }

    @Override
    public String area() {
        return "consents";
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Person person) {
        return Map.of("consents", PersonalData.rows(em, "SELECT id, purpose, subject, text_version, given_at,"
                + " withdrawn_at FROM consent_record WHERE username = ?1 ORDER BY given_at, id", person.username()));
    }

    @Override
    public Map<String, Integer> erase(Person person, String pseudonym) {
        // A consent proves a lawful basis only while the data it covers exists; with the account it goes.
        return Map.of("consent_record",
                PersonalData.update(em, "DELETE FROM consent_record WHERE username = ?1", person.username()));
    }

    /**
     * Deletes the consents given for these subjects, when the records they covered are deleted (expired
     * contact requests); returns how many.
     */
    public int forget(ConsentPurpose purpose, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM consent_record WHERE purpose = ?1 AND subject IN (?2)")
                .setParameter(1, purpose.code()).setParameter(2, subjects).executeUpdate();
    }

    private static ConsentView view(Map<String, Object> row) {
        return new ConsentView(((Number) row.get("id")).longValue(),
                ConsentPurpose.fromCode((String) row.get("purpose")), (String) row.get("subject"),
                (String) row.get("text_version"), (Instant) row.get("given_at"),
                (Instant) row.get("withdrawn_at"));
    }
}
