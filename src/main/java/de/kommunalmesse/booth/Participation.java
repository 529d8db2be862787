package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.ExhibitorRef;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Which exhibitors take part in which edition. Exhibitors and their staff are shared by all editions; an
 * exhibitor creates or carries over booths only in the editions it takes part in (admins invite it).
 */
@ApplicationScoped
@Transactional
public class Participation {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BoothAccess access;

    /** Whether the exhibitor takes part in the edition. */
    public boolean takesPart(EditionRef edition, Exhibitor exhibitor) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM edition_exhibitor WHERE edition_id = ?1 AND exhibitor_id = ?2")
                .setParameter(1, edition.id()).setParameter(2, exhibitor.id).getSingleResult()).longValue() > 0;
    }

    /** 409 unless the exhibitor takes part in the edition. */
    void require(EditionRef edition, Exhibitor exhibitor) {
        if (!takesPart(edition, exhibitor)) {
            throw ProblemException.conflict("conflict.notTakingPart", exhibitor.name, edition.title());
        }
    }

    /** The exhibitors taking part in an edition, by name (admins). */
    public List<ExhibitorRef> exhibitors(EditionRef edition) {
        access.requireAdmin();
        List<Long> ids = ((List<?>) em.createNativeQuery("SELECT exhibitor_id FROM edition_exhibitor WHERE edition_id = ?1")
                .setParameter(1, edition.id()).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : Exhibitor.<Exhibitor>find("id in ?1 order by name", ids).stream()
                .map(e -> new ExhibitorRef(e.slug, e.name, e.type)).toList();
    }

    /** Invites an exhibitor into an edition (admins); inviting twice changes nothing. */
    public List<ExhibitorRef> invite(EditionRef edition, String exhibitorSlug) {
        access.requireAdmin();
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", exhibitorSlug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", exhibitorSlug));
        em.createNativeQuery("INSERT IGNORE INTO edition_exhibitor (edition_id, exhibitor_id, invited_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, edition.id()).setParameter(2, exhibitor.id).setParameter(3, Instant.now(clock))
                .executeUpdate();
        return exhibitors(edition);
    }

    /** Takes an exhibitor out of an edition (admins); 409 while it has booths there. */
    public List<ExhibitorRef> remove(EditionRef edition, String exhibitorSlug) {
        access.requireAdmin();
        Exhibitor exhibitor = Exhibitor.<Exhibitor>find("slug", exhibitorSlug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("notFound.exhibitor", exhibitorSlug));
        if (Booth.count("editionId = ?1 and exhibitor = ?2", edition.id(), exhibitor) > 0) {
            throw ProblemException.conflict("conflict.exhibitorHasBooths", exhibitor.name, edition.title());
        }
        em.createNativeQuery("DELETE FROM edition_exhibitor WHERE edition_id = ?1 AND exhibitor_id = ?2")
                .setParameter(1, edition.id()).setParameter(2, exhibitor.id).executeUpdate();
        return exhibitors(edition);
    }
}
