package org.hashiya.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a library's schema to the newest version, one numbered migration per transaction.
 *
 * <p>Versions may have gaps: a number reserved by work not merged yet ({@link Migrations#RESERVED}).
 * A library migrated across such a gap records the missing numbers (setting
 * {@value #SKIPPED_SETTING}); when a build that has one of them opens it, that migration runs then,
 * after the later ones it already has. Migrations that may arrive late must therefore not depend
 * on each other.
 */
final class SchemaMigrator {
    static final String SKIPPED_SETTING = "schema.skipped_versions";

    private final Connection connection;
    private final Path file;
    private final List<Migration> migrations;

    SchemaMigrator(Connection connection, Path file) {
        this(connection, file, Migrations.ALL);
    }

    SchemaMigrator(Connection connection, Path file, List<Migration> migrations) {
        this.connection = connection;
        this.file = file;
        this.migrations = List.copyOf(migrations);
    }

    void migrate() throws SQLException {
        int current = userVersion();
        int latest = migrations.get(migrations.size() - 1).version();
        Set<Integer> skipped = current == 0 ? new TreeSet<>() : skippedVersions();
        List<Migration> late = new ArrayList<>();
        for (Migration m : migrations) {
            if (m.version() <= current && skipped.contains(m.version())) {
                late.add(m);
            }
        }
        if (current > 0 && (current < latest || !late.isEmpty())) {
            backUp(current);
        }
        for (Migration migration : migrations) {
            if (migration.version() > current) {
                apply(migration);
            }
        }
        for (Migration migration : late) {
            applyLate(migration);
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
            int now = userVersion();
            if (now >= migration.version()) {
                return null;
            }
            try (Statement st = connection.createStatement()) {
                for (String statement : migration.statements()) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + migration.version());
            }
            // versions jumped over here (not in this build) are run when a build that has them opens the file
            Set<Integer> missing = new TreeSet<>();
            for (int v = now + 1; v < migration.version(); v++) {
                int version = v;
                if (migrations.stream().noneMatch(m -> m.version() == version)) {
                    missing.add(v);
                }
            }
            if (!missing.isEmpty()) {
                Set<Integer> all = skippedVersions();
                all.addAll(missing);
                writeSkipped(all);
            }
            return null;
        });
    }

    /** A migration this library was taken past before it existed: run it now, keeping user_version. */
    private void applyLate(Migration migration) {
        Sql.inTransaction(connection, "migrate library " + file + " to schema " + migration.version(), () -> {
            Set<Integer> skipped = skippedVersions();
            if (!skipped.remove(migration.version())) {
                return null; // another process did it meanwhile
            }
            try (Statement st = connection.createStatement()) {
                for (String statement : migration.statements()) {
                    st.execute(statement);
                }
            }
            writeSkipped(skipped);
            return null;
        });
    }

    private Set<Integer> skippedVersions() throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, SKIPPED_SETTING);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    for (String part : rs.getString(1).split(",")) {
                        if (!part.isBlank()) {
                            versions.add(Integer.parseInt(part.strip()));
                        }
                    }
                }
            }
        }
        return versions;
    }

    private void writeSkipped(Set<Integer> versions) throws SQLException {
        if (versions.isEmpty()) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                st.setString(1, SKIPPED_SETTING);
                st.executeUpdate();
            }
            return;
        }
        StringBuilder value = new StringBuilder();
        for (int v : versions) {
            value.append(value.length() == 0 ? "" : ",").append(v);
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, SKIPPED_SETTING);
            st.setString(2, value.toString());
            st.executeUpdate();
        }
    }
}
