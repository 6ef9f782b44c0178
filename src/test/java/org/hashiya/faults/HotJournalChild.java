package org.hashiya.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A child that writes to a library with a rollback journal, as a bulk import's index build does,
 * and is killed before it commits: it changes every span's note in one transaction with a cache so
 * small that the changed pages go into the file, creates {@code ready} and waits. Arguments:
 * library ready.
 */
public final class HotJournalChild {
    private HotJournalChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA cache_size = 10");
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("UPDATE span SET note = 'half-written " + "x".repeat(200) + "'");
            Files.createFile(Path.of(args[1]));
            Thread.sleep(600_000);
        }
    }
}
