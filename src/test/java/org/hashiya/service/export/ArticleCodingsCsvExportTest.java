package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.ArticleCodingsCsvWriter;
import org.hashiya.service.MergedCoders;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** article-codings-csv of a library two coders' libraries were merged into, read back with Commons CSV. */
class ArticleCodingsCsvExportTest {
    @TempDir
    Path dir;

    private static List<CSVRecord> read(Path csv, boolean bom) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.startsWith("\uFEFF")).isEqualTo(bom);
        try (Reader in = new java.io.StringReader(bom ? text.substring(1) : text);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            assertThat(parser.getHeaderNames()).isEqualTo(ArticleCodingsCsvWriter.COLUMNS);
            return parser.getRecords();
        }
    }

    private static String row(CSVRecord r) {
        return String.join(" | ", r.get("article_title"), r.get("annotator"), r.get("status"), r.get("relevance"),
                r.get("tags"), r.get("note"), r.get("merged_at").isEmpty() ? "own" : "merged");
    }

    @Test
    void oneRowPerArticleAndCoderTheLibrarysOwnFirstUnderTheOwnersName() throws Exception {
        Path mine = MergedCoders.create(dir);
        Path out = dir.resolve("codings.csv");
        try (Library lib = SqliteLibrary.open(mine, false)) {
            ExportReport report = new ExportService(lib, "amal").export(new ExportRequest(ExportFormat.ARTICLE_CODINGS_CSV,
                    SpanFilter.ALL, out, false, false), ExportListener.NONE, () -> false);
            assertThat(report.rows()).isEqualTo(6);
            assertThat(report.articles()).isEqualTo(3);
            assertThat(report.summary()).startsWith("Wrote 6 rows of article codings from 3 articles (article-codings-csv)");
        }
        List<CSVRecord> rows = read(out, false);
        assertThat(rows).extracting(ArticleCodingsCsvExportTest::row).containsExactly(
                "مشترك | amal | done | relevant | عراق | ملاحظتي | own",
                "مشترك | omar | in_progress | not_relevant | غارة|موصل | " + MergedCoders.OMAR_NOTE + " | merged",
                "لي | amal | new |  |  |  | own",
                "لي | sami | reviewed |  | =SUM(A1) | لقاء | merged",
                "له | amal | new |  |  |  | own",
                "له | omar | done | relevant | بلدة |  | merged");
        // the note with an emoji, a line break, a comma and quotes comes back exactly, code point for code point
        assertThat(rows.get(1).get("note").codePoints().toArray()).isEqualTo(MergedCoders.OMAR_NOTE.codePoints().toArray());
        assertThat(rows.get(0).get("article_sha256")).isEqualTo(TextHash.sha256(MergedCoders.SHARED));
        assertThat(rows.get(5).get("article_sha256")).isEqualTo(TextHash.sha256(MergedCoders.ONLY_THEIRS));
        assertThat(rows.get(0).get("article_id")).isEqualTo(rows.get(1).get("article_id"));
        assertThat(Instant.parse(rows.get(1).get("merged_at"))).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void theExportFiltersChooseArticlesAndExcelDefusesFreeTextOnly() throws Exception {
        Path mine = MergedCoders.create(dir);
        Path done = dir.resolve("done.csv");
        Path samis = dir.resolve("samis.csv");
        try (Library lib = SqliteLibrary.open(mine, false)) {
            ExportService service = new ExportService(lib, "amal");
            service.export(new ExportRequest(ExportFormat.ARTICLE_CODINGS_CSV,
                    SpanFilter.ALL.withStatuses(Set.of(ArticleStatus.DONE)), done, false, false), ExportListener.NONE, () -> false);
            service.export(new ExportRequest(ExportFormat.ARTICLE_CODINGS_CSV,
                    SpanFilter.ALL.withAnnotators(Set.of("sami")), samis, true, false), ExportListener.NONE, () -> false);
            String preview = service.preview(ExportFormat.ARTICLE_CODINGS_CSV, SpanFilter.ALL, false, 3);
            assertThat(preview.split("\r\n")).hasSize(4); // the header and three rows, the note's line break inside a cell
            assertThat(preview).startsWith(String.join(",", ArticleCodingsCsvWriter.COLUMNS) + "\r\n");
        }
        // status chooses articles by the library's own status: omar's in_progress row of it comes along
        assertThat(read(done, false)).extracting(r -> r.get("annotator")).containsExactly("amal", "omar");
        List<CSVRecord> excel = read(samis, true);
        assertThat(excel).extracting(r -> r.get("article_title") + " " + r.get("annotator"))
                .containsExactly("مشترك amal", "مشترك omar", "لي amal", "لي sami");
        assertThat(excel.get(3).get("tags")).isEqualTo("'=SUM(A1)");
        assertThat(excel.get(3).get("article_sha256")).isEqualTo(TextHash.sha256(MergedCoders.ONLY_MINE));
    }

    @Test
    void withoutAnOwnerNameTheOwnRowsHaveAnEmptyAnnotator() throws Exception {
        Path mine = MergedCoders.create(dir);
        Path out = dir.resolve("codings.csv");
        try (Library lib = SqliteLibrary.open(mine, false)) {
            new ExportService(lib).export(new ExportRequest(ExportFormat.ARTICLE_CODINGS_CSV, SpanFilter.ALL, out, false,
                    false), ExportListener.NONE, () -> false);
        }
        assertThat(read(out, false)).filteredOn(r -> r.get("merged_at").isEmpty())
                .extracting(r -> r.get("annotator")).containsExactly("", "", "");
    }
}
