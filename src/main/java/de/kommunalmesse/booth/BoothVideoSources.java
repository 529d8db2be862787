package de.kommunalmesse.booth;

import de.kommunalmesse.common.ExternalSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where booth pages load video from: the hosts of the published booths' videos (fetched by hls.js, so also
 * connect-src) and of their captions addresses. Paths of this site need nothing; working copies add nothing,
 * so an editor's address reaches the policy only once an admin approved it.
 */
@ApplicationScoped
public class BoothVideoSources implements ExternalSources {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public Origins origins() {
        Set<String> connect = new TreeSet<>();
        Set<String> media = new TreeSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT video_url, video_captions_url FROM booth"
                + " WHERE status = 'PUBLISHED' AND (video_url LIKE 'https://%' OR video_captions_url LIKE 'https://%')")
                .getResultList();
        for (Object[] row : rows) {
            ExternalSources.addVideo((String) row[0], (String) row[1], connect, media);
        }
        return new Origins(connect, media, Set.of());
    }
}
