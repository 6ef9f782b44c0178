package org.hashiya.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.Highlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation view model on a real SQLite library, without a window. */
class AnnotationViewModelTest {
    /** An emoji first, so UTF-16 indices (the pane's) run one ahead of code points (the store's). */
    static final String TEXT = "🔥 قال وزير خارجية مصر، وبالأمس أعلنت الحكومة عن هجوم على مواقع في حلب.";

    @TempDir
    Path dir;
    Library library;
    long articleId;
    AnnotationViewModel model;
    final List<String> painted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        articleId = TestArticles.add(library, "مصر", TEXT);
        model = new AnnotationViewModel();
        model.highlights().addHighlightSink(new HighlightsViewModel.HighlightSink() {
            @Override
            public void reset(List<Highlight> all) {
                painted.clear();
                all.forEach(h -> painted.add(h.id()));
            }

            @Override
            public void put(Highlight highlight) {
                painted.remove(highlight.id());
                painted.add(highlight.id());
            }

            @Override
            public void remove(String id) {
                painted.remove(id);
            }
        });
        assertThat(model.open(library, articleId, "mona")).isTrue();
    }

    @AfterEach
    void tearDown() {
        model.close();
        library.close();
    }

    private static int at(String part) {
        int i = TEXT.indexOf(part);
        assertThat(i).as(part).isGreaterThanOrEqualTo(0);
        return i;
    }

    private void select(String part, int fromInside, int toInside, boolean exact) {
        model.selection().setSelection(at(part) + fromInside, at(part) + toInside, exact);
    }

    private List<Span> stored() {
        return library.spans().findByArticle(articleId);
    }

    @Test
    void aShortcutOnARoughSelectionStoresTheWholeWordsInCodePointsAndPaintsThem() {
        // from inside «وزير» to inside «مصر،»: snapped to «وزير خارجية مصر» without the comma
        model.selection().setSelection(at("وزير") + 2, at("مصر") + 1, false);

        assertThat(model.labelling().applyShortcut("1", false)).isTrue();

        assertThat(stored()).singleElement().satisfies(span -> {
            assertThat(span.text()).isEqualTo("وزير خارجية مصر");
            assertThat(span.labelId()).isEqualTo("STATE_GOV");
            assertThat(span.annotator()).isEqualTo("mona");
            assertThat(span.start()).isEqualTo(at("وزير") - 1); // the emoji is two UTF-16 units, one code point
        });
        Highlight h = model.highlights().highlights().get("span-" + stored().get(0).id());
        assertThat(h.start()).isEqualTo(at("وزير"));
        assertThat(h.end()).isEqualTo(at("مصر") + "مصر".length());
        assertThat(h.color().getOpacity()).isEqualTo(org.hashiya.ui.SpanHighlights.FILL_OPACITY, org.assertj.core.data.Offset.offset(0.01));
        assertThat(painted).containsExactly("span-" + stored().get(0).id());
        assertThat(model.selection().selectionProperty().get().isEmpty()).as("selection handed over to the new span").isTrue();
        assertThat(model.selection().selectedSpanProperty().get().id()).isEqualTo(stored().get(0).id());
        assertThat(h.outline()).as("the new span is the picked one, outlined").isNotNull();
    }

    @Test
    void altKeepsTheExactCharactersSoAClisticCanBeLabelled() {
        select("وبالأمس", 0, 1, false); // just the و

        model.labelling().applyShortcut("5", true);

        assertThat(stored()).singleElement().extracting(Span::text).isEqualTo("و");
    }

    @Test
    void aSelectionMadeExactWithAltDragIsNotSnappedEither() {
        select("وبالأمس", 1, 3, true); // بال

        model.labelling().applyShortcut("5", false);

        assertThat(stored()).singleElement().extracting(Span::text).isEqualTo("با");
    }

    @Test
    void withoutAltThePartOfTheWordGrowsToTheWholeWord() {
        select("وبالأمس", 0, 1, false);

        model.labelling().applyShortcut("5", false);

        assertThat(stored()).singleElement().extracting(Span::text).isEqualTo("وبالأمس");
    }

    @Test
    void aKeyThatIsNoShortcutDoesNothing() {
        select("حلب", 0, 3, false);
        assertThat(model.labelling().applyShortcut("z", false)).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aShortcutOnAPickedSpanRelabelsIt() {
        select("حلب", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        long id = stored().get(0).id();
        model.selection().clearSelection();
        model.selection().clickAt(at("حلب") + 1);

        model.labelling().applyShortcut("2", false);

        assertThat(library.spans().find(id).orElseThrow().labelId()).isEqualTo("STATE_MIL");
        assertThat(model.spanList().rows()).singleElement().extracting(SpanRow::labelName).isEqualTo("State military");
        assertThat(model.selection().selectedSpanProperty().get().labelId()).isEqualTo("STATE_MIL");
        assertThat(model.highlights().highlights().get("span-" + id).color().getGreen()).as("#c2fac7 green")
                .isGreaterThan(model.highlights().highlights().get("span-" + id).color().getRed());
    }

    @Test
    void deletingThePickedSpanRemovesItFromStoreListAndPaint() {
        select("حلب", 0, 3, false);
        model.labelling().applyShortcut("1", false);

        assertThat(model.labelling().deleteSelectedSpan()).isTrue();

        assertThat(stored()).isEmpty();
        assertThat(model.spanList().rows()).isEmpty();
        assertThat(painted).isEmpty();
        assertThat(model.selection().selectedSpanProperty().get()).isNull();
        assertThat(model.labelling().deleteSelectedSpan()).as("nothing picked any more").isFalse();
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughManySteps() {
        select("حلب", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        long id = stored().get(0).id();
        model.labelling().applyShortcut("2", false);            // relabel the picked span
        model.labelling().setSelectedNote("المدينة");
        model.labelling().deleteSelectedSpan();
        assertThat(stored()).isEmpty();

        model.undo().undo();
        assertThat(library.spans().find(id).orElseThrow().note()).isEqualTo("المدينة");
        assertThat(painted).containsExactly("span-" + id);
        model.undo().undo();
        assertThat(library.spans().find(id).orElseThrow().note()).isEmpty();
        model.undo().undo();
        assertThat(library.spans().find(id).orElseThrow().labelId()).isEqualTo("STATE_GOV");
        assertThat(model.spanList().rows()).singleElement().extracting(SpanRow::labelName).isEqualTo("Government");
        model.undo().undo();
        assertThat(stored()).isEmpty();
        assertThat(painted).isEmpty();
        assertThat(model.undo().canUndoProperty().get()).isFalse();
        assertThat(model.undo().undo()).isFalse();

        model.undo().redo();
        model.undo().redo();
        assertThat(library.spans().find(id).orElseThrow().labelId()).isEqualTo("STATE_MIL");
        assertThat(model.spanList().rows()).singleElement().extracting(SpanRow::labelName).isEqualTo("State military");
        assertThat(model.undo().canRedoProperty().get()).isTrue();
    }

    @Test
    void clickingWhereSpansOverlapCyclesFromTheInnermostOutward() {
        model.selection().setSelection(at("وزير"), at("مصر") + 3, false);
        model.labelling().applyShortcut("1", false);                       // وزير خارجية مصر
        select("مصر", 0, 3, false);
        model.labelling().applyShortcut("7", false);                       // مصر inside it
        model.selection().setSelection(at("قال"), at("مصر") + 3, false);
        model.labelling().applyShortcut("2", false);                       // قال وزير خارجية مصر around both
        model.selection().clearSelection();

        int onMisr = at("مصر") + 1;
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            model.selection().clickAt(onMisr);
            picked.add(model.selection().selectedSpanProperty().get().text());
        }

        assertThat(picked).containsExactly("مصر", "وزير خارجية مصر", "قال وزير خارجية مصر", "مصر");
        model.selection().clickAt(at("حلب"));
        assertThat(model.selection().selectedSpanProperty().get()).as("a click off every span picks none").isNull();
        assertThat(model.tips().describeAt(onMisr).lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("mona"))
                .first().asString().startsWith("Person");
    }

    @Test
    void theFirstClickOnSpansPicksTheInnermostEvenIfAnOuterOneWasPickedOtherwise() {
        select("مصر", 0, 3, false);
        model.labelling().applyShortcut("7", false);
        model.selection().setSelection(at("وزير"), at("مصر") + 3, false);
        model.labelling().applyShortcut("1", false); // the new outer span is now picked

        model.selection().clickAt(at("مصر") + 1);

        assertThat(model.selection().selectedSpanProperty().get().text()).isEqualTo("مصر");
    }

    @Test
    void theSpanListIsInReadingOrderAndFollowsEveryChange() {
        select("حلب", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        select("الحكومة", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        select("مصر", 0, 3, false);
        model.labelling().applyShortcut("7", false);
        model.selection().setSelection(at("وزير"), at("مصر") + 3, false);
        model.labelling().applyShortcut("1", false);

        assertThat(model.spanList().rows()).extracting(r -> r.span().text())
                .containsExactly("وزير خارجية مصر", "مصر", "الحكومة", "حلب");

        model.selection().clickAt(at("الحكومة"));
        model.labelling().deleteSelectedSpan();
        assertThat(model.spanList().rows()).extracting(r -> r.span().text()).containsExactly("وزير خارجية مصر", "مصر", "حلب");
        model.undo().undo();
        assertThat(model.spanList().rows()).extracting(r -> r.span().text())
                .containsExactly("وزير خارجية مصر", "مصر", "الحكومة", "حلب");
        assertThat(model.spanList().rows()).extracting(r -> r.span().text())
                .containsExactlyElementsOf(stored().stream().map(Span::text).toList());
    }

    @Test
    void articleStatusTagsRelevanceAndNoteAreStoredAtOnceAndUndoable() {
        assertThat(model.article().statusProperty().get()).as("opening moved it on").isEqualTo(ArticleStatus.IN_PROGRESS);

        model.article().setStatus(ArticleStatus.DONE);
        model.article().setRelevance(Relevance.NOT_RELEVANT);
        model.article().setTags("سوريا, hospitals ، سوريا");
        model.article().setArticleNote("needs a second reader");

        ArticleAnnotation saved = library.articleAnnotations().find(articleId).orElseThrow();
        assertThat(saved.status()).isEqualTo(ArticleStatus.DONE);
        assertThat(saved.relevance()).isEqualTo(Relevance.NOT_RELEVANT);
        assertThat(saved.tags()).containsExactly("hospitals", "سوريا");
        assertThat(saved.note()).isEqualTo("needs a second reader");
        assertThat(model.article().tagsProperty().get()).isEqualTo("hospitals, سوريا");

        model.undo().undo();
        model.undo().undo();
        model.undo().undo();
        assertThat(model.article().statusProperty().get()).isEqualTo(ArticleStatus.DONE);
        assertThat(model.article().relevanceProperty().get()).isEqualTo(Relevance.UNSET);
        assertThat(library.articleAnnotations().find(articleId).orElseThrow().relevance()).isEqualTo(Relevance.UNSET);
    }

    @Test
    void settingTheSameValueAgainIsNoUndoStep() {
        model.article().setTags("a, b");
        model.article().setTags("b,a");
        model.article().setArticleNote("");
        model.undo().undo();
        assertThat(model.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void aStoredSpanThatNoLongerMatchesTheTextIsReportedAndLeftWhereItWas() {
        int start = at("حلب") - 1;
        library.spans().put(new Span(99, articleId, "PERSON", start, start + 3, "دمشق", "ali",
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"), ""));

        model.open(library, articleId, "mona");

        assertThat(model.mismatchReportProperty().get()).contains("1 span").contains("دمشق").contains("حلب");
        assertThat(model.messageProperty().get()).isEqualTo(model.mismatchReportProperty().get());
        Highlight h = model.highlights().highlights().get("span-99");
        assertThat(TEXT.substring(h.start(), h.end())).as("drawn at its stored offsets").isEqualTo("حلب");
        assertThat(library.spans().find(99).orElseThrow().start()).isEqualTo(start);
    }

    @Test
    void aSelectionOfOnlyPunctuationIsRefusedWithAReason() {
        model.selection().setSelection(at("،"), at("،") + 2, false);
        assertThat(model.labelling().applyShortcut("1", false)).isTrue();
        assertThat(stored()).isEmpty();
        assertThat(model.messageProperty().get()).contains("Nothing to label");
    }

    @Test
    void reopeningTheLibraryShowsEverySpanAgain() {
        select("حلب", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        select("الحكومة", 0, 3, false);
        model.labelling().applyShortcut("1", false);
        model.close();
        library.close();

        library = SqliteLibrary.open(dir.resolve("lib.db"), false);
        model.open(library, articleId, "mona");

        assertThat(model.spanList().rows()).extracting(r -> r.span().text()).containsExactly("الحكومة", "حلب");
        assertThat(painted).hasSize(2);
    }
}
