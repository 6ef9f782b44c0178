package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How SQLite answers the review filters label and annotator together (migration 12): from the
 * index holding both, counting without reading a span's row, instead of reading every span of the
 * annotator to test its label.
 */
class ReviewFilterPlanTest {
    @TempDir
    Path folder;

    @Test
    void labelAndAnnotatorTogetherAreAnsweredFromTheirOwnIndex() throws Exception {
        Path file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
        }
        SpanFilter both = SpanFilter.ALL.withLabels(List.of("ATTACK")).withAnnotators(List.of("amal"));
        ReviewFilter withStatus = ReviewFilter.ALL.withSpans(both.withStatuses(List.of(ArticleStatus.DONE)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqlFilter.Where count = ReviewSql.where(ReviewFilter.ALL.withSpans(both), "", null, false);
            assertThat(plan(c, "SELECT count(*) FROM span s WHERE " + count.sql(), count.params()))
                    .anyMatch(step -> step.contains("COVERING INDEX span_label_annotator"));
            SqlFilter.Where rows = ReviewSql.where(withStatus, "", ReviewSort.LIBRARY, false);
            assertThat(plan(c, "SELECT s.id" + ReviewSql.FROM + " WHERE " + rows.sql()
                    + ReviewSql.orderBy(ReviewSort.LIBRARY, false) + " LIMIT 128", rows.params()))
                    .anyMatch(step -> step.contains("INDEX span_label_annotator (label_id=? AND annotator=?)"));
        }
    }

    private static List<String> plan(Connection c, String sql, List<Object> params) throws Exception {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString(4));
                }
            }
        }
        return steps;
    }
}
