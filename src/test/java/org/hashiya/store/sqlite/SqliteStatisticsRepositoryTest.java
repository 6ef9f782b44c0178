package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.SpanFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics queries' plans on a library of the newest schema: spans grouped by reading the
 * span_day_annotator index in group order, never by sorting every span; an article's spans counted
 * through span_article_start whatever the filter (through span_annotator, SQLite read all of an
 * annotator's spans for every article: a million spans took over twenty minutes).
 */
class SqliteStatisticsRepositoryTest {
    static final List<SpanFilter> FILTERS = List.of(SpanFilter.ALL,
            SpanFilter.ALL.withAnnotators(List.of("omar")),
            SpanFilter.ALL.withLabels(List.of("ATTACK", "PERSON")),
            SpanFilter.ALL.withKinds(List.of(LabelKind.ACTOR)),
            SpanFilter.ALL.withDates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
            SpanFilter.ALL.withStatuses(List.of(ArticleStatus.DONE)).withAnnotators(List.of("omar")),
            SpanFilter.ALL.withArticles(List.of(17L)));

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void create() {
        file = dir.resolve("lib.db");
        SqliteLibrary.open(file, true).close();
    }

    @Test
    void spansAreGroupedFromTheirIndexWithoutSorting() throws Exception {
        List<Step> plan = plan(SqliteStatisticsRepository.spanGroupsSql(SqlFilter.of(SpanFilter.ALL), SpanFilter.ALL));

        Step grouping = plan.stream().filter(step -> step.detail().startsWith("MATERIALIZE g")).findFirst().orElseThrow();
        // grouping the spans is one index scan, no sort; sorting is left for the few groups only
        assertThat(plan.stream().filter(step -> step.parent() == grouping.id()).map(Step::detail))
                .containsExactly("SCAN s USING INDEX span_day_annotator");
    }

    @Test
    void aRangeOfDaysIsARangeOfTheIndex() throws Exception {
        SpanFilter march = FILTERS.get(4);

        assertThat(plan(SqliteStatisticsRepository.spanGroupsSql(SqlFilter.of(march), march)))
                .extracting(Step::detail).anyMatch(d -> d.startsWith("SEARCH s USING INDEX span_day_annotator (<expr>>? AND <expr><?)"));
    }

    @Test
    void anArticlesSpansAreCountedThroughTheArticleIndexWhateverTheFilter() throws Exception {
        for (SpanFilter filter : FILTERS) {
            List<String> searches = plan(SqliteStatisticsRepository.articleGroupsSql(SqlFilter.of(filter),
                    filter.hasSpanConditions())).stream().map(Step::detail).filter(d -> d.contains(" s ")).toList();

            assertThat(searches).as("%s", filter).isNotEmpty()
                    .allMatch(d -> d.startsWith("SEARCH s USING") && d.contains("INDEX span_article_start (article_id=?)"));
        }
    }

    private List<Step> plan(String sql) throws Exception {
        List<Step> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql.replace("?", "NULL"))) {
            while (rs.next()) {
                plan.add(new Step(rs.getInt("id"), rs.getInt("parent"), rs.getString("detail")));
            }
        }
        return plan;
    }

    private record Step(int id, int parent, String detail) {
    }
}
