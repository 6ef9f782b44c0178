package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hashiya.domain.Span;
import org.hashiya.text.IsoInstants;

/**
 * Inserts an import's spans, {@value #ROWS} rows to a statement: a million single-row inserts
 * spend more in the driver (a reset and a step per row) than SQLite spends storing them (on the
 * 2-core machine, 4.0-4.2 s against 3.5-3.7 s for the same rows fifty to a statement). A span
 * whose UUID is stored already is left out ({@code ON CONFLICT (uuid) DO NOTHING}), and
 * {@link #flush} says how many went in. An empty note or review and an {@code updated_at} equal
 * to {@code created_at} (most spans) are bound as NULL and coalesced in SQL, which spares copying
 * a string into SQLite.
 */
final class SpanInserts implements AutoCloseable {
    static final int ROWS = 50;
    private static final int COLUMNS = 12;

    private final PreparedStatement one;
    private final PreparedStatement many;
    private final IsoInstants.Recent times = new IsoInstants.Recent();
    private final Object[] waiting = new Object[ROWS * COLUMNS];
    private int rows;
    private int inserted;

    SpanInserts(Connection connection) throws SQLException {
        one = connection.prepareStatement(sql(1));
        try {
            many = connection.prepareStatement(sql(ROWS));
        } catch (SQLException e) {
            one.close();
            throw e;
        }
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at,
                                  updated_at, note, reviewed_by, reviewed_at, uuid) VALUES""");
        for (int r = 0; r < rows; r++) {
            int b = r * COLUMNS;
            sql.append(r == 0 ? "\n(" : ",\n(");
            for (int c = 1; c <= 7; c++) {
                sql.append('?').append(b + c).append(", ");
            }
            sql.append("coalesce(?").append(b + 8).append(", ?").append(b + 7).append("), ")
                    .append("coalesce(?").append(b + 9).append(", ''), ")
                    .append("coalesce(?").append(b + 10).append(", ''), ")
                    .append("coalesce(?").append(b + 11).append(", ''), ?").append(b + 12).append(')');
        }
        return sql.append("\nON CONFLICT (uuid) DO NOTHING").toString();
    }

    /** Queues the span for article {@code articleId} under {@code uuid}; stores a full statement's worth. */
    void add(long articleId, Span span, String uuid) throws SQLException {
        int b = rows * COLUMNS;
        waiting[b] = articleId;
        waiting[b + 1] = span.labelId();
        waiting[b + 2] = span.start();
        waiting[b + 3] = span.end();
        waiting[b + 4] = span.text();
        waiting[b + 5] = span.annotator();
        waiting[b + 6] = times.format(span.createdAt());
        waiting[b + 7] = span.updatedAt().equals(span.createdAt()) ? null : times.format(span.updatedAt());
        waiting[b + 8] = emptyAsNull(span.note());
        waiting[b + 9] = emptyAsNull(span.reviewedBy());
        waiting[b + 10] = span.reviewedAt() == null ? null : times.format(span.reviewedAt());
        waiting[b + 11] = uuid;
        if (++rows == ROWS) {
            for (int i = 0; i < waiting.length; i++) {
                bind(many, i + 1, waiting[i]);
            }
            inserted += many.executeUpdate();
            rows = 0;
        }
    }

    /** Stores what is queued; the number of spans stored since the last flush (those with a stored UUID left out). */
    int flush() throws SQLException {
        if (rows > 0) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    bind(one, c + 1, waiting[r * COLUMNS + c]);
                }
                one.addBatch();
            }
            for (int changed : one.executeBatch()) {
                inserted += changed;
            }
            rows = 0;
        }
        int stored = inserted;
        inserted = 0;
        return stored;
    }

    private static void bind(PreparedStatement st, int index, Object value) throws SQLException {
        if (value instanceof Long n) {
            st.setLong(index, n);
        } else if (value instanceof Integer n) {
            st.setInt(index, n);
        } else {
            st.setString(index, (String) value);
        }
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws SQLException {
        try {
            one.close();
        } finally {
            many.close();
        }
    }
}
