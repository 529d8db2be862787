package de.kommunalmesse.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a feature holds about a person, contributed next to its own tables (docs/privacy.md): the
 * "Meine Daten" export, the erasure of an account, and the retention deadlines. The privacy feature
 * collects every implementation and calls them in one transaction; none of them knows the others.
 */
public interface PersonalData {

    /** The name that replaces a deleted account's display name wherever a record of theirs is kept. */
    String DELETED_NAME = "gelöschtes Konto";

    /**
     * The person whose data is exported or erased: their username and, if known, their display name and
     * e-mail address (from the token, or from Keycloak when an admin erases an account).
     */
    record Person(String username, Optional<String> name, Optional<String> email) {
    }

    /**
     * The points in time before which records are deleted or anonymised, one per kind of record that the
     * retention settings name.
     */
    record Cutoffs(Instant contactRequests, Instant conversations, Instant accessibilityReports, Instant statistics) {
    }

    /** The section of the export this feature fills, e.g. {@code booth}. */
    String area();

    /** Everything the feature holds about the person: named lists of rows, ready to be written as JSON. */
    Map<String, List<Map<String, Object>>> export(Person person);

    /**
     * Deletes the person's data; what must be kept (logs, chat history, votes) stays under the pseudonym
     * and without their name. Returns the rows changed per table.
     */
    Map<String, Integer> erase(Person person, String pseudonym);

    /** Deletes or anonymises what is older than the cutoffs; returns the rows changed per table. */
    default Map<String, Integer> expire(Cutoffs cutoffs) {
        return Map.of();
    }

    /**
     * The rows of a native query as maps from column label to value (timestamps as UTC instants), for the
     * export.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Tuple>) query.getResultList()).stream().map(PersonalData::row).toList();
    }

    /** Runs an UPDATE or DELETE with positional parameters and returns the rows it changed. */
    static int update(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static Map<String, Object> row(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            Object value = tuple.get(element);
            row.put(element.getAlias(), value instanceof Timestamp || value instanceof LocalDateTime
                    || value instanceof OffsetDateTime ? SqlValues.instant(value) : value);
        }
        return row;
    }

    /**
     * Replaces the person's username and name inside a free-text column (a moderator's reason, a report's
     * note) by the pseudonym; returns the rows changed.
     */
    static int scrub(EntityManager em, String table, String column, Person person, String pseudonym) {
        return scrub(em, table, column, person, pseudonym, null);
    }

    /**
     * The same, limited to the rows whose {@code ownerColumn} already holds the pseudonym: the person's own
     * texts (chat messages, questions), where they may have written their name or address themselves.
     */
    static int scrub(EntityManager em, String table, String column, Person person, String pseudonym, String ownerColumn) {
        String owned = ownerColumn == null ? "" : " AND " + ownerColumn + " = ?3";
        int changed = 0;
        List<String[]> replacements = new ArrayList<>();
        // The address first: it may contain the username
        person.email().ifPresent(email -> replacements.add(new String[] {email, pseudonym}));
        person.name().ifPresent(name -> replacements.add(new String[] {name, DELETED_NAME}));
        replacements.add(new String[] {person.username(), pseudonym});
        for (String[] replacement : replacements) {
            var query = em.createNativeQuery("UPDATE " + table + " SET " + column + " = REPLACE(" + column + ", ?1, ?2)"
                    + " WHERE INSTR(" + column + ", ?1) > 0" + owned)
                    .setParameter(1, replacement[0]).setParameter(2, replacement[1]);
            if (ownerColumn != null) {
                query.setParameter(3, pseudonym);
            }
            changed += query.executeUpdate();
        }
        return changed;
    }

    /** Adds a count to a summary only when something changed, so that summaries list what was done. */
    static void count(Map<String, Integer> summary, String table, int rows) {
        if (rows > 0) {
            summary.merge(table, rows, Integer::sum);
        }
    }

    /**
     * What an erasure or an expiry changed, counted per table as it runs its statements; tables without
     * changes are left out. {@link #counts()} is the answer of {@link #erase} and {@link #expire}.
     */
    final class Changes {

        private final EntityManager em;
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        public Changes(EntityManager em) {
            this.em = em;
        }

        /** Runs an UPDATE or DELETE on the table with positional parameters. */
        public Changes update(String table, String sql, Object... parameters) {
            return add(table, PersonalData.update(em, sql, parameters));
        }

        /** Deletes the rows of the table whose column holds the value, e.g. the person's bookmarks. */
        public Changes delete(String table, String column, Object value) {
            return update(table, "DELETE FROM " + table + " WHERE " + column + " = ?1", value);
        }

        /** Replaces the username by the pseudonym in one column of the table, e.g. who changed a row. */
        public Changes pseudonymise(String table, String column, String username, String pseudonym) {
            return update(table, "UPDATE " + table + " SET " + column + " = ?2 WHERE " + column + " = ?1", username, pseudonym);
        }

        /** {@link PersonalData#scrub(EntityManager, String, String, Person, String, String)}; owner column may be null. */
        public Changes scrub(String table, String column, Person person, String pseudonym, String ownerColumn) {
            return add(table, PersonalData.scrub(em, table, column, person, pseudonym, ownerColumn));
        }

        /** Counts rows that changed some other way. */
        public Changes add(String table, int rows) {
            count(counts, table, rows);
            return this;
        }

        public Map<String, Integer> counts() {
            return counts;
        }
    }
}
