package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A reading connection of its own, opened on first use and kept: the review tables read pages
 * while the main connection writes, so their queries never wait for a save.
 */
final class LazyReader {
    private final SqliteSelectionRepository.ReadConnections readers;
    private final String name;
    private Connection reader;

    /** {@code name} says in an error what the connection was for ("the review reader"). */
    LazyReader(SqliteSelectionRepository.ReadConnections readers, String name) {
        this.readers = readers;
        this.name = name;
    }

    synchronized Connection get() {
        if (reader == null) {
            reader = readers.open();
        }
        return reader;
    }

    /** Closes the connection if it was opened; the next {@link #get} opens a new one. */
    synchronized void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                throw Sql.failure(null, "close " + name, e);
            } finally {
                reader = null;
            }
        }
    }
}
