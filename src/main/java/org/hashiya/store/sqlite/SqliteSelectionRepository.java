package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Event;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.SelectionRepository;
import org.hashiya.text.IsoInstants;

/**
 * Streams a {@link SpanFilter}'s selection straight from SQLite. Each stream reads on a connection
 * of its own, so a long export sees one consistent snapshot and never holds up the workbench's
 * writes on the main connection (WAL lets readers and a writer work side by side).
 */
final class SqliteSelectionRepository implements SelectionRepository {
    static final String SPAN_COLUMNS = "s.id, s.article_id, s.label_id, s.start_cp, s.end_cp, s.text, s.annotator, "
            + "s.created_at, s.updated_at, s.note, s.reviewed_by, s.reviewed_at, s.uuid";
    private static final String ARTICLE_COLUMNS = "a.id, a.text, a.title, a.source, a.url, a.published, a.source_path, "
            + "a.encoding, a.imported_at, a.sha256, a.status, a.relevance, a.note";

    private final ReadConnections readers;

    /** Opens a fresh connection for reading; closing it is the caller's job. */
    interface ReadConnections {
        Connection open();
    }

    SqliteSelectionRepository(ReadConnections readers) {
        this.readers = readers;
    }

    @Override
    public List<String> annotators() {
        return strings("SELECT DISTINCT annotator FROM span ORDER BY annotator", "list annotators");
    }

    @Override
    public List<String> tags() {
        return strings("SELECT DISTINCT tag FROM article_tag ORDER BY tag", "list tags");
    }

    private List<String> strings(String sql, String what) {
        List<String> values = new ArrayList<>();
        stream(what, c -> {
            try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        });
        return values;
    }

    @Override
    public long countSpans(SpanFilter filter) {
        SqlFilter.Where where = SqlFilter.of(filter).forSpans();
        return count("SELECT count(*) FROM span s JOIN article a ON a.id = s.article_id WHERE " + where.sql(), where,
                "count the chosen spans");
    }

    @Override
    public long countEvents(SpanFilter filter) {
        SqlFilter.Where where = SqlFilter.of(filter).forSpans();
        // CROSS JOIN: events are the outer loop (few), not every span probing for an event
        return count("SELECT count(*) FROM event e CROSS JOIN span s ON s.id = e.trigger_span_id"
                + " JOIN article a ON a.id = s.article_id WHERE " + where.sql(), where, "count the chosen events");
    }

    @Override
    public long countArticles(SpanFilter filter) {
        SqlFilter.Where where = SqlFilter.of(filter).forArticles();
        return count("SELECT count(*) FROM article a WHERE " + where.sql(), where, "count the chosen articles");
    }

    private long count(String sql, SqlFilter.Where where, String what) {
        try (Connection c = readers.open()) {
            return Sql.read(c, what, () -> {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    where.bind(st);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw Sql.failure(null, what, e);
        }
    }

    @Override
    public void forEachSpan(SpanFilter filter, Consumer<Span> action) {
        SqlFilter sqlFilter = SqlFilter.of(filter);
        stream("list the chosen spans", c -> {
            try (PreparedStatement st = c.prepareStatement(spanQuery(sqlFilter))) {
                SqlFilter.Where where = sqlFilter.hasArticleConditions() ? sqlFilter.forSpans() : sqlFilter.forSpansOnly();
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        action.accept(spanOf(rs));
                    }
                }
            }
        });
    }

    /** Spans in order; the articles are joined only when the filter has conditions on them. */
    private static String spanQuery(SqlFilter filter) {
        if (!filter.hasArticleConditions()) {
            return "SELECT " + SPAN_COLUMNS + " FROM span s WHERE " + filter.forSpansOnly().sql()
                    + " ORDER BY s.article_id, s.start_cp, s.end_cp, s.id";
        }
        return "SELECT " + SPAN_COLUMNS + " FROM span s JOIN article a ON a.id = s.article_id WHERE "
                + filter.forSpans().sql() + " ORDER BY s.article_id, s.start_cp, s.end_cp, s.id";
    }

    /** Spans in an article: by start, end, id. */
    private static final Comparator<Span> SPAN_ORDER =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end).thenComparingLong(Span::id);

    /**
     * Spans ordered by article and start only, as the index {@code span_article_start} gives them:
     * the order of spans sharing a start is settled per article in memory, which costs less than
     * SQLite's sort of every run of equal starts (a million spans: about 0.5 s of CPU less).
     */
    private static String spansByArticleQuery(SqlFilter filter) {
        String order = " ORDER BY s.article_id, s.start_cp";
        if (!filter.hasArticleConditions()) {
            return "SELECT " + SPAN_COLUMNS + " FROM span s WHERE " + filter.forSpansOnly().sql() + order;
        }
        return "SELECT " + SPAN_COLUMNS + " FROM span s JOIN article a ON a.id = s.article_id WHERE "
                + filter.forSpans().sql() + order;
    }

    @Override
    public void forEachArticle(SpanFilter filter, Consumer<AnnotatedArticle> action) {
        SqlFilter sqlFilter = SqlFilter.of(filter);
        SqlFilter.Where articleWhere = sqlFilter.forArticles();
        SqlFilter.Where spanWhere = sqlFilter.hasArticleConditions() ? sqlFilter.forSpans() : sqlFilter.forSpansOnly();
        stream("read the chosen articles", c -> {
            // Five cursors read in step, each ordered by article id: articles, their spans, their tags,
            // their events (with arguments) and their spans' registry links.
            try (PreparedStatement articles = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM article a WHERE "
                    + articleWhere.sql() + " ORDER BY a.id");
                 PreparedStatement spans = c.prepareStatement(spansByArticleQuery(sqlFilter));
                 PreparedStatement tags = c.prepareStatement(
                         "SELECT article_id, tag FROM article_tag ORDER BY article_id, tag");
                 PreparedStatement events = c.prepareStatement(EventsByArticle.SQL);
                 PreparedStatement links = c.prepareStatement(LinksByArticle.SQL)) {
                articleWhere.bind(articles);
                spanWhere.bind(spans);
                try (ResultSet ar = articles.executeQuery(); ResultSet sr = spans.executeQuery();
                     ResultSet tr = tags.executeQuery(); ResultSet er = events.executeQuery();
                     ResultSet lr = links.executeQuery()) {
                    EventsByArticle eventRows = new EventsByArticle(er);
                    LinksByArticle linkRows = new LinksByArticle(lr);
                    boolean spanRow = sr.next();
                    long spanArticle = spanRow ? sr.getLong(2) : Long.MAX_VALUE;
                    boolean tagRow = tr.next();
                    while (ar.next()) {
                        long id = ar.getLong(1);
                        List<Span> articleSpans = new ArrayList<>();
                        while (spanArticle <= id) {
                            if (spanArticle == id) {
                                articleSpans.add(spanOf(sr, spanArticle));
                            }
                            spanRow = sr.next();
                            spanArticle = spanRow ? sr.getLong(2) : Long.MAX_VALUE;
                        }
                        articleSpans.sort(SPAN_ORDER); // ties of a start come ordered by end, id here
                        List<String> articleTags = new ArrayList<>();
                        while (tagRow && tr.getLong(1) <= id) {
                            if (tr.getLong(1) == id) {
                                articleTags.add(tr.getString(2));
                            }
                            tagRow = tr.next();
                        }
                        action.accept(annotatedOf(ar, articleTags, articleSpans, eventRows.take(id), linkRows.take(id)));
                    }
                }
            }
        });
    }

    @Override
    public void forEachArticleCodings(SpanFilter filter, Consumer<ArticleCodings> action) {
        SqlFilter.Where articleWhere = SqlFilter.of(filter).forArticles();
        stream("read the chosen articles' codings", c -> {
            // Three cursors read in step, each ordered by article id: articles, their tags, merged codings.
            try (PreparedStatement articles = c.prepareStatement("SELECT a.id, a.title, a.sha256, a.status, a.relevance,"
                    + " a.note FROM article a WHERE " + articleWhere.sql() + " ORDER BY a.id");
                 PreparedStatement tags = c.prepareStatement(
                         "SELECT article_id, tag FROM article_tag ORDER BY article_id, tag");
                 PreparedStatement codings = c.prepareStatement("SELECT article_id, annotator, status, relevance, tags,"
                         + " note, merged_at FROM article_coding ORDER BY article_id, annotator")) {
                articleWhere.bind(articles);
                try (ResultSet ar = articles.executeQuery(); ResultSet tr = tags.executeQuery();
                     ResultSet cr = codings.executeQuery()) {
                    boolean tagRow = tr.next();
                    boolean codingRow = cr.next();
                    while (ar.next()) {
                        long id = ar.getLong(1);
                        List<String> articleTags = new ArrayList<>();
                        while (tagRow && tr.getLong(1) <= id) {
                            if (tr.getLong(1) == id) {
                                articleTags.add(tr.getString(2));
                            }
                            tagRow = tr.next();
                        }
                        List<ArticleCoding> merged = new ArrayList<>();
                        while (codingRow && cr.getLong(1) <= id) {
                            if (cr.getLong(1) == id) {
                                merged.add(SqliteArticleAnnotationRepository.codingOf(cr, 2, id));
                            }
                            codingRow = cr.next();
                        }
                        int relevanceValue = ar.getInt(5);
                        Relevance relevance = ar.wasNull() ? Relevance.UNSET
                                : relevanceValue == 1 ? Relevance.RELEVANT : Relevance.NOT_RELEVANT;
                        ArticleAnnotation own = new ArticleAnnotation(id, ArticleStatus.fromId(ar.getString(4)), relevance,
                                articleTags, ar.getString(6));
                        action.accept(new ArticleCodings(id, ar.getString(2), ar.getString(3), own, merged));
                    }
                }
            }
        });
    }

    private static AnnotatedArticle annotatedOf(ResultSet rs, List<String> tags, List<Span> spans, List<Event> events,
                                                Map<Long, Long> entries) throws SQLException {
        long id = rs.getLong(1);
        ArticleStatus status = ArticleStatus.fromId(rs.getString(11));
        int relevanceValue = rs.getInt(12);
        Relevance relevance = rs.wasNull() ? Relevance.UNSET
                : relevanceValue == 1 ? Relevance.RELEVANT : Relevance.NOT_RELEVANT;
        Article article = new Article(id, rs.getString(2),
                new ArticleMetadata(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                new ImportRecord(rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)), rs.getString(10)),
                status);
        return new AnnotatedArticle(article, new ArticleAnnotation(id, status, relevance, tags, rs.getString(13)), spans,
                events, entries);
    }

    /** A span from the 13 columns of {@link #SPAN_COLUMNS}, in that order, starting at column 1. */
    static Span spanOf(ResultSet rs) throws SQLException {
        return spanOfColumnsFrom(rs, 1);
    }

    /** A span from the 13 columns of {@link #SPAN_COLUMNS}, in that order, starting at column {@code first}. */
    static Span spanOfColumnsFrom(ResultSet rs, int first) throws SQLException {
        return spanOf(rs, first, rs.getLong(first + 1));
    }

    private static Span spanOf(ResultSet rs, long articleId) throws SQLException {
        return spanOf(rs, 1, articleId);
    }

    private static Span spanOf(ResultSet rs, int first, long articleId) throws SQLException {
        int c = first - 1;
        return new Span(rs.getLong(c + 1), articleId, rs.getString(c + 3), rs.getInt(c + 4), rs.getInt(c + 5),
                rs.getString(c + 6), rs.getString(c + 7), IsoInstants.parse(rs.getString(c + 8)),
                IsoInstants.parse(rs.getString(c + 9)), rs.getString(c + 10), rs.getString(c + 11),
                timeOrNull(rs.getString(c + 12)), rs.getString(c + 13));
    }

    /** A time the store may leave unset ("", a span not reviewed) as null. */
    private static Instant timeOrNull(String stored) {
        return stored == null || stored.isEmpty() ? null : IsoInstants.parse(stored);
    }

    private interface Reading {
        void run(Connection c) throws SQLException;
    }

    private void stream(String what, Reading reading) {
        try (Connection c = readers.open()) {
            Sql.read(c, what, () -> {
                reading.run(c);
                return null;
            });
        } catch (SQLException e) {
            throw Sql.failure(null, what, e);
        }
    }
}
