package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.ArticleRepository;
import org.hashiya.store.LibraryException;
import org.hashiya.text.IsoInstants;

final class SqliteArticleRepository implements ArticleRepository {
    private final Connection connection;

    SqliteArticleRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<AddResult> addAll(List<NewArticle> batch) {
        return Sql.inTransaction(connection, "store articles", () -> {
            List<AddResult> results = new ArrayList<>(batch.size());
            Map<String, Long> addedInBatch = new HashMap<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO article (text, length, sha256, title, source, url, published,
                                         source_path, encoding, imported_at, search_indexed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (sha256) DO NOTHING""");
                 PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()");
                 PreparedStatement index = connection.prepareStatement(SqliteSearchIndex.INSERT);
                 PreparedStatement existing = connection.prepareStatement("SELECT id FROM article WHERE sha256 = ?")) {
                for (NewArticle article : batch) {
                    String sha = article.importRecord().sha256();
                    Long sameBatch = addedInBatch.get(sha);
                    if (sameBatch != null) {
                        results.add(new AddResult(sameBatch, true));
                        continue;
                    }
                    bind(insert, article);
                    if (insert.executeUpdate() == 1) {
                        long id;
                        try (ResultSet rs = lastId.executeQuery()) {
                            id = rs.getLong(1);
                        }
                        SqliteSearchIndex.add(index, id, article.text()); // committed with the article
                        addedInBatch.put(sha, id);
                        results.add(new AddResult(id, false));
                    } else {
                        existing.setString(1, sha);
                        try (ResultSet rs = existing.executeQuery()) {
                            results.add(new AddResult(rs.getLong(1), true));
                        }
                    }
                }
            }
            return results;
        });
    }

    /** Binds parameters 1-10 of an INSERT listing text, length, sha256, title, source, url, published, source_path, encoding, imported_at. */
    static void bind(PreparedStatement insert, NewArticle article) throws SQLException {
        String text = article.text();
        ArticleMetadata meta = article.metadata();
        ImportRecord record = article.importRecord();
        insert.setString(1, text);
        insert.setInt(2, text.codePointCount(0, text.length()));
        insert.setString(3, record.sha256());
        insert.setString(4, meta.title());
        insert.setString(5, meta.source());
        insert.setString(6, meta.url());
        insert.setString(7, meta.published());
        insert.setString(8, record.sourcePath());
        insert.setString(9, record.encoding());
        insert.setString(10, IsoInstants.format(record.importedAt()));
    }

    @Override
    public Optional<Article> find(long id) {
        return Sql.read(connection, "read article " + id, () -> {
            try (PreparedStatement st = connection.prepareStatement("""
                    SELECT id, text, title, source, url, published, source_path, encoding, imported_at,
                           sha256, status FROM article WHERE id = ?""")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Article(rs.getLong("id"), rs.getString("text"),
                            new ArticleMetadata(rs.getString("title"), rs.getString("source"),
                                    rs.getString("url"), rs.getString("published")),
                            new ImportRecord(rs.getString("source_path"), rs.getString("encoding"),
                                    Instant.parse(rs.getString("imported_at")), rs.getString("sha256")),
                            ArticleStatus.fromId(rs.getString("status"))));
                }
            }
        });
    }

    @Override
    public List<ArticleSummary> listSummaries() {
        return Sql.read(connection, "list articles", () -> {
            List<ArticleSummary> list = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT id, title, length, imported_at, published, status FROM article ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            Instant.parse(rs.getString(4)), rs.getString(5), ArticleStatus.fromId(rs.getString(6))));
                }
            }
            return list;
        });
    }

    @Override
    public Optional<Long> findIdBySha256(String sha256) {
        return Sql.read(connection, "look up article", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT id FROM article WHERE sha256 = ?")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    @Override
    public int count() {
        return Sql.read(connection, "count articles", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    @Override
    public void updateMetadata(long id, ArticleMetadata metadata) {
        Sql.inTransaction(connection, "save metadata of article " + id, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE article SET title = ?, source = ?, url = ?, published = ? WHERE id = ?")) {
                st.setString(1, metadata.title());
                st.setString(2, metadata.source());
                st.setString(3, metadata.url());
                st.setString(4, metadata.published());
                st.setLong(5, id);
                requireOneRow(st.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void updateStatus(long id, ArticleStatus status) {
        Sql.inTransaction(connection, "save status of article " + id, () -> {
            try (PreparedStatement st = connection.prepareStatement("UPDATE article SET status = ? WHERE id = ?")) {
                st.setString(1, status.id());
                st.setLong(2, id);
                requireOneRow(st.executeUpdate(), id);
            }
            return null;
        });
    }

    private static void requireOneRow(int rows, long id) {
        if (rows != 1) {
            throw new LibraryException("no article " + id + " in this library");
        }
    }
}
