package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.NewAnnotatedArticle;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanUuid;
import org.hashiya.text.IsoInstants;
import org.hashiya.store.AnnotatedImportRepository;

final class SqliteAnnotatedImportRepository implements AnnotatedImportRepository {
    private final Connection connection;

    SqliteAnnotatedImportRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Stored> storeAll(List<NewAnnotatedArticle> batch) {
        return store(batch, false);
    }

    @Override
    public BulkLoad bulkLoad() {
        long spansBefore = Sql.read(connection, "count spans", () -> {
            try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM span")) {
                return rs.getLong(1);
            }
        });
        return new Load(spansBefore);
    }

    /**
     * A load that puts the span indexes off once it has brought {@link #DEFER_AT} spans and at
     * least as many as the library held before: then sorting every index once at the end costs
     * less than keeping them sorted row by row.
     */
    private final class Load implements BulkLoad {
        private final long spansBefore;
        private long spansArrived;
        private boolean deferred;

        Load(long spansBefore) {
            this.spansBefore = spansBefore;
        }

        @Override
        public List<Stored> storeAll(List<NewAnnotatedArticle> articles) {
            long arriving = spansArrived;
            for (NewAnnotatedArticle article : articles) {
                arriving += article.spans().size();
            }
            boolean deferNow = !deferred && arriving >= DEFER_AT && arriving >= spansBefore;
            List<Stored> stored = store(articles, deferNow);
            spansArrived = arriving;
            deferred |= deferNow;
            return stored;
        }

        @Override
        public void close() {
            if (deferred) {
                DeferredSpanIndexes.restore(connection);
            }
        }
    }

    /** Spans an import brings before its load may put the span indexes off. */
    static final long DEFER_AT = 50_000;

    private List<Stored> store(List<NewAnnotatedArticle> batch, boolean deferIndexesFirst) {
        return Sql.inTransaction(connection, "store annotated articles", () -> {
            if (deferIndexesFirst) {
                DeferredSpanIndexes.suspend(connection);
            }
            List<Stored> results = new ArrayList<>(batch.size());
            try (PreparedStatement findArticle = connection.prepareStatement("SELECT id FROM article WHERE sha256 = ?");
                 PreparedStatement insertArticle = connection.prepareStatement("""
                         INSERT INTO article (text, length, sha256, title, source, url, published, source_path,
                                              encoding, imported_at, status, relevance, note, search_indexed)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""");
                 PreparedStatement index = connection.prepareStatement(SqliteSearchIndex.INSERT);
                 PreparedStatement insertTag = connection.prepareStatement(
                         "INSERT OR IGNORE INTO article_tag (article_id, tag) VALUES (?, ?)");
                 PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()");
                 PreparedStatement existingSpans = connection.prepareStatement(
                         "SELECT label_id, start_cp, end_cp, annotator FROM span WHERE article_id = ?");
                 PreparedStatement insertSpan = connection.prepareStatement("""
                         INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at,
                                           updated_at, note, reviewed_by, reviewed_at, uuid)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING""")) {
                IsoInstants.Recent times = new IsoInstants.Recent();
                for (NewAnnotatedArticle incoming : batch) {
                    NewArticle article = incoming.article();
                    Long existing = null;
                    findArticle.setString(1, article.importRecord().sha256());
                    try (ResultSet rs = findArticle.executeQuery()) {
                        if (rs.next()) {
                            existing = rs.getLong(1);
                        }
                    }
                    long id;
                    Set<SpanKey> there = new HashSet<>();
                    if (existing == null) {
                        bindArticle(insertArticle, incoming);
                        insertArticle.executeUpdate();
                        try (ResultSet rs = lastId.executeQuery()) {
                            id = rs.getLong(1);
                        }
                        SqliteSearchIndex.add(index, id, article.text()); // committed with the article
                        for (String tag : incoming.tags()) {
                            insertTag.setLong(1, id);
                            insertTag.setString(2, tag);
                            insertTag.executeUpdate();
                        }
                    } else {
                        id = existing;
                        existingSpans.setLong(1, id);
                        try (ResultSet rs = existingSpans.executeQuery()) {
                            while (rs.next()) {
                                there.add(new SpanKey(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                            }
                        }
                    }
                    int added = 0;
                    int already = 0;
                    for (Span span : incoming.spans()) {
                        // a span that brings its UUID is the same span as the stored one with it (the
                        // insert does nothing then); one without is known by article, label, offsets, annotator
                        boolean firstOfKey = there.add(new SpanKey(span.labelId(), span.start(), span.end(), span.annotator()));
                        if (!firstOfKey && span.uuid().isEmpty()) {
                            already++;
                            continue;
                        }
                        insertSpan.setLong(1, id);
                        insertSpan.setString(2, span.labelId());
                        insertSpan.setInt(3, span.start());
                        insertSpan.setInt(4, span.end());
                        insertSpan.setString(5, span.text());
                        insertSpan.setString(6, span.annotator());
                        insertSpan.setString(7, times.format(span.createdAt()));
                        insertSpan.setString(8, times.format(span.updatedAt()));
                        insertSpan.setString(9, span.note());
                        insertSpan.setString(10, span.reviewedBy());
                        insertSpan.setString(11, span.reviewedAt() == null ? "" : times.format(span.reviewedAt()));
                        insertSpan.setString(12, span.uuid().isEmpty() ? SpanUuid.next() : span.uuid());
                        insertSpan.addBatch();
                        added++;
                    }
                    if (added > 0) {
                        for (int changed : insertSpan.executeBatch()) {
                            if (changed == 0) { // its UUID was there already
                                added--;
                                already++;
                            }
                        }
                    }
                    results.add(new Stored(id, existing == null, added, already));
                }
            }
            return results;
        });
    }

    private static void bindArticle(PreparedStatement st, NewAnnotatedArticle incoming) throws SQLException {
        SqliteArticleRepository.bind(st, incoming.article());
        st.setString(11, incoming.status().id());
        switch (incoming.relevance()) {
            case UNSET -> st.setNull(12, Types.INTEGER);
            case RELEVANT -> st.setInt(12, 1);
            case NOT_RELEVANT -> st.setInt(12, 0);
        }
        st.setString(13, incoming.note());
    }

    private record SpanKey(String label, int start, int end, String annotator) {
    }
}
