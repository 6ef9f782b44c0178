package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.hashiya.store.SettingsRepository;

final class SqliteSettingsRepository implements SettingsRepository {
    private final Connection connection;

    SqliteSettingsRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<String> get(String key) {
        return Sql.read(connection, "read setting " + key, () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        Sql.inTransaction(connection, "save setting " + key, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, key);
                st.setString(2, value);
                st.executeUpdate();
            }
            return null;
        });
    }
}
