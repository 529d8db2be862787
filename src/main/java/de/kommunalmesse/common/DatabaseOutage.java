package de.kommunalmesse.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Collections;

/**
 * Tells a failure because the database cannot be reached (connection refused or lost, no connection from the
 * pool in time) from any other failure, so that it becomes a 503 with Retry-After instead of a 500.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether this failure, or one of its causes or suppressed failures (and theirs), is a lost or refused
     * database connection. A pooled connection that died while the database was away is found out when the
     * transaction manager enlists it (Quarkus 3.33: Agroal with Narayana): the failure then only says
     * "Failed to enlist" — which otherwise means a second datasource in one transaction, and this app has one
     * datasource — while the cause ("Connection is closed") is logged by the transaction manager, not chained.
     */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>();
        if (failure != null) {
            open.add(failure);
        }
        while (!open.isEmpty()) {
            Throwable t = open.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                open.add(t.getCause());
            }
            open.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                // SQL state class 08: connection exception; Agroal's pool reports a timeout without a state
                if (state != null && state.startsWith("08") || message.contains("acquisition timeout")
                        || message.startsWith("failed to enlist")) {
                    return true;
                }
            }
        }
        return false;
    }
}
