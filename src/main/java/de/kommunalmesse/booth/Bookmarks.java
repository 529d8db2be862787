package de.kommunalmesse.booth;

import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.HallViews.BookmarkView;
import de.kommunalmesse.booth.BoothViews.BoothCard;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** "Merken": a user's bookmarked booths, listed on their personal page. */
@ApplicationScoped
@Transactional
public class Bookmarks {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    BoothService booths;

    @Inject
    FairService fair;

    public void add(EditionRef edition, String slug) {
        Booth booth = booths.published(edition, slug);
        em.createNativeQuery("INSERT IGNORE INTO bookmark (username, booth_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, caller.username()).setParameter(2, booth.id)
                .setParameter(3, Instant.now()).executeUpdate();
    }

    public void remove(EditionRef edition, String slug) {
        em.createNativeQuery("DELETE k FROM bookmark k JOIN booth b ON b.id = k.booth_id WHERE k.username = ?1 AND b.slug = ?2"
                + " AND b.edition_id = ?3")
                .setParameter(1, caller.username()).setParameter(2, slug).setParameter(3, edition.id()).executeUpdate();
    }

    /** The user's bookmarks of published booths, newest first. */
    @SuppressWarnings("unchecked")
    public List<BookmarkView> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT k.booth_id, k.created_at FROM bookmark k JOIN booth b ON b.id = k.booth_id "
                + "WHERE k.username = ?1 AND b.status = 'PUBLISHED' ORDER BY k.created_at DESC")
                .setParameter(1, caller.username()).getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        // cards() keeps the order of the ids, and every id is a published booth within this transaction
        List<BoothCard> cards = booths.cards(ids, fair.topicFields());
        List<BookmarkView> bookmarks = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            bookmarks.add(new BookmarkView(cards.get(i), SqlValues.instant(rows.get(i)[1])));
        }
        return bookmarks;
    }

    static boolean exists(EntityManager em, String username, long boothId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM bookmark WHERE username = ?1 AND booth_id = ?2")
                .setParameter(1, username).setParameter(2, boothId).getSingleResult()).longValue() > 0;
    }
}
