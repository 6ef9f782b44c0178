package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adjudication on a real SQLite library: gold spans stored apart, the coders' untouched, undo. */
class AdjudicatorTest {
    /** An emoji first, so code points and UTF-16 indices differ. */
    static final String TEXT = "🔥 قال وزير خارجية مصر إن الجيش شن هجوما على مواقع في حلب أمس.";

    @TempDir
    Path dir;
    Library library;
    long article;
    List<Span> codings;

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        article = TestArticles.add(library, "حلب", TEXT);
        // agreement: مصر LOCATION; other label: وزير خارجية مصر; overlap: هجوما / شن هجوما; A only: حلب
        add("mona", "LOCATION", "مصر");
        add("sami", "LOCATION", "مصر");
        add("mona", "STATE_GOV", "وزير خارجية مصر");
        add("sami", "PERSON", "وزير خارجية مصر");
        add("mona", "ATTACK", "هجوما");
        add("sami", "ATTACK", "شن هجوما");
        add("mona", "LOCATION", "حلب");
        codings = library.spans().findByArticle(article);
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private void add(String coder, String label, String words) {
        int utf16 = TEXT.indexOf(words);
        int start = TEXT.codePointCount(0, utf16);
        int end = start + words.codePointCount(0, words.length());
        library.spans().add(new NewSpan(article, label, start, end, words, coder, "", Instant.parse("2024-05-01T10:00:00Z")));
    }

    private Adjudicator open() {
        return new AdjudicationService(library).open(article, "mona", "sami", "gold");
    }

    private List<Span> coders() {
        return library.spans().findByArticle(article).stream().filter(s -> !s.annotator().equals("gold")).toList();
    }

    private List<String> gold(Adjudicator adjudicator) {
        return adjudicator.goldSpans().stream().map(s -> s.labelId() + " " + s.text()).toList();
    }

    @Test
    void findsTheCodersAndEveryKindInReadingOrder() {
        assertThat(new AdjudicationService(library).annotatorsOf(article)).containsExactly("mona", "sami");
        Adjudicator adjudicator = open();

        assertThat(adjudicator.items()).extracting(ComparedSpans::kind).containsExactly(
                ComparisonKind.OTHER_LABEL, ComparisonKind.AGREEMENT, ComparisonKind.OVERLAP, ComparisonKind.ONE_CODER_ONLY);
        assertThat(adjudicator.disagreements()).containsExactly(0, 2, 3);
        assertThat(adjudicator.unsettledCount()).isEqualTo(3);
    }

    @Test
    void settlingEveryDisagreementStoresGoldSpansAndMarksTheArticleReviewed() {
        Adjudicator adjudicator = open();

        adjudicator.decide(0, Verdict.CODER_B);
        adjudicator.decide(2, Verdict.CODER_A);
        assertThat(adjudicator.annotation().status()).isNotEqualTo(ArticleStatus.REVIEWED);
        assertThat(adjudicator.acceptAgreements()).isEqualTo(1);
        adjudicator.decide(3, Verdict.BOTH);

        assertThat(gold(adjudicator)).containsExactlyInAnyOrder(
                "PERSON وزير خارجية مصر", "LOCATION مصر", "ATTACK هجوما", "LOCATION حلب");
        assertThat(adjudicator.goldSpans()).allSatisfy(s -> assertThat(s.annotator()).isEqualTo("gold"));
        assertThat(adjudicator.unsettledCount()).isZero();
        assertThat(adjudicator.annotation().status()).isEqualTo(ArticleStatus.REVIEWED);
        assertThat(coders()).isEqualTo(codings);
    }

    @Test
    void decidingAgainReplacesTheGoldSpansOfThatPlaceOnly() {
        Adjudicator adjudicator = open();
        adjudicator.decide(0, Verdict.BOTH);
        adjudicator.decide(2, Verdict.CODER_B);

        adjudicator.decide(0, Verdict.NEITHER);

        assertThat(gold(adjudicator)).containsExactly("ATTACK شن هجوما");
        assertThat(adjudicator.isSettled(0)).isTrue();
        assertThat(adjudicator.isSettled(3)).isFalse();
    }

    @Test
    void anOwnSpanTakesALabelAndBoundariesOfTheReviewersChoice() {
        Adjudicator adjudicator = open();
        int start = TEXT.codePointCount(0, TEXT.indexOf("الجيش"));
        int end = TEXT.codePointCount(0, TEXT.indexOf(" على"));

        adjudicator.decideOwn(2, "DEPLOY", start, end);

        assertThat(gold(adjudicator)).containsExactly("DEPLOY الجيش شن هجوما");
        assertThat(adjudicator.goldSpansOf(2)).hasSize(1);
        assertThatThrownBy(() -> adjudicator.decideOwn(2, "NO_SUCH", start, end)).isInstanceOf(AnnotationException.class);
        assertThatThrownBy(() -> adjudicator.decide(1, Verdict.CODER_A))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("not a disagreement");
    }

    @Test
    void undoTakesBackTheLastStepStatusIncludedAndRedoDoesItAgain() {
        Adjudicator adjudicator = open();
        adjudicator.decide(0, Verdict.CODER_A);
        adjudicator.decide(2, Verdict.NEITHER);
        adjudicator.decide(3, Verdict.CODER_A);
        assertThat(adjudicator.annotation().status()).isEqualTo(ArticleStatus.REVIEWED);

        assertThat(adjudicator.undo()).contains(3);
        assertThat(adjudicator.annotation().status()).isNotEqualTo(ArticleStatus.REVIEWED);
        assertThat(adjudicator.isSettled(3)).isFalse();
        assertThat(gold(adjudicator)).containsExactly("STATE_GOV وزير خارجية مصر");
        assertThat(adjudicator.undo()).contains(2);
        assertThat(adjudicator.isSettled(2)).isFalse();

        assertThat(adjudicator.redo()).contains(2);
        assertThat(adjudicator.redo()).contains(3);
        assertThat(adjudicator.annotation().status()).isEqualTo(ArticleStatus.REVIEWED);
        assertThat(gold(adjudicator)).containsExactly("STATE_GOV وزير خارجية مصر", "LOCATION حلب");
        assertThat(adjudicator.canRedo()).isFalse();
        assertThat(coders()).isEqualTo(codings);
    }

    @Test
    void reopeningCountsDisagreementsWithGoldSpansAsSettled() {
        Adjudicator first = open();
        first.decide(2, Verdict.CODER_B);
        first.acceptAgreements();

        Adjudicator again = open();

        assertThat(again.isSettled(2)).isTrue();
        assertThat(again.isSettled(1)).isTrue();
        assertThat(again.isSettled(0)).isFalse();
        assertThat(again.unsettledCount()).isEqualTo(2);
    }

    @Test
    void theGoldNameMustDifferFromBothCoders() {
        AdjudicationService service = new AdjudicationService(library);
        assertThatThrownBy(() -> service.open(article, "mona", "sami", "sami"))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> service.open(article, "mona", "mona", "gold"))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("two different coders");
    }

    @Test
    void aNeitherDecisionStaysSettledOnReopeningUntilUndone() {
        Adjudicator first = open();
        first.decide(2, Verdict.NEITHER);
        assertThat(gold(first)).isEmpty();

        Adjudicator again = open();
        assertThat(again.isSettled(2)).as("neither left no span, but the decision is kept").isTrue();
        assertThat(again.unsettledCount()).isEqualTo(2);
        Adjudicator swapped = new AdjudicationService(library).open(article, "sami", "mona", "gold");
        assertThat(swapped.isSettled(2)).as("the same place compared the other way round").isTrue();
        Adjudicator otherGold = new AdjudicationService(library).open(article, "mona", "sami", "gold2");
        assertThat(otherGold.isSettled(2)).as("another gold annotator decides afresh").isFalse();

        again.decide(0, Verdict.CODER_A);
        again.decide(3, Verdict.CODER_A);
        assertThat(again.annotation().status()).as("neither counts towards reviewed").isEqualTo(ArticleStatus.REVIEWED);
        again.undo();
        again.undo();

        first.undo();
        assertThat(open().isSettled(2)).as("undoing the neither opens the place again").isFalse();
        first.redo();
        assertThat(open().isSettled(2)).isTrue();
        first.decide(2, Verdict.CODER_B);
        first.undo();
        assertThat(open().isSettled(2)).as("undoing a later decision brings the neither back").isTrue();
        first.redo();
        assertThat(gold(open())).containsExactly("ATTACK شن هجوما");
        first.decide(2, Verdict.NEITHER);
        first.decide(2, Verdict.CODER_A);
        library.spans().findByArticle(article).stream().filter(s -> s.annotator().equals("gold"))
                .forEach(s -> library.spans().delete(s.id()));
        assertThat(open().isSettled(2)).as("a later version replaced the neither: with its span gone the place is open")
                .isFalse();
        assertThat(coders()).isEqualTo(codings);
    }

    @Test
    void aNeitherIsForgottenWhenACodersSpansThereChange() {
        open().decide(2, Verdict.NEITHER);
        add("sami", "ATTACK", "هجوما");

        Adjudicator after = open();
        int place = after.disagreements().stream()
                .filter(i -> after.items().get(i).overlaps(TEXT.codePointCount(0, TEXT.indexOf("هجوما")),
                        TEXT.codePointCount(0, TEXT.indexOf("هجوما")) + 1)).findFirst().orElseThrow();
        assertThat(after.isSettled(place)).isFalse();
    }

    @Test
    void aDecisionWritingSeveralSpansIsOneTransactionAndOneUndoStep() throws Exception {
        Adjudicator adjudicator = open();
        adjudicator.decide(0, Verdict.CODER_A);
        String stateGov = adjudicator.goldSpans().get(0).uuid(); // ids may be reused; a UUID is not
        // the second of BOTH's new spans cannot be stored: the first, and the delete before it, must not stay
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lib.db"));
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER no_gold_person BEFORE INSERT ON span WHEN NEW.annotator = 'gold'"
                    + " AND NEW.label_id = 'PERSON' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        }

        assertThatThrownBy(() -> adjudicator.decide(0, Verdict.BOTH)).hasMessageContaining("disk trouble");

        assertThat(adjudicator.goldSpans()).extracting(Span::uuid).containsExactly(stateGov);
        assertThat(adjudicator.canRedo()).isFalse();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lib.db"));
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER no_gold_person");
        }
        adjudicator.decide(0, Verdict.BOTH);
        assertThat(gold(adjudicator)).containsExactlyInAnyOrder("STATE_GOV وزير خارجية مصر", "PERSON وزير خارجية مصر");

        assertThat(adjudicator.undo()).as("one step takes back both spans and the delete").contains(0);
        assertThat(adjudicator.goldSpans()).extracting(Span::uuid).containsExactly(stateGov);
        assertThat(adjudicator.undo()).contains(0);
        assertThat(adjudicator.goldSpans()).isEmpty();
        assertThat(adjudicator.canUndo()).isFalse();
        assertThat(coders()).isEqualTo(codings);
    }
}
