package org.hashiya.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hashiya.bench.micro.TextBenchmarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny size of the benchmark suite, so that it keeps compiling and running (the real one is bench/run). */
class BenchSmokeTest {
    @TempDir
    Path out;

    @Test
    void tinyRunMeasuresEveryOperationAtEverySizeAndChecksTheTargets() throws Exception {
        BenchOptions options = BenchOptions.parse("--sizes", "20,40", "--reps", "2", "--warmups", "0",
                "--target-size", "30", "--no-jmh", "--out", out.toString(), "--long-spans", "30,60", "--long-kb", "20",
                "--pages", "4", "--shortcuts", "3", "--no-window");
        Report report = new BenchRunner(options).run();

        List<Row> rows = report.rows();
        assertThat(rows).extracting(Row::what).containsExactly(
                "import folder", "open library + list summaries", "open 200 random articles",
                "set status of 200 articles (1 commit each)", "list the spans of 200 random articles",
                "open library + list all spans (hashiya spans)",
                "import folder", "open library + list summaries", "open 200 random articles",
                "set status of 200 articles (1 commit each)", "list the spans of 200 random articles",
                "open library + list all spans (hashiya spans)",
                "target: import ~5 KB articles", "target: open library + list summaries",
                "open an article with N spans (read + verify + highlights)",
                "open an article with N spans (read + verify + highlights)",
                "open a long article in the reading pane (setArticle → first screen drawn)",
                "scroll the long article by one page (→ drawn)",
                "open an article with N spans in the pane (store → drawn with highlights)",
                "open an article with N spans in the pane (store → drawn with highlights)",
                "label shortcut → span saved + highlight laid out at the next pulse");
        assertThat(rows.get(0).size()).isEqualTo(20);
        assertThat(rows.get(5).size()).as("spans at about one per 8-15 words").isBetween(20 * 20, 20 * 200);
        assertThat(rows.get(11).size()).isGreaterThan(rows.get(5).size());
        assertThat(rows.get(14).size()).isEqualTo(30);
        assertThat(rows.get(15).size()).isEqualTo(60);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.stats().min()).isPositive();
            assertThat(r.throughput()).isPositive();
        });
        assertThat(rows.subList(12, 14)).allSatisfy(r -> assertThat(r.target()).isNotBlank());
        assertThat(rows.get(20).target()).startsWith("< 30 ms");
        assertThat(rows.get(20).stats().seconds()).hasSize(3);
        String markdown = report.markdown();
        assertThat(markdown).contains("| import folder", "20→40 k=", "target: import ~5 KB articles");
    }

    @Test
    void everyMicroBenchmarkComputesTheRightThing() {
        TextBenchmarks b = new TextBenchmarks();
        b.kilobytes = 5;
        b.setUp();
        assertThat(b.arabic.length()).isGreaterThan(2500);
        assertThat(b.offsetsConstruct().codePointLength()).isEqualTo(b.arabic.length());
        assertThat(b.offsetsToCodePointWithEmoji()).isEqualTo(b.withEmoji.length() - 1);
        assertThat(b.offsetsToUtf16WithEmoji()).isEqualTo(b.withEmoji.length());
        assertThat(b.offsetsToCodePointArabic()).isEqualTo(b.arabic.length() / 2);
        assertThat(b.unifyCrlf()).isEqualTo(b.arabic);
        assertThat(b.sha256()).hasSize(64);
        assertThat(b.title()).isNotBlank();
    }

    @Test
    void growthExponentReadsLinearAndQuadratic() {
        Row small = row(1000, 1.0);
        assertThat(Report.exponent(small, row(2000, 2.0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.exponent(small, row(2000, 4.0))).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Report.verdict(1.0)).isEqualTo("linear");
        assertThat(Report.verdict(2.0)).startsWith("superlinear");
    }

    private static Row row(int size, double seconds) {
        return new Row("x", size, "articles", new Timing.Stats(new double[] {seconds}, 1), size, "articles", null, null, null);
    }
}
