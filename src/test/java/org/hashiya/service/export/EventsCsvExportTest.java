package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.EventsCsvWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCsvExportTest {
    @TempDir
    Path dir;
    EventsFixture f;
    ExportService export;

    @BeforeEach
    void setUp() {
        f = EventsFixture.create(dir.resolve("lib.db"));
        export = new ExportService(f.library);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private String exportText(SpanFilter filter, boolean excel) throws Exception {
        Path out = dir.resolve("events-" + System.nanoTime() + ".csv");
        ExportReport report = export.export(new ExportRequest(ExportFormat.EVENTS_CSV, filter, out, excel, false),
                ExportListener.NONE, () -> false);
        assertThat(report.cancelled()).isFalse();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private String textOf(long articleId) {
        return f.library.articles().find(articleId).orElseThrow().text();
    }

    @Test
    void oneRowPerArgumentInEventAndFillOrderWithTheContractsColumns() throws Exception {
        String csv = exportText(SpanFilter.ALL, false);
        assertThat(EventsCsvWriter.COLUMNS).containsExactly("event_id", "incident_id", "article_id", "event_label",
                "trigger_span_id", "trigger_text", "trigger_start", "trigger_end", "event_date", "date_precision",
                "certainty", "polarity", "modality", "fatalities", "injured", "role", "filler_span_id",
                "filler_label", "filler_text", "filler_start", "filler_end", "canonical_entry", "annotator");
        assertThat(csv).doesNotStartWith("\uFEFF");
        assertThat(csv.substring(0, csv.indexOf("\r\n"))).isEqualTo(String.join(",", EventsCsvWriter.COLUMNS));
        List<CSVRecord> rows = SpansCsvExportTest.parse(csv);
        // meeting (5 arguments), statement (2), deployment (none: one row), attack (3)
        assertThat(rows).extracting(r -> r.get("event_id")).containsExactly(
                id(f.meeting.id()), id(f.meeting.id()), id(f.meeting.id()), id(f.meeting.id()), id(f.meeting.id()),
                id(f.statement.id()), id(f.statement.id()), id(f.deployment.id()),
                id(f.attacking.id()), id(f.attacking.id()), id(f.attacking.id()));
        assertThat(rows.subList(0, 5)).extracting(r -> r.get("role") + ":" + r.get("filler_span_id")).containsExactly(
                "Participant:" + f.minister.id(), "Participant:" + f.american.id(), "Place:" + f.baghdad.id(),
                "Time:" + f.sunday.id(), "Participant:" + f.french.id());

        CSVRecord first = rows.get(0);
        assertThat(first.get("incident_id")).isEqualTo(id(f.incident));
        assertThat(first.get("article_id")).isEqualTo(id(f.a1));
        assertThat(first.get("event_label")).isEqualTo("MEET");
        assertThat(first.get("trigger_span_id")).isEqualTo(id(f.meet.id()));
        assertThat(first.get("trigger_text")).isEqualTo("اجتمعَ");
        assertThat(first.get("event_date")).isEqualTo("2026-11-29");
        assertThat(first.get("date_precision")).isEqualTo("day");
        assertThat(first.get("certainty")).isEqualTo("reported");
        assertThat(first.get("polarity")).isEqualTo("positive");
        assertThat(first.get("modality")).isEqualTo("asserted");
        assertThat(first.get("fatalities")).isEqualTo("0");
        assertThat(first.get("injured")).isEmpty();
        assertThat(first.get("filler_label")).isEqualTo("STATE_GOV");
        assertThat(first.get("filler_text")).isEqualTo("وزيرُ الخارجيةِ");
        assertThat(first.get("canonical_entry")).isEqualTo(id(f.ministerEntry));
        assertThat(first.get("annotator")).isEqualTo("amal");
        assertThat(rows.get(1).get("canonical_entry")).as("a filler without a link").isEmpty();
        assertThat(rows.get(2).get("canonical_entry")).isEqualTo(id(f.baghdadEntry));
        assertThat(rows.get(5).get("incident_id")).as("an event in no incident").isEmpty();
        assertThat(rows.get(6).get("role")).isEqualTo("About");
        assertThat(rows.get(6).get("filler_label")).as("another event's trigger fills About").isEqualTo("DEPLOY");

        CSVRecord alone = rows.get(7);
        assertThat(alone.get("event_label")).isEqualTo("DEPLOY");
        for (String column : List.of("role", "filler_span_id", "filler_label", "filler_text", "filler_start",
                "filler_end", "canonical_entry", "event_date", "date_precision", "fatalities", "injured")) {
            assertThat(alone.get(column)).as(column).isEmpty();
        }
        assertThat(alone.get("certainty")).isEqualTo("uncertain");
        assertThat(alone.get("polarity")).isEqualTo("negative");
        assertThat(alone.get("modality")).isEqualTo("other");
        assertThat(alone.get("annotator")).isEqualTo("amal");

        CSVRecord attack = rows.get(8);
        assertThat(attack.get("incident_id")).isEqualTo(id(f.incident));
        assertThat(attack.get("event_date")).isEqualTo("2026-11");
        assertThat(attack.get("date_precision")).isEqualTo("month");
        assertThat(attack.get("fatalities")).isEqualTo("3");
        assertThat(attack.get("annotator")).isEqualTo("omar");
        assertThat(rows.get(10).get("filler_text")).as("verbatim outside Excel mode").isEqualTo("=1+2");
    }

    @Test
    void offsetsAreCodePointsThatSliceTheArticleTextForTriggerAndFiller() throws Exception {
        List<CSVRecord> rows = SpansCsvExportTest.parse(exportText(SpanFilter.ALL, false));
        for (CSVRecord row : rows) {
            String text = textOf(Long.parseLong(row.get("article_id")));
            assertThat(ExportFixture.slice(text, cp(row, "trigger_start"), cp(row, "trigger_end")))
                    .isEqualTo(row.get("trigger_text"));
            if (!row.get("role").isEmpty()) {
                assertThat(ExportFixture.slice(text, cp(row, "filler_start"), cp(row, "filler_end")))
                        .isEqualTo(row.get("filler_text"));
            }
        }
        // two emoji (three code points, six UTF-16 units) come first: a UTF-16 offset would be 3 too far
        int utf16 = EventsFixture.ARTICLE_1.indexOf("اجتمعَ");
        int codePoints = EventsFixture.ARTICLE_1.codePointCount(0, utf16);
        assertThat(codePoints).isEqualTo(utf16 - 3);
        assertThat(cp(rows.get(0), "trigger_start")).isEqualTo(codePoints);
        assertThat(cp(rows.get(0), "trigger_end")).isEqualTo(codePoints + "اجتمعَ".length());
    }

    @Test
    void anEventIsWrittenWhenItsTriggerIsChosenAndAFillerFilteredOutIsLeftOut() throws Exception {
        SpanFilter amal = SpanFilter.ALL.withAnnotators(List.of("amal"));
        assertThat(export.countEvents(amal)).isEqualTo(3);
        assertThat(export.countEvents(SpanFilter.ALL)).isEqualTo(4);
        List<CSVRecord> rows = SpansCsvExportTest.parse(exportText(amal, false));
        assertThat(rows).extracting(r -> r.get("event_id")).doesNotContain(id(f.attacking.id()));
        assertThat(rows).filteredOn(r -> r.get("event_id").equals(id(f.meeting.id())))
                .extracting(r -> r.get("role") + ":" + r.get("filler_span_id")).containsExactly(
                        "Participant:" + f.minister.id(), "Participant:" + f.american.id(), "Place:" + f.baghdad.id(),
                        "Participant:" + f.french.id());
        assertThat(rows).hasSize(4 + 2 + 1);

        // only the fillers chosen: the meeting is left without arguments, one row with empty role fields
        List<CSVRecord> triggersOnly = SpansCsvExportTest.parse(exportText(SpanFilter.ALL.withLabels(List.of("MEET")),
                false));
        assertThat(triggersOnly).hasSize(1);
        assertThat(triggersOnly.get(0).get("role")).isEmpty();
    }

    @Test
    void excelModeAddsABomAndDefusesTextsButNeverIdsOrOffsets() throws Exception {
        String csv = exportText(SpanFilter.ALL, true);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = SpansCsvExportTest.parse(csv.substring(1));
        CSVRecord formula = rows.get(rows.size() - 1);
        assertThat(formula.get("filler_span_id")).isEqualTo(id(f.formula.id()));
        assertThat(formula.get("filler_text")).isEqualTo("'=1+2");
        assertThat(formula.get("filler_start")).isEqualTo("0");
        assertThat(rows.get(0).get("trigger_text")).isEqualTo("اجتمعَ");
        assertThat(rows.get(0).get("event_date")).isEqualTo("2026-11-29");
    }

    @Test
    void previewAndReportCountRowsOfEvents() throws Exception {
        String preview = export.preview(ExportFormat.EVENTS_CSV, SpanFilter.ALL, false, 3);
        assertThat(SpansCsvExportTest.parse(preview)).hasSize(3);
        Path out = dir.resolve("events.csv");
        ExportReport report = export.export(new ExportRequest(ExportFormat.EVENTS_CSV, SpanFilter.ALL, out, false,
                false), ExportListener.NONE, () -> false);
        assertThat(report.rows()).isEqualTo(11);
        assertThat(report.summary()).startsWith("Wrote 11 rows of events and their roles from 2 articles");
    }

    @Test
    void aLibraryWithoutEventsGivesTheHeaderOnly() throws Exception {
        ExportFixture plain = ExportFixture.create(dir.resolve("plain.db"));
        try {
            ExportService service = new ExportService(plain.library);
            String preview = service.preview(ExportFormat.EVENTS_CSV, SpanFilter.ALL, false, 20);
            assertThat(preview).isEqualTo(String.join(",", EventsCsvWriter.COLUMNS) + "\r\n");
            assertThat(service.countEvents(SpanFilter.ALL)).isZero();
        } finally {
            plain.library.close();
        }
    }

    private static int cp(CSVRecord row, String column) {
        return Integer.parseInt(row.get(column));
    }

    private static String id(long id) {
        return Long.toString(id);
    }
}
