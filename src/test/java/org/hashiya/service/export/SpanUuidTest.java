package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.BratWriter;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every span's UUID leaves with it in every format that carries spans and comes back the same. */
class SpanUuidTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    @TempDir
    Path dir;
    ExportFixture f;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private static List<Span> spans(Library library) {
        List<Span> all = new ArrayList<>();
        library.selection().forEachArticle(SpanFilter.ALL, a -> all.addAll(a.spans()));
        return all;
    }

    /** "label start-end annotator" of each span by its UUID. */
    private static Map<String, String> byUuid(Library library) {
        return spans(library).stream().collect(Collectors.toMap(Span::uuid,
                s -> s.labelId() + " " + s.start() + "-" + s.end(), (a, b) -> a + " AND " + b, TreeMap::new));
    }

    private Path export(Library library, ExportFormat format, String name) {
        Path out = dir.resolve(name);
        new ExportService(library).export(new ExportRequest(format, SpanFilter.ALL, out, false, false),
                ExportListener.NONE, () -> false);
        return out;
    }

    private static ImportReport importInto(Library target, Path path) {
        new SchemaService(target).ensureSchema();
        return ArticleImporter.into(target, Clock.systemUTC(), null, "fallback-user")
                .importPaths(List.of(path), ImportListener.NONE, () -> false);
    }

    @Test
    void everyNewSpanHasItsOwnUuid() {
        List<Span> spans = spans(f.library);
        assertThat(spans).hasSize(7);
        assertThat(spans).extracting(Span::uuid).allMatch(u -> u.matches(UUID)).doesNotHaveDuplicates();
        // version 7: time-ordered, so spans made one after another sort by UUID as by creation
        assertThat(spans.get(0).uuid().charAt(14)).isEqualTo('7');
    }

    @Test
    void spansCsvHasTheUuidInTheColumnBeforeCanonicalEntry() throws Exception {
        String csv = Files.readString(export(f.library, ExportFormat.SPANS_CSV, "spans.csv"));
        List<CSVRecord> rows = SpansCsvExportTest.parse(csv);
        List<String> header = List.of(csv.substring(0, csv.indexOf("\r\n")).split(","));
        assertThat(header.get(header.size() - 2)).isEqualTo("span_uuid");
        assertThat(header.get(header.size() - 1)).isEqualTo("canonical_entry");
        Map<Long, String> uuidOfSpan = spans(f.library).stream().collect(Collectors.toMap(Span::id, Span::uuid));
        assertThat(rows).hasSize(7);
        for (CSVRecord row : rows) {
            assertThat(row.get("span_uuid")).isEqualTo(uuidOfSpan.get(Long.parseLong(row.get("span_id"))));
        }
    }

    @Test
    void jsonlCarriesTheUuidsIntoAnotherLibraryAndTheyAreRecognisedThere() throws Exception {
        Path file = export(f.library, ExportFormat.JSONL, "set.jsonl");
        assertThat(Files.readString(file)).contains("\"span_uuid\":\"" + spans(f.library).get(0).uuid() + "\"");
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            assertThat(importInto(copy, file).spansAdded()).isEqualTo(7);
            assertThat(byUuid(copy)).isEqualTo(byUuid(f.library));
            ImportReport again = importInto(copy, file);
            assertThat(again.spansAdded()).isZero();
            assertThat(copy.spans().count()).isEqualTo(7);
        }
    }

    @Test
    void bratCarriesTheUuidsAsACommentBratReads() throws Exception {
        Path folder = export(f.library, ExportFormat.BRAT, "brat");
        String ann = Files.readString(folder.resolve(BratWriter.name(f.a1) + ".ann"));
        Span first = spans(f.library).get(0);
        // brat: #ID<TAB>TYPE TARGET<TAB>text; the UUID line comes before the span's notes
        assertThat(ann).contains("#1\tHashiyaSpanUUID T1\t" + first.uuid() + "\n#2\tAnnotatorNotes T1\t");
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            ImportReport report = importInto(copy, folder);
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();
            assertThat(byUuid(copy)).isEqualTo(byUuid(f.library));
            assertThat(spans(copy).get(0).note()).isEqualTo(first.note()); // the UUID is no part of the note
        }
    }

    @Test
    void aFileSpanIsKnownByItsUuidWhenItHasOneElseByArticleLabelOffsetsAndAnnotator() throws Exception {
        Span first = spans(f.library).get(0);
        String jsonl = Files.readString(export(f.library, ExportFormat.JSONL, "set.jsonl"));
        // the first span with its UUID replaced: same article, label, offsets, annotator but another identity
        String fresh = "00000000-0000-4000-8000-000000000001";
        String changed = jsonl.replace(first.uuid(), fresh)
                // and another span without a UUID at all: known by its key
                .replace("\"span_uuid\":\"" + spans(f.library).get(1).uuid() + "\"", "\"span_uuid\":\"\"");
        Path file = dir.resolve("changed.jsonl");
        Files.writeString(file, changed);
        ImportReport report = importInto(f.library, file);
        assertThat(report.spansAdded()).as("only the span with the new UUID").isEqualTo(1);
        assertThat(byUuid(f.library)).containsEntry(fresh, first.labelId() + " " + first.start() + "-" + first.end());
        assertThat(f.library.spans().count()).isEqualTo(8);
    }

    @Test
    void aMalformedUuidIsReportedAndTheSpanGetsANewOne() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\":\"نص جديد تماما\",\"format\":\"hashiya-jsonl/1\",\"entities\":"
                + "[{\"label\":\"LOCATION\",\"start_offset\":0,\"end_offset\":2,\"span_uuid\":\"not-a-uuid\"}]}\n");
        ImportReport report = importInto(f.library, file);
        assertThat(report.outcomes().toString()).contains("not-a-uuid").contains("is not a UUID");
        assertThat(report.spansAdded()).isEqualTo(1);
        assertThat(spans(f.library)).extracting(Span::uuid).allMatch(u -> u.matches(UUID)).doesNotHaveDuplicates();
    }
}
