package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.store.LibraryMerge.RegistryOutcome;

/**
 * The registry entries of one merge source against MINE's, filling temp.merge_entry (their id,
 * MINE's id), then their span links. Entry ids are each library's own, so an entry is matched by
 * what it is: the same kind and Wikidata id when both have one; otherwise the same
 * {@link RegistryEntry#identity() identity} (kind, name's search key, actor type through the label
 * mapping, or place country and province), unless both have Wikidata ids that differ. An entry
 * MINE lacks is added with a new id; MINE's entries are never changed. Needs temp.merge_label and
 * temp.merge_span.
 */
final class MergeRegistry {
    private static final String COLUMNS = "kind, name, english_name, actor_type, aliases, country, wikidata, province,"
            + " latitude, longitude, note";

    private final Connection connection;
    private final String theirs;

    MergeRegistry(Connection connection, String theirs) {
        this.connection = connection;
        this.theirs = theirs;
    }

    private record Mine(long id, String wikidata) {
    }

    RegistryOutcome run() throws SQLException {
        Map<String, Long> byWikidata = new HashMap<>();
        Map<String, Mine> byIdentity = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, kind, name, actor_type, country, province, wikidata"
                     + " FROM main.registry_entry ORDER BY id")) {
            while (rs.next()) {
                remember(rs.getLong(1), rs.getString(2), identity(rs, 2), rs.getString(7), byWikidata, byIdentity);
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE merge_entry (their_id INTEGER PRIMARY KEY, my_id INTEGER NOT NULL)");
        }
        int added = 0;
        int matched = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.id, e.kind, e.name, coalesce(l.my_id, e.actor_type), e.country,"
                     + " e.province, e.wikidata FROM " + theirs + ".registry_entry e"
                     + " LEFT JOIN temp.merge_label l ON l.their_id = e.actor_type ORDER BY e.id");
             PreparedStatement map = connection.prepareStatement("INSERT INTO temp.merge_entry VALUES (?, ?)");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.registry_entry (" + COLUMNS
                     + ") SELECT kind, name, english_name, ?, aliases, country, wikidata, province, latitude, longitude,"
                     + " note FROM " + theirs + ".registry_entry WHERE id = ?");
             PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
            while (rs.next()) {
                long theirId = rs.getLong(1);
                String kind = rs.getString(2);
                String wikidata = rs.getString(7);
                String identity = identity(rs, 2);
                Long mine = wikidata.isEmpty() ? null : byWikidata.get(kind + "\t" + wikidata);
                if (mine == null) {
                    Mine same = byIdentity.get(identity);
                    if (same != null && (wikidata.isEmpty() || same.wikidata().isEmpty() || same.wikidata().equals(wikidata))) {
                        mine = same.id();
                    }
                }
                if (mine == null) {
                    insert.setString(1, rs.getString(4));
                    insert.setLong(2, theirId);
                    insert.executeUpdate();
                    try (ResultSet id = lastId.executeQuery()) {
                        mine = id.getLong(1);
                    }
                    remember(mine, kind, identity, wikidata, byWikidata, byIdentity);
                    added++;
                } else {
                    matched++;
                }
                map.setLong(1, theirId);
                map.setLong(2, mine);
                map.executeUpdate();
            }
        }
        int links;
        try (Statement st = connection.createStatement()) {
            // a span MINE already linked keeps its entry
            links = st.executeUpdate("INSERT INTO main.span_entry (span_id, entry_id) SELECT s.my_id, e.my_id FROM "
                    + theirs + ".span_entry l JOIN temp.merge_span s ON s.their_id = l.span_id"
                    + " JOIN temp.merge_entry e ON e.their_id = l.entry_id WHERE true ORDER BY l.span_id"
                    + " ON CONFLICT (span_id) DO NOTHING");
            st.execute("DROP TABLE temp.merge_entry");
        }
        return new RegistryOutcome(added, matched, links);
    }

    /** The identity of the row whose kind, name, actor type, country and province start at column {@code from}. */
    private static String identity(ResultSet rs, int from) throws SQLException {
        EntryKind kind = EntryKind.fromId(rs.getString(from));
        return RegistryEntry.identity(kind, rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                rs.getString(from + 4));
    }

    private static void remember(long id, String kind, String identity, String wikidata, Map<String, Long> byWikidata,
                                 Map<String, Mine> byIdentity) {
        if (!wikidata.isEmpty()) {
            byWikidata.putIfAbsent(kind + "\t" + wikidata, id);
        }
        byIdentity.putIfAbsent(identity, new Mine(id, wikidata));
    }
}
