package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.store.SearchIndexRepository;
import org.hashiya.text.SearchIndexText;

/**
 * The search index as an SQLite FTS5 table ({@code article_search}, contentless, rowid = article
 * id) inside the library file, so an article and its index entry are committed, backed up and
 * deleted together. Phrase lookups use FTS5's own phrase queries over the index keys.
 */
final class SqliteSearchIndex implements SearchIndexRepository {
    static final String INSERT = "INSERT INTO article_search (rowid, words) VALUES (?, ?)";

    private final Connection connection;
    private final SqliteSelectionRepository.ReadConnections readers;

    SqliteSearchIndex(Connection connection, SqliteSelectionRepository.ReadConnections readers) {
        this.connection = connection;
        this.readers = readers;
    }

    /** Adds one article's normalized copy; the caller's transaction commits it with the article. */
    static void add(PreparedStatement insert, long articleId, String text) throws SQLException {
        insert.setLong(1, articleId);
        insert.setString(2, SearchIndexText.of(text));
        insert.executeUpdate();
    }

    @Override
    public int countNotIndexed() {
        return Sql.read(connection, "count articles not in the search index", () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT count(*) FROM article WHERE search_indexed = 0"); ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Override
    public int indexSome(int limit) {
        return Sql.inTransaction(connection, "build the search index", () -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement pick = connection.prepareStatement(
                    "SELECT id, text FROM article WHERE search_indexed = 0 ORDER BY id LIMIT ?");
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                pick.setInt(1, limit);
                try (ResultSet rs = pick.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        add(insert, rs.getLong(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement mark = connection.prepareStatement("UPDATE article SET search_indexed = 1 WHERE id = ?")) {
                for (long id : ids) {
                    mark.setLong(1, id);
                    mark.addBatch();
                }
                mark.executeBatch();
            }
            return ids.size();
        });
    }

    @Override
    public void forEachCandidate(List<String> terms, CandidateVisitor visitor) {
        candidates(List.of(terms), null, visitor);
    }

    @Override
    public void forEachCandidateOfAny(List<List<String>> phrases, CandidateVisitor visitor) {
        candidates(phrases, null, visitor);
    }

    @Override
    public void forEachCandidateOfAny(List<List<String>> phrases, long articleId, CandidateVisitor visitor) {
        candidates(phrases, articleId, visitor);
    }

    private void candidates(List<List<String>> phrases, Long articleId, CandidateVisitor visitor) {
        List<String> query = phrases.stream().filter(p -> !p.isEmpty()).map(SqliteSearchIndex::phrase).toList();
        if (query.isEmpty()) {
            return;
        }
        String what = "search the library";
        try (Connection c = readers.open()) {
            Sql.read(c, what, () -> {
                try (PreparedStatement st = c.prepareStatement("""
                        SELECT s.rowid, a.text FROM article_search s JOIN article a ON a.id = s.rowid
                        WHERE article_search MATCH ?""" + (articleId == null ? "" : " AND s.rowid = ?") + " ORDER BY s.rowid")) {
                    st.setString(1, String.join(" OR ", query));
                    if (articleId != null) {
                        st.setLong(2, articleId);
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            if (!visitor.visit(rs.getLong(1), rs.getString(2))) {
                                break;
                            }
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw Sql.failure(null, what, e);
        }
    }

    /** An FTS5 phrase of the terms: {@code "a b"}. Terms hold only letters and digits. */
    static String phrase(List<String> terms) {
        return '"' + String.join(" ", terms).replace("\"", "\"\"") + '"';
    }
}
