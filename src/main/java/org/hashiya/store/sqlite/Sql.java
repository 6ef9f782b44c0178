package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import org.hashiya.store.LibraryException;

/** Small helpers shared by the repositories: transactions and readable error text. */
final class Sql {
    private Sql() {
    }

    /** A unit of work that may throw SQLException. */
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction on {@code connection}, serialised with other users of it. */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                try {
                    T result = work.run();
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new LibraryException("cannot " + what + ": " + reason(e), e);
            }
        }
    }

    /** Runs a read on {@code connection}, serialised with other users of it. */
    static <T> T read(Connection connection, String what, Work<T> work) {
        synchronized (connection) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new LibraryException("cannot " + what + ": " + reason(e), e);
            }
        }
    }

    /** SQLite's message without the driver's "[SQLITE_...]" prefix noise. */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int bracket = message.indexOf("] ");
        if (message.startsWith("[") && bracket > 0) {
            message = message.substring(bracket + 2);
        }
        return message.replaceFirst("^\\((.*)\\)$", "$1");
    }
}
