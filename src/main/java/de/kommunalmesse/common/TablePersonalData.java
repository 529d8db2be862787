package de.kommunalmesse.common;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature's {@link PersonalData} over its own tables: it names its area once and reads and changes the rows
 * with native SQL, the export with {@link Export}, the erasure and expiry with {@link PersonalData.Changes}.
 */
public abstract class TablePersonalData implements PersonalData {

    @Inject
    protected EntityManager em;

    private final String area;

    protected TablePersonalData(String area) {
        this.area = area;
    }

    @Override
    public String area() {
        return area;
    }

    /** A new export of this feature's sections. */
    protected Export sections() {
        return new Export();
    }

    /** A new count of the rows an erasure or expiry changes. */
    protected Changes changes() {
        return new Changes(em);
    }

    /** The sections of the export in the order they are added, each the rows of one query. */
    protected final class Export {

        private final Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();

        private Export() {
        }

        /** The section's rows: {@link PersonalData#rows} of the query with positional parameters. */
        public Export rows(String section, String sql, Object... parameters) {
            return add(section, PersonalData.rows(em, sql, parameters));
        }

        /** A section filled some other way, e.g. an empty one where the person left no key to find rows by. */
        public Export add(String section, List<Map<String, Object>> rows) {
            data.put(section, rows);
            return this;
        }

        public Map<String, List<Map<String, Object>>> data() {
            return data;
        }
    }
}
