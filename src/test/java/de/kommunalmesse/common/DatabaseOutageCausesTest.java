package de.kommunalmesse.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures count as "the database cannot be reached" (503 and {@code unavailable}, not 500). */
class DatabaseOutageCausesTest {

    @Test
    void aDeadPooledConnectionFoundWhenEnlistingIsAnOutage() {
        // The chain seen with Quarkus 3.33 (Agroal + Narayana) after the database connection was cut
        SQLException enlist = new SQLException("Failed to enlist. Check if a connection from another datasource is"
                + " already enlisted to the same transaction");
        SQLException association = new SQLException("Exception in association of connection to existing transaction",
                enlist);
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("Unable to acquire JDBC Connection", association)));
    }

    @Test
    void aConnectionErrorSuppressedInAnotherFailureCounts() {
        XAException start = new XAException("Error trying to start local transaction: (conn=130) Connection is closed");
        start.initCause(new SQLNonTransientConnectionException("(conn=130) Connection is closed", "08000"));
        IllegalStateException failure = new IllegalStateException("could not register transaction");
        failure.addSuppressed(start);
        assertTrue(DatabaseOutage.isCause(new RuntimeException(failure)));
    }

    @Test
    void refusedConnectionsAndPoolTimeoutsAreOutages() {
        assertTrue(DatabaseOutage.isCause(new SQLException("connect failed", "08001")));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        SQLException syntax = new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000");
        syntax.addSuppressed(new IllegalStateException("cleanup failed"));
        assertFalse(DatabaseOutage.isCause(syntax));
        assertFalse(DatabaseOutage.isCause(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(DatabaseOutage.isCause(null));
    }
}
