package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.SpanFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spans are grouped by reading the span_day_annotator index in group order, not by sorting every span. */
class SqliteStatisticsRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void spansAreGroupedFromTheirIndexWithoutSorting() throws Exception {
        Path file = dir.resolve("lib.db");
        SqliteLibrary.open(file, true).close();
        List<Step> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN "
                     + SqliteStatisticsRepository.spanGroupsSql(SqlFilter.of(SpanFilter.ALL), SpanFilter.ALL))) {
            while (rs.next()) {
                plan.add(new Step(rs.getInt("id"), rs.getInt("parent"), rs.getString("detail")));
            }
        }
        Step grouping = plan.stream().filter(step -> step.detail().startsWith("MATERIALIZE g")).findFirst().orElseThrow();
        // grouping the spans is one index scan, no sort; sorting is left for the few groups only
        assertThat(plan.stream().filter(step -> step.parent() == grouping.id()).map(Step::detail))
                .containsExactly("SCAN s USING INDEX span_day_annotator");
    }

    private record Step(int id, int parent, String detail) {
    }
}
