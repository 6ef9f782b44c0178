package org.hashiya.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Span;
import org.hashiya.service.AdjudicationService;
import org.hashiya.service.ComparisonKind;
import org.hashiya.service.Verdict;
import org.hashiya.ui.reader.Highlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison view model on a real SQLite library, without a window. */
class CompareViewModelTest {
    static final String TEXT = CompareFixture.TEXT;

    @TempDir
    Path dir;
    CompareFixture fixture;
    CompareViewModel model;
    List<Span> codings;

    @BeforeEach
    void setUp() {
        fixture = CompareFixture.create(dir.resolve("lib.db"));
        codings = fixture.library.spans().findByArticle(fixture.article);
        model = new CompareViewModel(new AdjudicationService(fixture.library), fixture.article);
        assertThat(model.coders()).containsExactly("mona", "sami");
        assertThat(model.start("mona", "sami", "gold")).isTrue();
    }

    @AfterEach
    void tearDown() {
        fixture.library.close();
    }

    private List<Span> gold() {
        return fixture.library.spans().findByArticle(fixture.article).stream().filter(s -> s.annotator().equals("gold")).toList();
    }

    private List<String> classesOf(String idPrefix) {
        return model.highlightsProperty().get().stream().filter(h -> h.id().startsWith(idPrefix)).map(Highlight::styleClass).toList();
    }

    @Test
    void listsTheDisagreementsInReadingOrderAndStartsAtTheFirst() {
        assertThat(model.disagreements()).extracting(DisagreementRow::kind).containsExactly(
                ComparisonKind.OTHER_LABEL, ComparisonKind.OVERLAP, ComparisonKind.ONE_CODER_ONLY);
        DisagreementRow first = model.currentRowProperty().get();
        assertThat(first.text()).isEqualTo("وزير خارجية مصر");
        assertThat(TEXT.substring(first.utf16Start(), first.utf16End())).isEqualTo("وزير خارجية مصر");
        assertThat(first.coderA()).isNotEqualTo(first.coderB());
        assertThat(model.summaryProperty().get()).startsWith("0 of 3 disagreements settled · 1 agreements (0 taken)");
    }

    @Test
    void paintsAgreementsAndEachCoderAndKindApartOnTheStoredCharacters() {
        List<Highlight> painted = model.highlightsProperty().get();
        Highlight agreement = painted.stream().filter(h -> h.id().startsWith("agree-")).findFirst().orElseThrow();
        assertThat(TEXT.substring(agreement.start(), agreement.end())).isEqualTo("مصر");
        assertThat(agreement.styleClass()).isEqualTo("compare-agreement");
        // the current disagreement's spans come last, painted over their neighbours
        assertThat(classesOf("a-")).containsExactly("compare-coder-a compare-overlap", "compare-coder-a compare-one-coder",
                "compare-coder-a compare-other-label compare-current");
        assertThat(classesOf("b-")).containsExactly("compare-coder-b compare-overlap",
                "compare-coder-b compare-other-label compare-current");
        assertThat(painted.get(painted.size() - 1).styleClass()).endsWith("compare-current");
        Highlight overlapB = painted.stream().filter(h -> h.styleClass().equals("compare-coder-b compare-overlap"))
                .findFirst().orElseThrow();
        assertThat(TEXT.substring(overlapB.start(), overlapB.end())).isEqualTo("شن هجوما");
    }

    @Test
    void stepsRoundTheDisagreementsBothWays() {
        model.next();
        assertThat(model.currentRowProperty().get().kind()).isEqualTo(ComparisonKind.OVERLAP);
        model.next();
        model.next();
        assertThat(model.currentProperty().get()).isZero();
        model.previous();
        assertThat(model.currentRowProperty().get().kind()).isEqualTo(ComparisonKind.ONE_CODER_ONLY);
        assertThat(classesOf("a-")).last().asString().endsWith("compare-current");
    }

    @Test
    void decidingStoresGoldSpansMovesOnAndTheLastMarksTheArticleReviewed() {
        assertThat(model.decide(Verdict.CODER_B)).isTrue();
        assertThat(model.currentRowProperty().get().kind()).isEqualTo(ComparisonKind.OVERLAP);
        assertThat(model.disagreements().get(0).settled()).isTrue();
        assertThat(model.disagreements().get(0).outcome()).isEqualTo("gold: " + model.labelName("PERSON"));
        assertThat(classesOf("gold-")).containsExactly("compare-gold");

        model.decide(Verdict.NEITHER);
        assertThat(classesOf("a-")).contains("compare-rejected");
        assertThat(model.statusProperty().get()).isNotEqualTo(ArticleStatus.REVIEWED);
        model.decide(Verdict.CODER_A);

        assertThat(model.statusProperty().get()).isEqualTo(ArticleStatus.REVIEWED);
        assertThat(gold()).extracting(Span::text).containsExactly("وزير خارجية مصر", "حلب");
        assertThat(fixture.library.spans().findByArticle(fixture.article).stream()
                .filter(s -> !s.annotator().equals("gold")).toList()).isEqualTo(codings);
        assertThat(model.changedAnything()).isTrue();
    }

    @Test
    void aNeitherShowsSettledWhenTheArticleIsOpenedAgain() {
        model.next();
        assertThat(model.decide(Verdict.NEITHER)).isTrue();

        CompareViewModel again = new CompareViewModel(new AdjudicationService(fixture.library), fixture.article);
        assertThat(again.start("mona", "sami", "gold")).isTrue();

        DisagreementRow overlap = again.disagreements().get(1);
        assertThat(overlap.kind()).isEqualTo(ComparisonKind.OVERLAP);
        assertThat(overlap.settled()).isTrue();
        assertThat(again.disagreements().get(0).settled()).isFalse();
        assertThat(again.summaryProperty().get()).startsWith("1 of 3 disagreements settled");
    }

    @Test
    void anOwnSpanSnapsTheSelectionToWordsAndTakesTheChosenLabel() {
        model.next(); // the overlap: هجوما / شن هجوما
        int at = TEXT.indexOf("الجيش");
        model.setSelection(at + 2, TEXT.indexOf("هجوما") + 2); // inside words at both ends

        assertThat(model.decideOwn("DEPLOY")).isTrue();

        assertThat(gold()).extracting(Span::labelId, Span::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DEPLOY", "الجيش شن هجوما"));
    }

    @Test
    void takingAgreementsAndUndoAndRedoUpdateTheRowsAndStatus() {
        assertThat(model.acceptAgreements()).isEqualTo(1);
        assertThat(classesOf("agree-")).containsExactly("compare-agreement compare-taken");
        model.decide(Verdict.CODER_A);
        model.decide(Verdict.BOTH);
        model.decide(Verdict.CODER_B);
        assertThat(model.statusProperty().get()).isEqualTo(ArticleStatus.REVIEWED);

        assertThat(model.undo()).isTrue();
        assertThat(model.statusProperty().get()).isNotEqualTo(ArticleStatus.REVIEWED);
        assertThat(model.currentRowProperty().get().kind()).isEqualTo(ComparisonKind.ONE_CODER_ONLY);
        assertThat(model.currentRowProperty().get().settled()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();

        assertThat(model.redo()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(ArticleStatus.REVIEWED);
        for (int i = 0; i < 4; i++) {
            model.undo();
        }
        assertThat(gold()).isEmpty();
        assertThat(model.undo()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing to undo.");
    }

    @Test
    void theHoverTipNamesEachCodersLabelWhereTheyArePaintedOverOneAnother() {
        int at = TEXT.indexOf("خارجية");
        String tip = model.describeAt(at);
        assertThat(tip).isEqualTo("same span, other label: A (mona) " + model.labelName("STATE_GOV")
                + " · B (sami) " + model.labelName("PERSON"));

        model.decide(Verdict.CODER_B);

        assertThat(model.describeAt(at)).endsWith(" · gold: " + model.labelName("PERSON"));
        assertThat(model.describeAt(TEXT.indexOf("مصر") + 1)).contains("agreement: A (mona)", "same span, other label");
        assertThat(model.describeAt(TEXT.indexOf("قال"))).isEmpty();
    }

    @Test
    void aRefusedComparisonSaysWhy() {
        CompareViewModel other = new CompareViewModel(new AdjudicationService(fixture.library), fixture.article);
        assertThat(other.start("mona", "sami", "mona")).isFalse();
        assertThat(other.messageProperty().get()).contains("must differ");
        assertThat(other.openProperty().get()).isFalse();
    }
}
