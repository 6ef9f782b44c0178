package org.hashiya.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.SpanUuid;

/**
 * Writes generated spans straight into a library's span table in one transaction: a million
 * spans through {@code SpanRepository.add} would be a million synchronous commits. The library
 * must already be migrated and hold the labels (see {@code SchemaService.ensureSchema}); the rows
 * are what {@code SpanRepository.add} would write.
 */
public final class SpanBulkWriter {
    private SpanBulkWriter() {
    }

    public static void write(Path library, List<NewSpan> spans) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library)) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, note, uuid)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewSpan s : spans) {
                    st.setLong(1, s.articleId());
                    st.setString(2, s.labelId());
                    st.setInt(3, s.start());
                    st.setInt(4, s.end());
                    st.setString(5, s.text());
                    st.setString(6, s.annotator());
                    st.setString(7, s.createdAt().toString());
                    st.setString(8, s.createdAt().toString());
                    st.setString(9, s.note());
                    st.setString(10, SpanUuid.next());
                    st.addBatch();
                }
                st.executeBatch();
            }
            c.commit();
        }
    }
}
