package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanUuid;
import org.hashiya.store.LibraryException;
import org.hashiya.store.SpanRepository;
import org.hashiya.text.IsoInstants;

final class SqliteSpanRepository implements SpanRepository {
    private static final String COLUMNS =
            "id, article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, note, reviewed_by, reviewed_at, uuid";
    private static final String ORDER = " ORDER BY article_id, start_cp, end_cp, id";

    private final Connection connection;

    SqliteSpanRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Span add(NewSpan span) {
        return Sql.inTransaction(connection, "store a span in article " + span.articleId(),
                () -> findIn(connection, insertIn(connection, span)).orElseThrow());
    }

    /** Inserts the span inside the caller's transaction; returns its new id. */
    static long insertIn(Connection connection, NewSpan span) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, note, uuid)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
            st.setLong(1, span.articleId());
            st.setString(2, span.labelId());
            st.setInt(3, span.start());
            st.setInt(4, span.end());
            st.setString(5, span.text());
            st.setString(6, span.annotator() == null ? "" : span.annotator());
            st.setString(7, IsoInstants.format(span.createdAt()));
            st.setString(8, IsoInstants.format(span.createdAt()));
            st.setString(9, span.note() == null ? "" : span.note());
            st.setString(10, SpanUuid.next());
            st.executeUpdate();
            try (ResultSet rs = lastId.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void put(Span span) {
        Sql.inTransaction(connection, "store span " + span.id(), () -> {
            putIn(connection, span);
            return null;
        });
    }

    /** Writes the span exactly as given inside the caller's transaction. */
    static void putIn(Connection connection, Span span) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("INSERT OR REPLACE INTO span (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, span.id());
            st.setLong(2, span.articleId());
            st.setString(3, span.labelId());
            st.setInt(4, span.start());
            st.setInt(5, span.end());
            st.setString(6, span.text());
            st.setString(7, span.annotator());
            st.setString(8, IsoInstants.format(span.createdAt()));
            st.setString(9, IsoInstants.format(span.updatedAt()));
            st.setString(10, span.note());
            st.setString(11, span.reviewedBy());
            st.setString(12, span.reviewedAt() == null ? "" : IsoInstants.format(span.reviewedAt()));
            st.setString(13, span.uuid().isEmpty() ? SpanUuid.next() : span.uuid());
            st.executeUpdate();
        }
    }

    @Override
    public Span updateLabel(long spanId, String labelId, Instant at) {
        return update(spanId, "label_id", labelId, at, "relabel span " + spanId);
    }

    @Override
    public Span updateNote(long spanId, String note, Instant at) {
        return update(spanId, "note", note == null ? "" : note, at, "save the note of span " + spanId);
    }

    private Span update(long spanId, String column, String value, Instant at, String what) {
        return Sql.inTransaction(connection, what, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE span SET " + column + " = ?, updated_at = ? WHERE id = ?")) {
                st.setString(1, value);
                st.setString(2, at.toString());
                st.setLong(3, spanId);
                if (st.executeUpdate() != 1) {
                    throw new LibraryException("no span " + spanId + " in this library");
                }
            }
            return findIn(connection, spanId).orElseThrow();
        });
    }

    @Override
    public boolean delete(long spanId) {
        return Sql.inTransaction(connection, "delete span " + spanId, () -> {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM span WHERE id = ?")) {
                st.setLong(1, spanId);
                return st.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Span> find(long spanId) {
        return Sql.read(connection, "read span " + spanId, () -> findIn(connection, spanId));
    }

    /** The span as stored, read inside the caller's transaction. */
    static Optional<Span> findIn(Connection connection, long spanId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT " + COLUMNS + " FROM span WHERE id = ?")) {
            st.setLong(1, spanId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(spanOf(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Span> findByArticle(long articleId) {
        return Sql.read(connection, "read the spans of article " + articleId,
                () -> query("SELECT " + COLUMNS + " FROM span WHERE article_id = ?" + ORDER, articleId));
    }

    @Override
    public List<Span> listAll() {
        return Sql.read(connection, "list spans", () -> query("SELECT " + COLUMNS + " FROM span" + ORDER));
    }

    @Override
    public void forEach(Consumer<Span> action) {
        Sql.read(connection, "list spans", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT " + COLUMNS + " FROM span" + ORDER);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    action.accept(spanOf(rs));
                }
            }
            return null;
        });
    }

    @Override
    public int countByArticle(long articleId) {
        return Sql.read(connection, "count the spans of article " + articleId, () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM span WHERE article_id = ?")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public int count() {
        return Sql.read(connection, "count spans", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM span");
                 ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private static Span spanOf(ResultSet rs) throws SQLException {
        return SqliteSelectionRepository.spanOf(rs);
    }

    private List<Span> query(String sql, long... params) throws SQLException {
        List<Span> spans = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    spans.add(spanOf(rs));
                }
            }
        }
        return spans;
    }
}
