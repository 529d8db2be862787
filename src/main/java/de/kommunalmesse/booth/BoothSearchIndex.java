package de.kommunalmesse.booth;

import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.TopicFieldView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The search documents of the hall: one text per published booth (exhibitor, booth, tags, topic fields,
 * services; German and English texts), stored with the booth; {@link HallIndex} searches them in memory.
 */
@ApplicationScoped
public class BoothSearchIndex {

    @Inject
    EntityManager em;

    @Inject
    FairService fair;

    /** Writes the search document of a published booth. */
    @Transactional
    public void index(Booth booth) {
        Map<String, TopicFieldView> topics = fair.topicFields();
        List<String> parts = new ArrayList<>();
        parts.add(booth.exhibitor.name);
        parts.add(booth.name);
        parts.add(booth.tagline);
        parts.add(booth.description);
        // English texts too, so that the hall finds English words in either language (issue 15.4)
        parts.add(booth.nameEn);
        parts.add(booth.taglineEn);
        parts.add(booth.descriptionEn);
        parts.addAll(booth.tags);
        booth.topicFieldCodes.stream().map(topics::get).filter(Objects::nonNull).map(TopicFieldView::name).forEach(parts::add);
        for (ReuseOffer offer : booth.services) {
            parts.add(offer.name);
            parts.add(offer.summary);
            parts.add(offer.nameEn);
            parts.add(offer.summaryEn);
            parts.add(offer.technology);
            parts.add(offer.licence);
            parts.add(offer.adopters);
        }
        String doc = String.join("\n", parts.stream().filter(Objects::nonNull).toList());
        em.createNativeQuery("INSERT INTO booth_search (booth_id, doc) VALUES (?1, ?2) "
                + "ON DUPLICATE KEY UPDATE doc = VALUES(doc)")
                .setParameter(1, booth.id).setParameter(2, doc).executeUpdate();
    }
}
