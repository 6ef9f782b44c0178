package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review view model without a window: every read and write runs at once on the calling thread
 * (direct executors), against a real library through {@link ReviewService}.
 */
class ReviewViewModelTest {
    static final String TEXT = "قالَ وزيرُ الخارجيّة إنّ التحالف الدولي سيرسل جنوداً إلى بغدادَ. وأعلنت الشرطة اعتقال مشتبه به في الموصل.";

    @TempDir
    Path dir;
    Library library;
    ReviewViewModel model;
    List<ReviewRow> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        long article = library.articles().addAll(List.of(new NewArticle(TEXT, new ArticleMetadata("خبر", "", "", ""),
                new ImportRecord("a.txt", "UTF-8", Instant.parse("2026-11-01T00:00:00Z"), TextHash.sha256(TEXT))))).get(0).id();
        library.articleAnnotations().save(new ArticleAnnotation(article, ArticleStatus.DONE, Relevance.UNSET, List.of(), ""));
        String[][] spans = {{"STATE_GOV", "وزيرُ الخارجيّة", "amal"}, {"COALITION_IGO", "التحالف الدولي", "amal"},
            {"LOCATION", "بغدادَ", "omar"}, {"STATE_SECURITY", "الشرطة", "omar"}, {"ARREST", "اعتقال", "omar"},
            {"LOCATION", "الموصل", "amal"}};
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        // 200 rows: each span again and again, so the list has several blocks
        for (int i = 0; i < 200; i++) {
            String[] s = spans[i % spans.length];
            int from = TEXT.indexOf(s[1]);
            library.spans().add(new NewSpan(article, s[0], offsets.toCodePoint(from),
                    offsets.toCodePoint(from + s[1].length()), s[1], s[2], "", Instant.parse("2026-11-0" + (1 + i % 5) + "T09:00:00Z")));
        }
        model = new ReviewViewModel(Runnable::run, Runnable::run, Runnable::run);
        model.setOpener(opened::add);
        model.setService(new ReviewService(library, "هدى"));
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private List<String> texts(int from, int to) {
        ReviewRows rows = model.rowsProperty().get();
        List<String> texts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            texts.add(rows.get(i).row().span().text());
        }
        return texts;
    }

    @Test
    void theRowsOfEveryFilterArePlacesFilledFromTheLibraryBlockByBlock() {
        ReviewRows rows = model.rowsProperty().get();
        assertThat(model.countProperty().get()).isEqualTo(200);
        assertThat(rows).hasSize(200);
        assertThat(rows.get(199).row()).isNotNull();
        assertThat(model.choices().schemaProperty().get().byId("LOCATION")).isPresent();
        assertThat(model.choices().annotators()).containsExactly("amal", "omar");

        model.setLabels(Set.of("LOCATION"));
        assertThat(model.countProperty().get()).isEqualTo(66);
        assertThat(model.rowsProperty().get()).isNotSameAs(rows).hasSize(66);
        assertThat(texts(0, 66)).containsOnly("بغدادَ", "الموصل");

        model.setAnnotators(Set.of("omar"));
        assertThat(model.countProperty().get()).isEqualTo(33);
        model.setText("بغداد"); // without the fatha
        assertThat(model.countProperty().get()).isEqualTo(33);
        model.setText("الموصل");
        assertThat(model.countProperty().get()).isZero();
        model.clearFilters();
        assertThat(model.countProperty().get()).isEqualTo(200);
    }

    @Test
    void sortingAsksTheLibraryForTheNewOrder() {
        model.setSort(ReviewSort.ascending(ReviewSort.Column.TEXT));
        List<String> ascending = texts(0, 200);
        assertThat(ascending).isSortedAccordingTo(String::compareTo);
        model.setSort(ReviewSort.descending(ReviewSort.Column.TEXT));
        assertThat(texts(0, 3)).containsOnly("وزيرُ الخارجيّة");
    }

    @Test
    void aReversedDateRangeIsRefusedWithAMessage() {
        assertThat(model.setDates(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(model.messageProperty().get()).contains("ends");
        assertThat(model.setDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))).isTrue();
        assertThat(model.countProperty().get()).isEqualTo(80);
    }

    @Test
    void articleIdsAreReadAsTyped() {
        assertThat(ArticleIdList.parse(" 3, 10-12 ،٧")).containsExactly(3L, 10L, 11L, 12L, 7L);
        assertThat(ArticleIdList.parse("")).isEmpty();
        assertThatThrownBy(() -> ArticleIdList.parse("3, x")).hasMessageContaining("«x»");
        assertThatThrownBy(() -> ArticleIdList.parse("9-2")).hasMessageContaining("9-2");
        assertThat(model.setArticles("2")).isTrue();
        assertThat(model.countProperty().get()).isZero();
        assertThat(model.setArticles("1-a")).isFalse();
        assertThat(model.messageProperty().get()).contains("1-a");
    }

    @Test
    void bulkRelabelOnChosenRangesIsOneStepAndUndoBringsTheLabelsBack() {
        model.setSort(ReviewSort.ascending(ReviewSort.Column.LABEL));
        ReviewRows rows = model.rowsProperty().get();
        List<Span> before = library.spans().listAll();
        int[] ran = new int[1];
        // rows 0-9 (ARREST) and the last two rows of the table
        model.relabel(List.of(new ReviewViewModel.IndexRange(0, 9), new ReviewViewModel.IndexRange(198, 199)), "PERSON",
                () -> ran[0]++);
        assertThat(ran[0]).as("the view is told when the rows are back").isEqualTo(1);
        assertThat(model.messageProperty().get()).startsWith("Relabelled 12 spans as PERSON");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.changesProperty().get()).isEqualTo(1);
        assertThat(model.rowsProperty().get()).isNotSameAs(rows);
        assertThat(library.spans().listAll().stream().filter(s -> s.labelId().equals("PERSON")).count()).isEqualTo(12);

        model.undo(() -> ran[0]++);
        assertThat(library.spans().listAll()).isEqualTo(before);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo(() -> { });
        assertThat(library.spans().listAll().stream().filter(s -> s.labelId().equals("PERSON")).count()).isEqualTo(12);
    }

    @Test
    void markingEveryRowReviewedNeedsNoKeysAndShowsInTheRows() {
        model.markReviewed(List.of(new ReviewViewModel.IndexRange(0, 199)), true, () -> { });
        assertThat(model.messageProperty().get()).startsWith("Marked 200 spans reviewed");
        ReviewRow first = model.rowsProperty().get().get(0).row();
        assertThat(first.span().reviewedBy()).isEqualTo("هدى");
        assertThat(ReviewedMark.text(first.span())).startsWith("\u200E✓ ").endsWith(" · هدى");
        model.setReviewed(ReviewFilter.Reviewed.NOT_REVIEWED);
        assertThat(model.countProperty().get()).isZero();
    }

    @Test
    void nothingChosenIsSaidAndChangesNothing() {
        model.delete(List.of(), () -> { });
        assertThat(model.messageProperty().get()).contains("Choose rows");
        assertThat(library.spans().count()).isEqualTo(200);
    }

    @Test
    void beforeADeleteTheLibraryCountsTheEventsAndRolesOfTheChosenRowsEvenAllOfThem() {
        List<Span> all = library.spans().listAll();
        Span police = all.get(3);
        Span arrest = all.get(4);
        Span mosul = all.get(5);
        var event = library.events().add(arrest.articleId(), arrest.id(), org.hashiya.domain.EventAttributes.NONE);
        library.events().put(event.withArgument(new org.hashiya.domain.EventArgument("Agent", police.id()))
                .withArgument(new org.hashiya.domain.EventArgument("Place", mosul.id())));
        model.refresh(null);
        ReviewRows rows = model.rowsProperty().get();
        int trigger = -1;
        int agent = -1;
        for (int i = 0; i < rows.size(); i++) {
            long id = rows.get(i).row() == null ? -1 : rows.get(i).row().span().id();
            trigger = id == arrest.id() ? i : trigger;
            agent = id == police.id() ? i : agent;
        }
        assertThat(trigger).isNotNegative();
        assertThat(agent).isNotNegative();

        List<org.hashiya.domain.EventLinkCounts> said = new ArrayList<>();
        model.eventLinks(List.of(new ReviewViewModel.IndexRange(0, 199)), said::add);
        model.eventLinks(List.of(new ReviewViewModel.IndexRange(trigger, trigger)), said::add);
        model.eventLinks(List.of(new ReviewViewModel.IndexRange(agent, agent)), said::add);
        int plain = trigger == 0 ? 1 : 0;
        plain = plain == agent ? 2 : plain;
        model.eventLinks(List.of(new ReviewViewModel.IndexRange(plain, plain)), said::add);
        assertThat(said).containsExactly(new org.hashiya.domain.EventLinkCounts(1, 2, 1),
                new org.hashiya.domain.EventLinkCounts(1, 0, 0), new org.hashiya.domain.EventLinkCounts(0, 1, 1),
                org.hashiya.domain.EventLinkCounts.NONE);
        assertThat(library.spans().listAll()).as("counting deletes nothing").isEqualTo(all);

        model.eventLinks(List.of(), said::add);
        assertThat(said).hasSize(4);
        assertThat(model.messageProperty().get()).contains("Choose rows");
    }

    @Test
    void openingARowHandsItsSpanToTheReadingPane() {
        assertThat(model.open(5)).isTrue();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).span().text()).isEqualTo(model.rowsProperty().get().get(5).row().span().text());
        assertThat(model.open(200)).isFalse();
    }

    @Test
    void withoutALibraryThereAreNoRows() {
        model.setService(null);
        assertThat(model.rowsProperty().get()).isNull();
        assertThat(model.countProperty().get()).isZero();
        model.setLabels(Set.of("ATTACK")); // nothing to read, nothing fails
        assertThat(model.filterProperty().get().spans().labels()).containsExactly("ATTACK");
    }
}
