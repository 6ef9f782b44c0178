package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.export.ExportFixture;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hashiya stats} on the export fixture (hand count in StatisticsServiceTest). */
class StatsCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("lib.db");
        ExportFixture.create(db).library.close();
    }

    @Test
    void printsEveryFigureAsSectionKeyCountLines() {
        CliRun run = CliRun.of("stats", "--db", db.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).allMatch(l -> l.split("\t", -1).length == 3);
        assertThat(lines.subList(0, 3)).containsExactly("total\tspans\t7", "total\tarticles\t3", "label\tSTATE_GOV\t1");
        assertThat(lines).containsSubsequence(
                "label\tCOALITION_IGO\t2", "label\tATTACK\t1", "label\tLOCATION\t2", "label\tTIME\t1",
                "kind\tactor\t3", "kind\tevent\t1", "kind\tplace\t2", "kind\ttime\t1", "kind\tother\t0",
                "annotator\tamal\t5", "annotator\tomar\t2",
                "status\tnew\t1", "status\tin_progress\t1", "status\tdone\t1", "status\treviewed\t0",
                "spans_per_article\t0\t1", "spans_per_article\t1\t0", "spans_per_article\t2-5\t2",
                "spans_per_article\t1001+\t0",
                "activity\t2026-11-30 amal\t3", "activity\t2026-12-01 amal\t2", "activity\t2026-12-01 omar\t2");
        assertThat(lines).contains("label\tPERSON\t0");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("activity\t2026-12-01 omar\t2");
        assertThat(CliRun.of("stats", "--db", db.toString()).out()).isEqualTo(run.out()); // stable
    }

    @Test
    void takesTheExportFilters() {
        CliRun omar = CliRun.of("stats", "--db", db.toString(), "--annotator", "omar");
        assertThat(omar.out().lines().toList()).startsWith("total\tspans\t2", "total\tarticles\t1")
                .contains("status\tdone\t1", "status\tnew\t0", "activity\t2026-12-01 omar\t2")
                .doesNotContain("annotator\tamal\t5");

        CliRun places = CliRun.of("stats", "--db", db.toString(), "--kind", "place", "--status", "in_progress");
        assertThat(places.out().lines().toList()).startsWith("total\tspans\t1", "total\tarticles\t1")
                .contains("label\tLOCATION\t1", "activity\t2026-12-01 amal\t1");
    }

    @Test
    void badFiltersAndMissingLibrariesGetOneLineAndStatusTwo() {
        CliRun label = CliRun.of("stats", "--db", db.toString(), "--label", "ATTAK");
        assertThat(label.status()).isEqualTo(2);
        assertThat(label.out()).isEmpty();
        assertThat(label.err()).contains("hashiya stats: no label ATTAK");
        CliRun date = CliRun.of("stats", "--db", db.toString(), "--to", "yesterday");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--to 'yesterday' is not a date of the form YYYY-MM-DD");
        CliRun kind = CliRun.of("stats", "--db", db.toString(), "--kind", "organisation");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).contains("kind 'organisation'");
        CliRun missing = CliRun.of("stats", "--db", dir.resolve("none.db").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no library at");
    }

    @Test
    void anAnnotatorNameWithATabOrBackslashStaysOnItsLine() {
        try (Library lib = SqliteLibrary.open(db, false)) {
            long third = lib.articles().listSummaries().get(2).id();
            lib.spans().add(new NewSpan(third, "PERSON", 0, 3, "مقا", "a\tb\\c", "", Instant.parse("2026-12-02T08:00:00Z")));
        }

        CliRun run = CliRun.of("stats", "--db", db.toString());

        assertThat(run.out().lines().toList()).contains("annotator\ta\\tb\\\\c\t1", "activity\t2026-12-02 a\\tb\\\\c\t1");
    }
}
