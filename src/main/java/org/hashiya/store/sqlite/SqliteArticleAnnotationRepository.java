package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.store.ArticleAnnotationRepository;
import org.hashiya.store.LibraryException;
import org.hashiya.text.IsoInstants;

final class SqliteArticleAnnotationRepository implements ArticleAnnotationRepository {
    private final Connection connection;

    SqliteArticleAnnotationRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<ArticleAnnotation> find(long articleId) {
        return Sql.read(connection, "read the annotation of article " + articleId, () -> {
            ArticleStatus status;
            Relevance relevance;
            String note;
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT status, relevance, note FROM article WHERE id = ?")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    status = ArticleStatus.fromId(rs.getString(1));
                    int value = rs.getInt(2);
                    relevance = rs.wasNull() ? Relevance.UNSET : value == 1 ? Relevance.RELEVANT : Relevance.NOT_RELEVANT;
                    note = rs.getString(3);
                }
            }
            List<String> tags = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT tag FROM article_tag WHERE article_id = ? ORDER BY tag")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        tags.add(rs.getString(1));
                    }
                }
            }
            return Optional.of(new ArticleAnnotation(articleId, status, relevance, tags, note));
        });
    }

    @Override
    public void save(ArticleAnnotation annotation) {
        long id = annotation.articleId();
        Sql.inTransaction(connection, "save the annotation of article " + id, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE article SET status = ?, relevance = ?, note = ? WHERE id = ?")) {
                st.setString(1, annotation.status().id());
                switch (annotation.relevance()) {
                    case UNSET -> st.setNull(2, Types.INTEGER);
                    case RELEVANT -> st.setInt(2, 1);
                    case NOT_RELEVANT -> st.setInt(2, 0);
                }
                st.setString(3, annotation.note());
                st.setLong(4, id);
                if (st.executeUpdate() != 1) {
                    throw new LibraryException("no article " + id + " in this library");
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article_tag WHERE article_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO article_tag (article_id, tag) VALUES (?, ?)")) {
                delete.setLong(1, id);
                delete.executeUpdate();
                for (String tag : annotation.tags()) {
                    insert.setLong(1, id);
                    insert.setString(2, tag);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<ArticleCoding> codingsOf(long articleId) {
        return Sql.read(connection, "read other coders' annotations of article " + articleId, () -> {
            List<ArticleCoding> codings = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT annotator, status, relevance, tags, note,"
                    + " merged_at FROM article_coding WHERE article_id = ? ORDER BY annotator")) {
                st.setLong(1, articleId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        codings.add(codingOf(rs, 1, articleId));
                    }
                }
            }
            return codings;
        });
    }

    /**
     * A coding from the columns {@code annotator, status, relevance, tags, note, merged_at} of
     * {@code article_coding}, in that order, starting at column {@code first}.
     */
    static ArticleCoding codingOf(ResultSet rs, int first, long articleId) throws SQLException {
        int value = rs.getInt(first + 2);
        Relevance relevance = rs.wasNull() ? Relevance.UNSET : value == 1 ? Relevance.RELEVANT : Relevance.NOT_RELEVANT;
        String tags = rs.getString(first + 3);
        return new ArticleCoding(rs.getString(first), new ArticleAnnotation(articleId,
                ArticleStatus.fromId(rs.getString(first + 1)), relevance,
                tags.isEmpty() ? List.of() : List.of(tags.split("\n")), rs.getString(first + 4)),
                IsoInstants.parse(rs.getString(first + 5)));
    }
}
