package de.kommunalmesse.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last answer of each public, anonymous API read (hall, booth pages, programme, stages), kept so that
 * these pages go on working while the database is away (issue 21.9): {@link ProblemMappers} serves the copy
 * instead of an error. Bounded: the least recently used copies go first, and big answers are not kept.
 */
@ApplicationScoped
public class StaleResponses {

    static final int MAX_BODY_BYTES = 512 * 1024;

    /** One kept answer: its JSON and the ETag it went out with. */
    public record Copy(byte[] body, String mediaType, String etag) {
    }

    @Inject
    HttpConfig config;

    private Map<String, Copy> copies;

    @PostConstruct
    void init() {
        int capacity = config.staleResponses();
        copies = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Key of a request: its path with query and the language the answer is in. */
    public static String key(String pathAndQuery, String language) {
        return language + " " + pathAndQuery;
    }

    public void remember(String key, Copy copy) {
        if (copy.body().length > MAX_BODY_BYTES || config.staleResponses() <= 0) {
            return;
        }
        synchronized (copies) {
            copies.put(key, copy);
        }
    }

    public Optional<Copy> find(String key) {
        synchronized (copies) {
            return Optional.ofNullable(copies.get(key));
        }
    }
}
