package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.ArticlesCsvWriter;
import org.hashiya.io.annotated.SpansCsvWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpansCsvExportTest {
    @TempDir
    Path dir;
    ExportFixture f;
    ExportService export;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        export = new ExportService(f.library);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private String exportText(ExportFormat format, SpanFilter filter, boolean excel) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + "." + format.extension());
        ExportReport report = export.export(new ExportRequest(format, filter, out, excel, false), ExportListener.NONE,
                () -> false);
        assertThat(report.cancelled()).isFalse();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (Reader in = new StringReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void canonicalEntryIsTheLastColumnAndHoldsTheRegistryEntryALinkedSpanStandsFor() throws Exception {
        EventsFixture events = EventsFixture.create(dir.resolve("events.db"));
        try {
            Path out = dir.resolve("linked.csv");
            new ExportService(events.library).export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL, out,
                    false, false), ExportListener.NONE, () -> false);
            String csv = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(csv.substring(0, csv.indexOf("\r\n"))).endsWith(",span_uuid,canonical_entry");
            List<CSVRecord> rows = parse(csv);
            Map<String, String> entryOfSpan = rows.stream().collect(Collectors.toMap(r -> r.get("span_id"),
                    r -> r.get(r.size() - 1)));
            assertThat(entryOfSpan).hasSize(13)
                    .containsEntry(Long.toString(events.minister.id()), Long.toString(events.ministerEntry))
                    .containsEntry(Long.toString(events.baghdad.id()), Long.toString(events.baghdadEntry))
                    .containsEntry(Long.toString(events.american.id()), "");
            assertThat(entryOfSpan.values().stream().filter(v -> !v.isEmpty())).hasSize(2);
        } finally {
            events.library.close();
        }
    }

    @Test
    void everySpanIsOneRowWithTheHeaderInOrderAndOffsetsThatSliceTheArticleText() throws Exception {
        String csv = exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, false);
        assertThat(csv).doesNotStartWith("\uFEFF");
        assertThat(csv.substring(0, csv.indexOf("\r\n"))).isEqualTo(String.join(",", SpansCsvWriter.COLUMNS));
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(f.spans.size());
        Map<Long, Span> byId = f.spans.stream().collect(Collectors.toMap(Span::id, Function.identity()));
        for (CSVRecord row : rows) {
            long articleId = Long.parseLong(row.get("article_id"));
            String text = f.library.articles().find(articleId).orElseThrow().text();
            int start = Integer.parseInt(row.get("start"));
            int end = Integer.parseInt(row.get("end"));
            assertThat(ExportFixture.slice(text, start, end)).isEqualTo(row.get("text"));
            Span span = byId.get(Long.parseLong(row.get("span_id")));
            assertThat(row.get("label")).isEqualTo(span.labelId());
            assertThat(row.get("note")).isEqualTo(span.note());
            assertThat(row.get("annotator")).isEqualTo(span.annotator());
            assertThat(row.get("created_at")).isEqualTo(span.createdAt().toString()).endsWith("Z");
            assertThat(row.get("context")).contains(row.get("text"));
        }
        CSVRecord first = rows.get(0);
        assertThat(first.get("article_title")).isEqualTo("عنوان، مع \"فاصلة\"");
        assertThat(first.get("article_url")).isEqualTo("https://example.org/a?x=1,2");
        assertThat(first.get("article_date")).isEqualTo("2026-11-30");
        assertThat(first.get("label_kind")).isEqualTo("actor");
        // emoji come before the first span: code points, not UTF-16 units
        assertThat(Integer.parseInt(first.get("start"))).isEqualTo(ExportFixture.ARTICLE_1.codePointCount(0,
                ExportFixture.ARTICLE_1.indexOf("وزيرُ")));
    }

    @Test
    void theReviewedMarkFollowsUpdatedAtInTwoColumnsEmptyWhileNotReviewed() throws Exception {
        assertThat(SpansCsvWriter.COLUMNS).as("earlier columns keep their places").startsWith("article_id",
                "article_title", "article_source", "article_url", "article_date", "article_sha256", "span_id", "label",
                "label_kind", "start", "end", "text", "context", "note", "annotator", "created_at", "updated_at");
        assertThat(SpansCsvWriter.COLUMNS.subList(17, 19)).as("right after updated_at")
                .containsExactly("reviewed_by", "reviewed_at");
        assertThat(SpansCsvWriter.COLUMNS.subList(19, SpansCsvWriter.COLUMNS.size())).as("then the later columns")
                .containsExactly("span_uuid", "canonical_entry");
        Span reviewed = f.spans.get(3).withReview("هدى", java.time.Instant.parse("2026-12-02T09:30:00.250Z"));
        Span formula = f.spans.get(4).withReview("=cmd", java.time.Instant.parse("2026-12-03T00:00:00Z"));
        f.library.spans().put(reviewed);
        f.library.spans().put(formula);

        List<CSVRecord> rows = parse(exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, false));
        for (CSVRecord row : rows) {
            long id = Long.parseLong(row.get("span_id"));
            if (id == reviewed.id()) {
                assertThat(row.get("reviewed_by")).isEqualTo("هدى");
                assertThat(row.get("reviewed_at")).isEqualTo("2026-12-02T09:30:00.250Z");
            } else if (id == formula.id()) {
                assertThat(row.get("reviewed_by")).isEqualTo("=cmd");
            } else {
                assertThat(row.get("reviewed_by")).isEmpty();
                assertThat(row.get("reviewed_at")).isEmpty();
            }
        }
        List<CSVRecord> excel = parse(exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, true).substring(1));
        CSVRecord defused = excel.stream().filter(r -> Long.parseLong(r.get("span_id")) == formula.id()).findFirst()
                .orElseThrow();
        assertThat(defused.get("reviewed_by")).as("a reviewer's name is free text").isEqualTo("'=cmd");
        assertThat(defused.get("reviewed_at")).isEqualTo("2026-12-03T00:00:00Z");
    }

    @Test
    void quotingIsRfc4180CommasQuotesAndNewlinesInsideQuotedCellsRecordsEndWithCrLf() throws Exception {
        String csv = exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, false);
        assertThat(csv).contains("\"note, with \"\"quotes\"\"\nand a newline\"");
        assertThat(csv).contains("\"عنوان، مع \"\"فاصلة\"\"\"");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
        assertThat(csv).endsWith("\r\n");
        // one record per span plus the header, though a note holds a newline
        assertThat(parse(csv)).hasSize(7);
    }

    @Test
    void contextIsTheSentenceAroundTheSpan() throws Exception {
        List<CSVRecord> rows = parse(exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, false));
        CSVRecord baghdad = rows.stream().filter(r -> r.get("text").equals("بغداد")).findFirst().orElseThrow();
        assertThat(baghdad.get("context")).isEqualTo("وفي بغداد، اجتمع الوفد مع رئيس الوزراء؟");
        CSVRecord minister = rows.stream().filter(r -> r.get("text").equals("وزيرُ الخارجية")).findFirst().orElseThrow();
        assertThat(minister.get("context")).isEqualTo("😀🇸🇦 قالَ وزيرُ الخارجية إنّ \u200Fالتحالف «NATO» سيرسل 80 جندياً.");
    }

    @Test
    void excelModeAddsABomAndDefusesFreeTextOnlyNeverIdsOrOffsets() throws Exception {
        String csv = exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, true);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = parse(csv.substring(1));
        CSVRecord nato = rows.stream().filter(r -> r.get("text").equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.get("note")).isEqualTo("'=SUM(A1)");
        CSVRecord mosul = rows.stream().filter(r -> r.get("text").equals("الموصل")).findFirst().orElseThrow();
        assertThat(mosul.get("note")).isEqualTo("'-note");
        assertThat(mosul.get("article_title")).isEqualTo("'-2 هجوم");
        assertThat(mosul.get("article_source")).isEqualTo("'+source");
        assertThat(mosul.get("context")).isEqualTo("'=1+2 هجوم على مدينة الموصل");
        assertThat(Long.parseLong(mosul.get("article_id"))).isEqualTo(f.a2);
        assertThat(mosul.get("start")).doesNotStartWith("'");
        // without --excel the same values are verbatim
        List<CSVRecord> plain = parse(exportText(ExportFormat.SPANS_CSV, SpanFilter.ALL, false));
        assertThat(plain.stream().filter(r -> r.get("text").equals("NATO")).findFirst().orElseThrow().get("note"))
                .isEqualTo("=SUM(A1)");
    }

    @Test
    void articlesCsvHasOneRowPerArticleWithStatusRelevanceTagsAndSpanCount() throws Exception {
        String csv = exportText(ExportFormat.ARTICLES_CSV, SpanFilter.ALL, false);
        assertThat(csv.substring(0, csv.indexOf("\r\n"))).isEqualTo(String.join(",", ArticlesCsvWriter.COLUMNS));
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(3);
        CSVRecord first = rows.get(0);
        assertThat(first.get("status")).isEqualTo("done");
        assertThat(first.get("relevance")).isEqualTo("relevant");
        assertThat(first.get("tags")).isEqualTo("nato|عراق");
        assertThat(first.get("note")).isEqualTo("ملاحظة");
        assertThat(first.get("span_count")).isEqualTo("5");
        assertThat(first.get("length")).isEqualTo(Integer.toString(
                ExportFixture.ARTICLE_1.codePointCount(0, ExportFixture.ARTICLE_1.length())));
        assertThat(rows.get(1).get("relevance")).isEqualTo("not_relevant");
        assertThat(rows.get(2).get("status")).isEqualTo("new");
        assertThat(rows.get(2).get("relevance")).isEmpty();
        assertThat(rows.get(2).get("span_count")).isEqualTo("0");
    }
}
