package de.kommunalmesse.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Version numbers of data that every instance keeps in memory (the hall, the editions): one row per kind in
 * {@code platform_setting}, bumped in the transaction that changes the data, so that every instance notices the
 * change with its next read and no instance answers from an outdated copy. A request reads all versions with one
 * query the first time it asks and reuses them for the rest of the request: a hall search checks the editions
 * and the hall with a single round trip to the database.
 */
@ApplicationScoped
public class CacheVersions {

    private static final String SUFFIX = ".version";

    @Inject
    EntityManager em;

    @Inject
    Memo memo;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The current version of one kind of data ({@code "0"} before its first change); {@code key} ends in ".version". */
    public String of(String key) {
        if (!requestActive()) {
            return read().getOrDefault(key, "0");
        }
        Map<String, String> known = memo.versions;
        if (known == null) {
            known = read();
            memo.versions = known;
        }
        return known.getOrDefault(key, "0");
    }

    /** Marks one kind of data as changed; call inside the transaction that changes it. */
    public void bump(String key) {
        if (!key.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("A cache version key ends in " + SUFFIX + ": " + key);
        }
        // A new random value, not a counter: a bump that was rolled back must never come back as a later bump's
        // value, or a copy read inside the rolled-back transaction would pass for current
        em.createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value) VALUES (?1, ?2) "
                + "ON DUPLICATE KEY UPDATE setting_value = ?2")
                .setParameter(1, key).setParameter(2, UUID.randomUUID().toString()).executeUpdate();
        if (requestActive()) {
            // The request's own change: read again, so that it sees what it just wrote
            memo.versions = null;
            Memo own = memo;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        // What the request read after its bump is gone with the rollback: read the versions again,
                        // or the copies made inside the transaction would pass for current
                        own.versions = null;
                    }
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> read() {
        Map<String, String> versions = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT setting_key, setting_value FROM platform_setting WHERE setting_key LIKE ?1")
                .setParameter(1, "%" + SUFFIX).getResultList()) {
            versions.put((String) row[0], (String) row[1]);
        }
        return versions;
    }

    private static boolean requestActive() {
        ManagedContext context = Arc.container().requestContext();
        return context != null && context.isActive();
    }

    /** The versions one request has read. */
    @RequestScoped
    public static class Memo {
        Map<String, String> versions;
    }
}
