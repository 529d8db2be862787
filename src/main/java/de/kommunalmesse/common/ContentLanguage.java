package de.kommunalmesse.common;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The language in which visitors read what organisers and exhibitors wrote (docs/content-languages.md).
 * Texts are German, with an optional English twin; a request whose Accept-Language picks English
 * ({@link Messages#resolve}) gets the English text where there is one and the German one otherwise, and each
 * view says which language every text came in. Outside an HTTP request (jobs, demo data) it is German.
 * Responses vary by Accept-Language ({@link ApiCaching}), so every cache keeps the languages apart.
 */
@ApplicationScoped
public class ContentLanguage {

    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    @Inject
    Messages messages;

    @Inject
    CurrentVertxRequest request;

    /** Whether the current request asks for English. */
    public boolean english() {
        if (!Arc.container().requestContext().isActive()) {
            return false;
        }
        RoutingContext current = request.getCurrent();
        return current != null
                && ENGLISH.equals(messages.resolve(current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage());
    }

    /** A picker for the texts of one object in the language of the current request. */
    public Texts texts() {
        return new Texts(english());
    }

    /** The English text if there is one, else the German one. */
    public static String pick(boolean english, String german, String englishText) {
        return english && present(englishText) ? englishText : german;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Picks the texts of one object and remembers the language of each: {@link #langs()} is the map a view
     * returns as {@code lang} (field name to {@code de} or {@code en}).
     */
    public static final class Texts {

        private final boolean english;
        private final String baseLang;
        private final Map<String, String> langs = new LinkedHashMap<>();

        /** Texts whose main version is German. */
        public Texts(boolean english) {
            this(english, GERMAN);
        }

        /**
         * Texts whose main version is in {@code baseLang}: a talk given in English has its title in English even in
         * the column for the German one.
         */
        public Texts(boolean english, String baseLang) {
            this.english = english;
            this.baseLang = ENGLISH.equals(baseLang) ? ENGLISH : GERMAN;
        }

        /** The text of {@code field} in the requested language, German as fallback. */
        public String pick(String field, String german, String englishText) {
            boolean useEnglish = english && present(englishText);
            if (useEnglish || present(german)) {
                langs.put(field, useEnglish ? ENGLISH : baseLang);
            }
            return useEnglish ? englishText : german;
        }

        /** The language of each text picked so far. */
        public Map<String, String> langs() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(langs));
        }
    }
}
