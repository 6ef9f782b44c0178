package org.hashiya.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings a library's schema to the newest version, one numbered migration per transaction. */
final class SchemaMigrator {
    private final Connection connection;
    private final Path file;

    SchemaMigrator(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    void migrate() throws SQLException {
        int current = userVersion();
        if (current > 0 && current < Migrations.latestVersion()) {
            backUp(current);
        }
        for (Migration migration : Migrations.ALL) {
            if (migration.version() > current) {
                apply(migration);
            }
        }
    }

    private int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /** A consistent copy next to the file, named after the version it holds. */
    private void backUp(int version) throws SQLException {
        Path backup = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        if (Files.exists(backup)) {
            backup = file.resolveSibling(file.getFileName() + ".v" + version + "." + System.currentTimeMillis() + ".bak");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        }
    }

    private void apply(Migration migration) {
        Sql.inTransaction(connection, "migrate library " + file + " to schema " + migration.version(), () -> {
            // Another process may have migrated since we looked: the write lock is ours now, so look again.
            if (userVersion() >= migration.version()) {
                return null;
            }
            try (Statement st = connection.createStatement()) {
                for (String statement : migration.statements()) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + migration.version());
            }
            return null;
        });
    }
}
