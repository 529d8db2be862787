package de.kommunalmesse.stage;

import de.kommunalmesse.common.ExternalSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the stage pages load video from: the HLS streams and captions (fetched by hls.js and the video
 * element), the embeds an admin set (frames) and the talks' recordings. Nothing else may be framed.
 */
@ApplicationScoped
public class StreamSources implements ExternalSources {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public Origins origins() {
        Set<String> connect = new TreeSet<>();
        Set<String> media = new TreeSet<>();
        Set<String> frame = new TreeSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT stream_kind, stream_url, captions_url FROM stage "
                + "UNION SELECT 'recording', recording_url, NULL FROM talk WHERE recording_url IS NOT NULL").getResultList();
        for (Object[] row : rows) {
            String kind = String.valueOf(row[0]);
            String stream = (String) row[1];
            String captions = (String) row[2];
            if (StreamKind.EMBED.code().equals(kind)) {
                ExternalSources.originOf(stream).ifPresent(frame::add);
            } else if (StreamKind.HLS.code().equals(kind)) {
                ExternalSources.addVideo(stream, captions, connect, media);
            } else if ("recording".equals(kind)) {
                ExternalSources.originOf(stream).ifPresent(media::add);
            }
        }
        return new Origins(connect, media, frame);
    }
}
