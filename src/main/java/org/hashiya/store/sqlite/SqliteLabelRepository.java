package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.store.LabelRepository;
import org.hashiya.store.LibraryException;

final class SqliteLabelRepository implements LabelRepository {
    private final Connection connection;

    SqliteLabelRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public LabelSchema schema() {
        return Sql.read(connection, "read the label schema", () -> LabelSchema.of(readAll(), readEventTypes())
                .withEventAttributes(readEventAttributeValues()));
    }

    /** The value lists of certainty, polarity and modality (migration 14); an empty list falls back to the default. */
    private EventAttributeValues readEventAttributeValues() throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT attribute, value FROM event_attribute_value ORDER BY attribute, position");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        EventAttributeValues d = EventAttributeValues.DEFAULT;
        return new EventAttributeValues(
                values.getOrDefault(EventAttributeValues.CERTAINTY, d.certainty()),
                values.getOrDefault(EventAttributeValues.POLARITY, d.polarity()),
                values.getOrDefault(EventAttributeValues.MODALITY, d.modality()));
    }

    private void writeEventAttributeValues(EventAttributeValues values) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM event_attribute_value");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event_attribute_value (attribute, position, value) VALUES (?, ?, ?)")) {
            for (String attribute : List.of(EventAttributeValues.CERTAINTY, EventAttributeValues.POLARITY,
                    EventAttributeValues.MODALITY)) {
                List<String> list = values.of(attribute);
                for (int i = 0; i < list.size(); i++) {
                    insert.setString(1, attribute);
                    insert.setInt(2, i);
                    insert.setString(3, list.get(i));
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<EventType> readEventTypes() throws SQLException {
        Map<String, List<EventRole>> roles = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT r.label_id, r.name, r.required, r.repeatable, r.fillers
                FROM event_role r JOIN label l ON l.id = r.label_id
                ORDER BY l.position, r.label_id, r.position""");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String fillers = rs.getString(5);
                roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EventRole(rs.getString(2),
                        rs.getInt(3) != 0, rs.getInt(4) != 0, fillers.isBlank() ? List.of() : List.of(fillers.split(" "))));
            }
        }
        List<EventType> types = new ArrayList<>();
        roles.forEach((label, list) -> types.add(new EventType(label, list)));
        return types;
    }

    private List<SpanLabel> readAll() throws SQLException {
        List<SpanLabel> labels = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT id, arabic_name, english_name, kind, colour, shortcut, position, retired
                FROM label ORDER BY position, id""");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                labels.add(new SpanLabel(rs.getString(1), rs.getString(2), rs.getString(3),
                        LabelKind.fromId(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getInt(8) != 0));
            }
        }
        return labels;
    }

    @Override
    public void replaceSchema(LabelSchema schema) {
        Sql.inTransaction(connection, "save the label schema", () -> {
            List<SpanLabel> wanted = new ArrayList<>(schema.labels());
            Set<String> wantedIds = new HashSet<>();
            wanted.forEach(l -> wantedIds.add(l.id()));
            Map<String, SpanLabel> stored = new LinkedHashMap<>();
            readAll().forEach(l -> stored.put(l.id(), l));
            // A label still used by spans survives, retired, even if the new schema drops it.
            for (String used : usedLabelIds()) {
                if (!wantedIds.contains(used)) {
                    wanted.add(stored.get(used).withRetired(true).withShortcut(""));
                }
            }
            LabelSchema toStore = schema.withLabels(wanted);
            try (Statement st = connection.createStatement()) {
                // Labels are rewritten wholesale; spans must point at a label again by commit time.
                st.execute("PRAGMA defer_foreign_keys = ON");
                st.execute("DELETE FROM label");
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO label (id, arabic_name, english_name, kind, colour, shortcut, position, retired)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (SpanLabel label : toStore.labels()) {
                    insert.setString(1, label.id());
                    insert.setString(2, label.arabicName());
                    insert.setString(3, label.englishName());
                    insert.setString(4, label.kind().id());
                    insert.setString(5, label.colour());
                    insert.setString(6, label.shortcut());
                    insert.setInt(7, label.position());
                    insert.setInt(8, label.retired() ? 1 : 0);
                    insert.executeUpdate();
                }
            }
            writeEventTypes(toStore);
            writeEventAttributeValues(toStore.eventAttributes());
            return null;
        });
    }

    private void writeEventTypes(LabelSchema schema) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM event_role");
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_role (label_id, name, position, required, repeatable, fillers)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (EventType type : schema.eventTypes()) {
                for (int i = 0; i < type.roles().size(); i++) {
                    EventRole role = type.roles().get(i);
                    insert.setString(1, type.labelId());
                    insert.setString(2, role.name());
                    insert.setInt(3, i);
                    insert.setInt(4, role.required() ? 1 : 0);
                    insert.setInt(5, role.repeatable() ? 1 : 0);
                    insert.setString(6, String.join(" ", role.fillers()));
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<String> usedLabelIds() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT DISTINCT label_id FROM span ORDER BY label_id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    @Override
    public void retire(String labelId) {
        Sql.inTransaction(connection, "retire label " + labelId, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE label SET retired = 1, shortcut = '' WHERE id = ?")) {
                st.setString(1, labelId);
                if (st.executeUpdate() != 1) {
                    throw new LibraryException("no label " + labelId + " in this library");
                }
            }
            return null;
        });
    }

    @Override
    public int usageCount(String labelId) {
        return Sql.read(connection, "count spans of label " + labelId, () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM span WHERE label_id = ?")) {
                st.setString(1, labelId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }
}
