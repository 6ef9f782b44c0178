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

    /**
     * Runs {@code work} in one transaction on {@code connection}, serialised with other users of it.
     * On failure the first error is the one reported: after a failed commit (disk full, say) SQLite
     * has already rolled back, and the clean-up that follows fails with "no transaction is active",
     * which must not hide the real reason.
     *
     * <p>Called inside another transaction on the same connection (see {@code Library.inTransaction}),
     * the work joins it: it is committed, or rolled back, with the outer work.
     */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        synchronized (connection) {
            try {
                if (!connection.getAutoCommit()) {
                    return work.run();
                }
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw failure(connection, what, e);
            }
            boolean committed = false;
            try {
                T result = work.run();
                connection.commit();
                committed = true;
                return result;
            } catch (SQLException e) {
                rollBack(connection, e);
                throw failure(connection, what, e);
            } catch (RuntimeException e) {
                rollBack(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, what, committed);
            }
        }
    }

    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection, String what, boolean committed) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (committed) {
                throw failure(connection, what, e);
            }
            // already failing: the error being thrown says why
        }
    }

    /**
     * Runs a read on {@code connection}, serialised with other users of it. A stored value that
     * cannot be read back (a time or status garbled by a damaged page that SQLite itself did not
     * notice) is a library error too, never a raw parse exception.
     */
    static <T> T read(Connection connection, String what, Work<T> work) {
        synchronized (connection) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw failure(connection, what, e);
            } catch (java.time.DateTimeException | IllegalArgumentException e) {
                String file = fileOf(connection);
                throw new LibraryException("cannot " + what + (file.isEmpty() ? "" : " in " + file)
                        + ": a stored value is damaged (" + e.getMessage() + ")", e);
            }
        }
    }

    /** "cannot store articles in /path/lib.db: database or disk is full". */
    static LibraryException failure(Connection connection, String what, SQLException e) {
        String file = fileOf(connection);
        String where = file.isEmpty() || what.contains(file) ? "" : " in " + file;
        return new LibraryException("cannot " + what + where + ": " + reason(e), e);
    }

    private static String fileOf(Connection connection) {
        if (connection == null) {
            return "";
        }
        try {
            String url = connection.getMetaData().getURL();
            return url == null ? "" : url.replaceFirst("^jdbc:sqlite:", "");
        } catch (SQLException e) {
            return "";
        }
    }

    /** SQLite's message without the driver's "[SQLITE_...]" prefix noise. */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int bracket = message.indexOf("] ");
        if (message.startsWith("[") && bracket > 0) {
            message = message.substring(bracket + 2);
        }
        message = message.replaceFirst("^\\((.*)\\)$", "$1");
        // "Attempt to write a readonly database (attempt to write a readonly database)": say it once
        int open = message.lastIndexOf(" (");
        if (open > 0 && message.endsWith(")")
                && message.substring(0, open).equalsIgnoreCase(message.substring(open + 2, message.length() - 1))) {
            message = message.substring(open + 2, message.length() - 1);
        }
        return message;
    }
}
