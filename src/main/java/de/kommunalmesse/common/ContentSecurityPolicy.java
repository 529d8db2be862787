package de.kommunalmesse.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The Content-Security-Policy of the web app (ADR 0007). Scripts only from this origin, no inline script;
 * outside origins only where a feature names them ({@link ExternalSources}): the login server, the stream,
 * caption and recording addresses and the embeds an admin set. Everything else (API answers, files, errors)
 * gets {@link #NON_DOCUMENT}, which allows nothing at all.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    private static final Logger LOG = Logger.getLogger(ContentSecurityPolicy.class);

    /** For responses that are not the web app's page: they may load nothing and be framed by no one. */
    public static final String NON_DOCUMENT = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The web app's service worker ({@code /sw.js}, ADR 0018) fetches the site's own pages and files, nothing else. */
    public static final String SERVICE_WORKER = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    @Inject
    @Any
    Instance<ExternalSources> sources;

    @Inject
    HttpConfig config;

    private volatile String lastKnown;

    /**
     * The policy for the web app's page, with the origins the features name right now. Reads the database
     * (call it on a worker thread); when that fails, the last policy built, so an outage does not lock
     * visitors out of the streams they were watching.
     */
    public String forDocument() {
        try {
            Set<String> connect = new TreeSet<>();
            Set<String> media = new TreeSet<>();
            Set<String> frame = new TreeSet<>();
            for (ExternalSources source : sources) {
                ExternalSources.Origins origins = source.origins();
                connect.addAll(origins.connect());
                media.addAll(origins.media());
                frame.addAll(origins.frame());
            }
            String policy = build(config.cspStyleSrc(), connect, media, frame);
            lastKnown = policy;
            return policy;
        } catch (RuntimeException e) {
            String fallback = lastKnown;
            LOG.warnf("Content-Security-Policy sources unavailable (%s); %s", e.getMessage(),
                    fallback == null ? "sending the policy without outside origins" : "sending the last one built");
            return fallback != null ? fallback : build(config.cspStyleSrc(), Set.of(), Set.of(), Set.of());
        }
    }

    static String build(String styleSrc, Set<String> connect, Set<String> media, Set<String> frame) {
        Function<Set<String>, String> list = origins -> origins.isEmpty() ? ""
                : origins.stream().collect(Collectors.joining(" ", " ", ""));
        return "default-src 'self'"
                + "; script-src 'self'"
                // KoliBri writes two <style> elements into the page: allowed by their hashes (ADR 0007)
                + "; style-src " + styleSrc
                // Speaker photos of an imported programme live on the programme system's server
                + "; img-src 'self' data: blob: https:"
                + "; font-src 'self' data:"
                + "; connect-src 'self'" + list.apply(connect)
                // hls.js hands the stream to the video element as a blob: URL (Media Source Extensions), and gives
                // the subtitle tracks it makes an empty data:,WEBVTT source (their cues it adds itself)
                + "; media-src 'self' blob: data:" + list.apply(media)
                + "; worker-src 'self' blob:"
                + "; frame-src" + (frame.isEmpty() ? " 'none'" : list.apply(frame))
                + "; object-src 'none'"
                + "; base-uri 'self'"
                + "; form-action 'self'"
                + "; frame-ancestors 'none'";
    }
}
