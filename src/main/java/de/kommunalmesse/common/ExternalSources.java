package de.kommunalmesse.common;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Origins outside this app that a feature's pages load from, for the Content-Security-Policy of the web app:
 * a feature adds a bean of this type (the login server, the stream and embed addresses an admin set). Called
 * on a worker thread for every page load of the web app, so it may read the database; keep it to one query.
 */
public interface ExternalSources {

    /** What the browser may load from where. Each set holds origins such as {@code https://video.example:8443}. */
    record Origins(Set<String> connect, Set<String> media, Set<String> frame) {
    }

    Origins origins();

    /**
     * A video that hls.js fetches (connect-src) and the video element plays (media-src), with its captions, which a
     * track element fetches (media-src only: hls.js does not).
     */
    static void addVideo(String video, String captions, Set<String> connect, Set<String> media) {
        originOf(video).ifPresent(origin -> {
            connect.add(origin);
            media.add(origin);
        });
        originOf(captions).ifPresent(media::add);
    }

    /** The origin ({@code scheme://host[:port]}) of an http(s) address; empty for anything else. */
    static Optional<String> originOf(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                return Optional.empty();
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
