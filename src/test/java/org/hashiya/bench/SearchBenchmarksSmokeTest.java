package org.hashiya.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the search benchmark: it keeps compiling, and FTS5, Lucene and a full scan agree on every query. */
class SearchBenchmarksSmokeTest {
    @TempDir
    Path out;

    @Test
    void tinyRunMeasuresEveryWayAndTheyFindTheSameHits() throws Exception {
        Report report = new SearchBenchmarks(300, 0, 1, out, 7).run(); // throws if the three ways disagree

        List<Row> rows = report.rows();
        assertThat(rows).hasSize(3 + 3 * SearchBenchmarks.QUERIES.size());
        assertThat(rows.get(1).what()).startsWith("FTS5: build index");
        assertThat(rows.get(2).what()).startsWith("Lucene: build index");
        assertThat(rows.get(3).note()).isEqualTo("100 hits"); // «التحالف» is in nearly every article
        assertThat(rows).allSatisfy(r -> assertThat(r.stats().min()).isPositive());
    }
}
