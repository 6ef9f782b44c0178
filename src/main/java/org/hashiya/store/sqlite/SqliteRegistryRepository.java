package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.store.LibraryException;
import org.hashiya.store.RegistryRepository;

/** The registry in tables {@code registry_entry} and {@code span_entry} (schema version 8). */
final class SqliteRegistryRepository implements RegistryRepository {
    private static final String COLUMNS =
            "id, kind, name, english_name, actor_type, aliases, country, wikidata, province, latitude, longitude, note";

    private final Connection connection;

    SqliteRegistryRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public RegistryEntry add(RegistryEntry entry) {
        return addAll(List.of(entry)).get(0);
    }

    @Override
    public List<RegistryEntry> addAll(List<? extends RegistryEntry> entries) {
        return Sql.inTransaction(connection, "store " + entries.size() + " registry entries", () -> {
            List<RegistryEntry> stored = new ArrayList<>(entries.size());
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO registry_entry (" + COLUMNS
                    + ") VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
                for (RegistryEntry entry : entries) {
                    bind(st, 1, entry);
                    st.executeUpdate();
                    try (ResultSet rs = lastId.executeQuery()) {
                        stored.add(entry.withId(rs.getLong(1)));
                    }
                }
            }
            return stored;
        });
    }

    @Override
    public void put(RegistryEntry entry) {
        Sql.inTransaction(connection, "store registry entry " + entry.id(), () -> {
            putIn(entry);
            return null;
        });
    }

    @Override
    public void change(List<? extends RegistryEntry> put, Collection<Long> deleteIds) {
        Sql.inTransaction(connection, "change " + (put.size() + deleteIds.size()) + " registry entries", () -> {
            for (RegistryEntry entry : put) {
                putIn(entry);
            }
            for (long id : deleteIds) {
                deleteIn(id);
            }
            return null;
        });
    }

    private void putIn(RegistryEntry entry) throws SQLException {
        try (PreparedStatement kind = connection.prepareStatement("SELECT kind FROM registry_entry WHERE id = ?")) {
            kind.setLong(1, entry.id());
            try (ResultSet rs = kind.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(entry.kind().id())) {
                    throw new LibraryException("registry entry " + entry.id() + " is of kind " + rs.getString(1)
                            + "; it cannot become of kind " + entry.kind().id());
                }
            }
        }
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO registry_entry (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, english_name = excluded.english_name,
                    actor_type = excluded.actor_type, aliases = excluded.aliases, country = excluded.country,
                    wikidata = excluded.wikidata, province = excluded.province, latitude = excluded.latitude,
                    longitude = excluded.longitude, note = excluded.note""".formatted(COLUMNS))) {
            st.setLong(1, entry.id());
            bind(st, 2, entry);
            st.executeUpdate();
        }
    }

    /** Binds every column after the id, starting at parameter {@code first}. */
    private static void bind(PreparedStatement st, int first, RegistryEntry entry) throws SQLException {
        int i = first;
        st.setString(i++, entry.kind().id());
        st.setString(i++, entry.name());
        st.setString(i++, entry.englishName());
        st.setString(i++, entry instanceof ActorEntry a ? a.type() : "");
        st.setString(i++, String.join("\n", entry.aliases()));
        st.setString(i++, entry.country());
        st.setString(i++, entry instanceof ActorEntry a ? a.wikidata() : "");
        st.setString(i++, entry instanceof PlaceEntry p ? p.province() : "");
        Double latitude = entry instanceof PlaceEntry p ? p.latitude() : null;
        Double longitude = entry instanceof PlaceEntry p ? p.longitude() : null;
        if (latitude == null) {
            st.setNull(i++, Types.REAL);
            st.setNull(i++, Types.REAL);
        } else {
            st.setDouble(i++, latitude);
            st.setDouble(i++, longitude);
        }
        st.setString(i, entry.note());
    }

    @Override
    public boolean delete(long entryId) {
        return Sql.inTransaction(connection, "delete registry entry " + entryId, () -> deleteIn(entryId));
    }

    private boolean deleteIn(long entryId) throws SQLException {
        int links = countLinksIn(entryId);
        if (links > 0) {
            throw new LibraryException("registry entry " + entryId + " cannot be deleted: " + links
                    + (links == 1 ? " span links" : " spans link") + " to it");
        }
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM registry_entry WHERE id = ?")) {
            st.setLong(1, entryId);
            return st.executeUpdate() == 1;
        }
    }

    @Override
    public Optional<RegistryEntry> find(long entryId) {
        return Sql.read(connection, "read registry entry " + entryId, () -> {
            List<RegistryEntry> found = query("SELECT " + COLUMNS + " FROM registry_entry WHERE id = ?", entryId);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<RegistryEntry> listAll() {
        return Sql.read(connection, "read the registry",
                () -> query("SELECT " + COLUMNS + " FROM registry_entry ORDER BY id"));
    }

    @Override
    public int count() {
        return Sql.read(connection, "count registry entries", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM registry_entry");
                 ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private List<RegistryEntry> query(String sql, Object... parameters) throws SQLException {
        List<RegistryEntry> entries = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
        }
        return entries;
    }

    private static RegistryEntry entry(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String aliasText = rs.getString("aliases");
        List<String> aliases = aliasText.isEmpty() ? List.of() : Arrays.asList(aliasText.split("\n"));
        if ("actor".equals(rs.getString("kind"))) {
            return new ActorEntry(id, rs.getString("name"), rs.getString("english_name"), rs.getString("actor_type"),
                    aliases, rs.getString("country"), rs.getString("wikidata"), rs.getString("note"));
        }
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new PlaceEntry(id, rs.getString("name"), rs.getString("english_name"), aliases, rs.getString("country"),
                rs.getString("province"), latitude, longitude, rs.getString("note"));
    }

    @Override
    public void link(long spanId, long entryId) {
        Sql.inTransaction(connection, "link span " + spanId + " to registry entry " + entryId, () -> {
            linkIn(spanId, entryId);
            return null;
        });
    }

    private void linkIn(long spanId, long entryId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO span_entry (span_id, entry_id) SELECT id, ? FROM span WHERE id = ?
                ON CONFLICT (span_id) DO UPDATE SET entry_id = excluded.entry_id""")) {
            st.setLong(1, entryId);
            st.setLong(2, spanId);
            if (st.executeUpdate() == 0) {
                throw new LibraryException("no span " + spanId + " to link");
            }
        }
    }

    @Override
    public boolean unlink(long spanId) {
        return Sql.inTransaction(connection, "unlink span " + spanId, () -> unlinkIn(spanId));
    }

    private boolean unlinkIn(long spanId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM span_entry WHERE span_id = ?")) {
            st.setLong(1, spanId);
            return st.executeUpdate() == 1;
        }
    }

    @Override
    public Optional<Long> entryOf(long spanId) {
        return Optional.ofNullable(linksOf(List.of(spanId)).get(spanId));
    }

    @Override
    public Map<Long, Long> linksOfArticle(long articleId) {
        return Sql.read(connection, "read the registry links of article " + articleId, () -> {
            Map<Long, Long> links = new HashMap<>();
            try (PreparedStatement st = connection.prepareStatement("""
                    SELECT l.span_id, l.entry_id FROM span s JOIN span_entry l ON l.span_id = s.id
                    WHERE s.article_id = ?""")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        links.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return links;
        });
    }

    @Override
    public int countLinks(long entryId) {
        return Sql.read(connection, "count the links of registry entry " + entryId, () -> countLinksIn(entryId));
    }

    private int countLinksIn(long entryId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM span_entry WHERE entry_id = ?")) {
            st.setLong(1, entryId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    @Override
    public Map<Long, Long> linksOf(Collection<Long> spanIds) {
        return Sql.read(connection, "read registry links", () -> {
            Map<Long, Long> links = new HashMap<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT entry_id FROM span_entry WHERE span_id = ?")) {
                for (long spanId : spanIds) {
                    st.setLong(1, spanId);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            links.put(spanId, rs.getLong(1));
                        }
                    }
                }
            }
            return links;
        });
    }

    @Override
    public List<Span> addLinkedSpans(List<NewSpan> spans, Collection<Long> existingSpanIds, long entryId) {
        return Sql.inTransaction(connection, "store " + spans.size() + " spans linked to registry entry " + entryId, () -> {
            List<Span> made = new ArrayList<>(spans.size());
            for (NewSpan span : spans) {
                long id = SqliteSpanRepository.insertIn(connection, span);
                made.add(SqliteSpanRepository.findIn(connection, id).orElseThrow());
                linkIn(id, entryId);
            }
            for (long spanId : existingSpanIds) {
                linkIn(spanId, entryId);
            }
            return made;
        });
    }

    @Override
    public void restoreLinkedSpans(List<Span> put, Map<Long, Optional<Long>> links, Collection<Long> deleteSpanIds) {
        Sql.inTransaction(connection, "restore " + (put.size() + links.size() + deleteSpanIds.size()) + " spans and links", () -> {
            for (Span span : put) {
                SqliteSpanRepository.putIn(connection, span);
            }
            for (Map.Entry<Long, Optional<Long>> link : links.entrySet()) {
                if (link.getValue().isPresent()) {
                    linkIn(link.getKey(), link.getValue().get());
                } else {
                    unlinkIn(link.getKey());
                }
            }
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM span WHERE id = ?")) {
                for (long spanId : deleteSpanIds) {
                    unlinkIn(spanId);
                    st.setLong(1, spanId);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }
}
