package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothViews.HallPage;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers of the hall query, kept in memory. The hall changes only when an admin approves or places a
 * booth; each such change bumps a version number in the database in the same transaction, and the
 * version is part of every cache key, so every instance sees a change at once.
 */
@ApplicationScoped
public class HallCache {

    static final String VERSION_KEY = "hall.version";

    @ConfigMapping(prefix = "kommunalmesse.hall.cache")
    public interface CacheConfig {

        /** How many distinct hall answers to keep; 0 switches the cache off. */
        @WithDefault("2000")
        int entries();
    }

    @Inject
    EntityManager em;

    private final Map<String, HallPage> pages;
    private final int capacity;

    @Inject
    public HallCache(CacheConfig config) {
        this.capacity = config.entries();
        this.pages = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HallPage> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached answer for this query at the current hall version, or the computed one (then cached). */
    HallPage get(String queryKey, Supplier<HallPage> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        String key = version() + "|" + queryKey;
        Optional<HallPage> hit;
        synchronized (pages) {
            hit = Optional.ofNullable(pages.get(key));
        }
        if (hit.isPresent()) {
            return hit.get();
        }
        HallPage page = compute.get();
        synchronized (pages) {
            pages.put(key, page);
        }
        return page;
    }

    /** Marks the hall as changed; call inside the transaction that changes it. */
    void changed() {
        em.createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value) VALUES (?1, '1') "
                + "ON DUPLICATE KEY UPDATE setting_value = CAST(setting_value AS UNSIGNED) + 1")
                .setParameter(1, VERSION_KEY).executeUpdate();
    }

    private String version() {
        Object value = em.createNativeQuery("SELECT setting_value FROM platform_setting WHERE setting_key = ?1")
                .setParameter(1, VERSION_KEY).getResultStream().findFirst().orElse("0");
        return value.toString();
    }
}
