package org.hashiya.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.service.export.ExportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics view model without a window, on the export fixture (hand count in
 * StatisticsServiceTest: 7 spans in 3 articles by amal and omar on 2026-11-30 and 2026-12-01).
 */
class StatisticsViewModelTest {
    @TempDir
    Path dir;
    ExportFixture f;
    final List<Runnable> queued = new ArrayList<>();
    StatisticsViewModel model;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        model = new StatisticsViewModel(Runnable::run, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    @Test
    void countsTheLibraryItIsGiven() {
        assertThat(model.bars(ChartId.LABELS)).isEmpty();

        model.setLibrary(f.library);

        assertThat(model.summaryProperty().get()).isEqualTo("7 spans in 3 articles");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.annotatorChoices()).containsExactly("amal", "omar");
        assertThat(model.bars(ChartId.KINDS)).extracting(Bar::category, Bar::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("actor", 3L), org.assertj.core.groups.Tuple.tuple("event", 1L),
                org.assertj.core.groups.Tuple.tuple("place", 2L), org.assertj.core.groups.Tuple.tuple("time", 1L),
                org.assertj.core.groups.Tuple.tuple("other", 0L));
        assertThat(model.bars(ChartId.STATUSES)).extracting(Bar::value).containsExactly(1L, 1L, 1L, 0L);
        assertThat(model.bars(ChartId.SPANS_PER_ARTICLE)).extracting(Bar::category).startsWith("0", "1", "2-5");
    }

    @Test
    void labelBarsReadTheArabicNameInSchemaOrderInTheLabelsColour() {
        model.setLibrary(f.library);

        List<Bar> bars = model.bars(ChartId.LABELS);

        assertThat(bars).hasSize(21);
        assertThat(bars.get(0)).isEqualTo(new Bar("جهة حكومية", 1, "#f7a1a1", "جهة حكومية\nGovernment (STATE_GOV)\n1 span"));
        assertThat(bars).filteredOn(b -> b.category().equals("تحالف أو منظمة دولية"))
                .extracting(Bar::value).containsExactly(2L);
        assertThat(bars).extracting(Bar::category).doesNotHaveDuplicates();
    }

    @Test
    void labelsSharingANameAreToldApartByTheirIds() {
        new org.hashiya.service.SchemaService(f.library).rename("LOCATION", "زمان", "Place");
        model.setLibrary(f.library);

        assertThat(model.bars(ChartId.LABELS)).extracting(Bar::category)
                .contains("زمان (LOCATION)", "زمان (TIME)").doesNotHaveDuplicates();
    }

    @Test
    void choosingAnAnnotatorOrDaysCountsAgainAndKeepsTheChoices() {
        model.setLibrary(f.library);

        model.annotatorProperty().set("omar");

        assertThat(model.summaryProperty().get()).isEqualTo("2 spans in 1 article (filtered)");
        assertThat(model.annotatorChoices()).containsExactly("amal", "omar");
        assertThat(model.bars(ChartId.ANNOTATORS)).extracting(Bar::category).containsExactly("omar");

        model.annotatorProperty().set(null);
        model.toProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(model.summaryProperty().get()).isEqualTo("3 spans in 2 articles (filtered)");
        assertThat(model.annotatorChoices()).containsExactly("amal");
    }

    @Test
    void aBackwardsRangeIsRefusedWithAReason() {
        model.setLibrary(f.library);
        model.fromProperty().set(LocalDate.of(2026, 12, 1));

        model.toProperty().set(LocalDate.of(2026, 11, 30));

        assertThat(model.messageProperty().get()).contains("ends (2026-11-30) before it starts (2026-12-01)");
        assertThat(model.summaryProperty().get()).isEqualTo("4 spans in 2 articles (filtered)"); // the last good count, from 2026-12-01
    }

    @Test
    void activityHasALinePerAnnotatorOverEveryDayIdleDaysZero() {
        model.setLibrary(f.library);

        ActivitySeries activity = model.activity();

        assertThat(activity.days()).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
        assertThat(activity.annotators()).extracting(ActivitySeries.Line::annotator).containsExactly("amal", "omar");
        assertThat(activity.annotators().get(0).counts()).containsExactly(3, 2);
        assertThat(activity.annotators().get(1).counts()).containsExactly(0, 2);
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        StatisticsViewModel queuedModel = new StatisticsViewModel(queued::add, Runnable::run);
        queuedModel.setLibrary(f.library);
        queuedModel.annotatorProperty().set("omar");
        assertThat(queued).hasSize(2);
        assertThat(queuedModel.loadingProperty().get()).isTrue();

        queued.get(1).run(); // the newer request answers first
        queued.get(0).run();

        assertThat(queuedModel.summaryProperty().get()).isEqualTo("2 spans in 1 article (filtered)");
        assertThat(queuedModel.loadingProperty().get()).isFalse();
    }

    @Test
    void eachChartsNumbersAreSavedAsCsvThatReadsBackAsTheyWere() throws Exception {
        model.setLibrary(f.library);
        Path labels = dir.resolve("labels.csv");
        Path activity = dir.resolve("activity.csv");

        assertThat(model.exportCsv(ChartId.LABELS, labels)).isTrue();
        assertThat(model.exportCsv(ChartId.ACTIVITY, activity)).isTrue();

        assertThat(model.messageProperty().get()).startsWith("Saved spans created per day").endsWith(activity.toString());
        List<CSVRecord> rows = read(labels);
        assertThat(rows).hasSize(21);
        assertThat(rows.get(0).toMap()).containsEntry("label_id", "STATE_GOV").containsEntry("arabic_name", "جهة حكومية")
                .containsEntry("english_name", "Government").containsEntry("kind", "actor").containsEntry("spans", "1");
        assertThat(read(activity)).extracting(r -> r.get("day") + " " + r.get("annotator") + " " + r.get("spans"))
                .containsExactly("2026-11-30 amal 3", "2026-12-01 amal 2", "2026-12-01 omar 2");
        assertThat(Files.readAllBytes(labels)[0]).as("no byte order mark").isEqualTo((byte) 'l');
        assertThat(Files.readString(labels, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void aCsvThatCannotBeWrittenSaysWhy() {
        model.setLibrary(f.library);
        Path folder = dir.resolve("no-such-folder").resolve("x.csv");

        assertThat(model.exportCsv(ChartId.KINDS, folder)).isFalse();

        assertThat(model.messageProperty().get()).startsWith("Could not save " + folder);
    }

    @Test
    void withoutALibraryThereIsNothingToCount() {
        model.setLibrary(f.library);
        model.setLibrary(null);

        assertThat(model.statisticsProperty().get()).isNull();
        assertThat(model.summaryProperty().get()).isEqualTo("No library is open.");
        assertThat(model.bars(ChartId.LABELS)).isEmpty();
        assertThat(model.exportCsv(ChartId.LABELS, dir.resolve("x.csv"))).isFalse();
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
