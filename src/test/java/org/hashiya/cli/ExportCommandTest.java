package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hashiya.service.export.EventsFixture;
import org.hashiya.service.export.ExportFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("lib.db");
        ExportFixture.create(db).library.close();
    }

    @Test
    void exportWritesTheFileAndASummaryToStandardErrorNothingToStandardOutput() throws Exception {
        Path out = dir.resolve("spans.csv");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString(),
                "--label", "LOCATION", "--annotator", "amal");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote 1 span of 1 article (spans-csv) to " + out.toAbsolutePath());
        assertThat(Files.readString(out, StandardCharsets.UTF_8).lines().count()).isEqualTo(2);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(",الموصل,");
    }

    @Test
    void eventsCsvWritesOneRowPerEventArgumentOfTheChosenTriggers() throws Exception {
        Path events = dir.resolve("events.db");
        EventsFixture.create(events).library.close();
        Path out = dir.resolve("events.csv");
        CliRun run = CliRun.of("export", "--db", events.toString(), "--format", "events-csv", "--out", out.toString(),
                "--annotator", "amal", "--excel");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("Wrote 7 rows of events and their roles from 1 article (events-csv)");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFevent_id,incident_id,article_id,event_label,");
        assertThat(csv.lines().count()).isEqualTo(8);
    }

    @Test
    void articleCodingsCsvWritesTheOwnersRowAndEachMergedCodersAndOwnerAppliesToItOnly() throws Exception {
        Path merged = org.hashiya.service.MergedCoders.create(Files.createDirectory(dir.resolve("coders")));
        Path out = dir.resolve("codings.csv");
        CliRun run = CliRun.of("export", "--db", merged.toString(), "--format", "article-codings-csv", "--out",
                out.toString(), "--owner", "amal", "--article", "1");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Wrote 2 rows of article codings from 1 article (article-codings-csv)");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("article_id,article_title,article_sha256,annotator,status,relevance,tags,note,merged_at\r\n");
        assertThat(csv).contains(",amal,done,relevant,عراق,ملاحظتي,\r\n").contains(",omar,in_progress,not_relevant,");

        CliRun refused = CliRun.of("export", "--db", merged.toString(), "--format", "articles-csv", "--out",
                dir.resolve("a.csv").toString(), "--owner", "amal");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("--owner applies to article-codings-csv only");
    }

    @Test
    void anExistingTargetIsRefusedWithoutForceAndReplacedWithIt() throws Exception {
        Path out = dir.resolve("spans.csv");
        Files.writeString(out, "keep me");
        CliRun refused = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        CliRun forced = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString(),
                "--force");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("article_id,");
    }

    @Test
    void badOptionsGetOneLineAndStatusTwo() {
        Path out = dir.resolve("x.csv");
        CliRun format = CliRun.of("export", "--db", db.toString(), "--format", "xlsx", "--out", out.toString());
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("format 'xlsx' is not one of spans-csv, articles-csv, article-codings-csv, events-csv, jsonl, brat, conll");
        CliRun label = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString(),
                "--label", "ATTAK");
        assertThat(label.status()).isEqualTo(2);
        assertThat(label.err()).contains("no label ATTAK");
        CliRun date = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString(),
                "--from", "30/11/2026");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--from '30/11/2026' is not a date of the form YYYY-MM-DD");
        CliRun excel = CliRun.of("export", "--db", db.toString(), "--format", "jsonl", "--out", out.toString(), "--excel");
        assertThat(excel.status()).isEqualTo(2);
        CliRun status = CliRun.of("export", "--db", db.toString(), "--format", "spans-csv", "--out", out.toString(),
                "--status", "finished");
        assertThat(status.status()).isEqualTo(2);
        assertThat(status.err()).contains("status 'finished'");
        assertThat(Files.exists(out)).isFalse();
        CliRun missing = CliRun.of("export", "--db", dir.resolve("none.db").toString(), "--format", "spans-csv",
                "--out", out.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no library at");
    }

    @Test
    void spansTakesTheSameFilters() {
        CliRun run = CliRun.of("spans", "--db", db.toString(), "--kind", "place");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().map(l -> l.split("\t")[5]).toList()).containsExactly("بغداد", "الموصل");
        CliRun one = CliRun.of("spans", "--db", db.toString(), "2", "--annotator", "amal");
        assertThat(one.out().lines().map(l -> l.split("\t")[5]).toList()).containsExactly("هجوم", "الموصل");
    }
}
