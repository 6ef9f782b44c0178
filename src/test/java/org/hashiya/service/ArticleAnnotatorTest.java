package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleAnnotatorTest {
    /** Emoji first: UTF-16 indices run one ahead of code points after it. */
    private static final String TEXT = "🔥 قصفت الطائرات مواقع في حلب وقتل ٣ مدنيين";

    @TempDir
    Path dir;
    Path file;
    Library library;
    long articleId;
    AnnotationService service;

    /** A clock that moves one second per reading, so every edit has its own time. */
    private static Clock ticking() {
        return new Clock() {
            private Instant now = Instant.parse("2024-05-01T10:00:00Z");

            @Override
            public Instant instant() {
                now = now.plus(Duration.ofSeconds(1));
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    @BeforeEach
    void setUp() {
        file = dir.resolve("lib.hashiya");
        library = SqliteLibrary.open(file, true);
        new SchemaService(library).ensureSchema();
        articleId = TestArticles.add(library, "حلب", TEXT);
        service = new AnnotationService(library, "mona", ticking());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private int cp(String part) {
        int utf16 = TEXT.indexOf(part);
        return TEXT.codePointCount(0, utf16);
    }

    @Test
    void openingANewArticleMovesItToInProgressButLeavesOtherStatusesAlone() {
        service.open(articleId);
        assertThat(library.articles().find(articleId).orElseThrow().status()).isEqualTo(ArticleStatus.IN_PROGRESS);
        library.articleAnnotations().save(library.articleAnnotations().find(articleId).orElseThrow()
                .withStatus(ArticleStatus.DONE));
        service.open(articleId);
        assertThat(library.articles().find(articleId).orElseThrow().status()).isEqualTo(ArticleStatus.DONE);
    }

    @Test
    void aSpanAfterAnEmojiIsStoredInCodePointsWithItsCoveredText() {
        ArticleAnnotator annotator = service.open(articleId);
        int start = cp("حلب");
        assertThat(start).isEqualTo(TEXT.indexOf("حلب") - 1);

        Span span = annotator.createSpan("LOCATION", start, start + 3).span();

        assertThat(span.start()).isEqualTo(start);
        assertThat(span.end()).isEqualTo(start + 3);
        assertThat(span.text()).isEqualTo("حلب");
        assertThat(span.annotator()).isEqualTo("mona");
        assertThat(library.spans().find(span.id())).contains(span);
    }

    @Test
    void aSpanCoveringTheEmojiCountsItAsOneCharacter() {
        Span span = service.open(articleId).createSpan("ATTACK", 0, 6).span();
        assertThat(span.text()).isEqualTo("🔥 قصفت");
    }

    @Test
    void badRangesAndLabelsAreRefusedAndNothingIsStored() {
        ArticleAnnotator annotator = service.open(articleId);
        int length = TEXT.codePointCount(0, TEXT.length());
        assertThatThrownBy(() -> annotator.createSpan("ATTACK", 3, 3)).isInstanceOf(AnnotationException.class);
        assertThatThrownBy(() -> annotator.createSpan("ATTACK", length - 1, length + 1))
                .hasMessageContaining("the article has " + length + " characters");
        assertThatThrownBy(() -> annotator.createSpan("NO_SUCH", 0, 2)).hasMessage("no label NO_SUCH in this library's schema");
        new SchemaService(library).retire("ARREST");
        assertThatThrownBy(() -> annotator.createSpan("ARREST", 0, 2)).hasMessageContaining("retired");
        assertThat(library.spans().count()).isZero();
        assertThat(annotator.canUndo()).isFalse();
    }

    @Test
    void aSpanOfAnotherArticleCannotBeChangedFromThisOne() {
        long other = TestArticles.add(library, "other", "نص آخر");
        Span foreign = service.open(other).createSpan("TIME", 0, 2).span();
        ArticleAnnotator annotator = service.open(articleId);
        assertThatThrownBy(() -> annotator.deleteSpan(foreign.id())).hasMessageContaining("belongs to article " + other);
        assertThat(library.spans().find(foreign.id())).isPresent();
    }

    @Test
    void undoingEverythingAndRedoingEverythingWalksThroughTheSameStoredStates() {
        ArticleAnnotator annotator = service.open(articleId);
        List<List<Span>> states = new ArrayList<>();
        List<ArticleAnnotation> articleStates = new ArrayList<>();
        Runnable snapshot = () -> {
            states.add(library.spans().findByArticle(articleId));
            articleStates.add(library.articleAnnotations().find(articleId).orElseThrow());
        };
        snapshot.run();
        long a = annotator.createSpan("STATE_MIL", cp("الطائرات"), cp("الطائرات") + 8).span().id();
        snapshot.run();
        long b = annotator.createSpan("ATTACK", cp("قصفت"), cp("قصفت") + 4).span().id();
        snapshot.run();
        long c = annotator.createSpan("CIVILIANS", cp("٣"), cp("٣") + 8).span().id();
        snapshot.run();
        annotator.changeLabel(a, "COALITION_IGO");
        snapshot.run();
        annotator.setNote(b, "غارة جوية");
        snapshot.run();
        annotator.deleteSpan(c);
        snapshot.run();
        annotator.setTags(List.of("سوريا", "غارات"));
        snapshot.run();
        annotator.setRelevance(Relevance.RELEVANT);
        snapshot.run();
        annotator.setArticleNote("مصدر واحد");
        snapshot.run();
        annotator.setStatus(ArticleStatus.DONE);
        snapshot.run();
        annotator.deleteSpan(a);
        snapshot.run();
        int steps = states.size() - 1;

        for (int i = steps - 1; i >= 0; i--) {
            assertThat(annotator.undo()).isPresent();
            assertThat(library.spans().findByArticle(articleId)).as("after undo to state %d", i).isEqualTo(states.get(i));
            assertThat(library.articleAnnotations().find(articleId)).contains(articleStates.get(i));
        }
        assertThat(annotator.canUndo()).isFalse();
        assertThat(annotator.undo()).isEmpty();
        assertThat(library.spans().count()).isZero();

        for (int i = 1; i <= steps; i++) {
            assertThat(annotator.redo()).isPresent();
            assertThat(library.spans().findByArticle(articleId)).as("after redo to state %d", i).isEqualTo(states.get(i));
            assertThat(library.articleAnnotations().find(articleId)).contains(articleStates.get(i));
        }
        assertThat(annotator.canRedo()).isFalse();
        assertThat(library.spans().findByArticle(articleId)).extracting(Span::id).containsExactly(b);
    }

    @Test
    void undoingADeleteBringsBackTheSameSpanWithTheSameId() {
        ArticleAnnotator annotator = service.open(articleId);
        Span span = annotator.createSpan("ATTACK", 2, 6).span();
        Span noted = annotator.setNote(span.id(), "ملاحظة").after();
        annotator.deleteSpan(span.id());
        annotator.undo();
        assertThat(library.spans().find(span.id())).contains(noted);
    }

    @Test
    void aNewActionAfterUndoClearsRedo() {
        ArticleAnnotator annotator = service.open(articleId);
        annotator.createSpan("ATTACK", 2, 6);
        annotator.undo();
        assertThat(annotator.canRedo()).isTrue();
        annotator.createSpan("TIME", 0, 1);
        assertThat(annotator.canRedo()).isFalse();
        assertThat(annotator.redo()).isEmpty();
    }

    @Test
    void listenersHearEachActionUndoAndRedoAsTheChangeToTheStore() {
        ArticleAnnotator annotator = service.open(articleId);
        List<AnnotationChange> heard = new ArrayList<>();
        annotator.addListener(heard::add);
        Span span = annotator.createSpan("ATTACK", 2, 6).span();
        AnnotationChange.SpanChanged relabel = annotator.changeLabel(span.id(), "MEET");
        annotator.undo();
        annotator.undo();
        annotator.redo();

        assertThat(heard).containsExactly(
                new AnnotationChange.SpanAdded(span),
                relabel,
                new AnnotationChange.SpanChanged(relabel.after(), span),
                new AnnotationChange.SpanRemoved(span),
                new AnnotationChange.SpanAdded(span));
        assertThat(relabel.before()).isEqualTo(span);
        assertThat(relabel.after().labelId()).isEqualTo("MEET");
        assertThat(relabel.after().updatedAt()).isAfter(span.updatedAt());
    }

    @Test
    void spansMadeInOneSessionAreThereAfterTheLibraryIsReopened() {
        ArticleAnnotator annotator = service.open(articleId);
        annotator.createSpan("ATTACK", 2, 6);
        annotator.createSpan("LOCATION", cp("حلب"), cp("حلب") + 3);
        List<Span> before = annotator.spans();
        library.close();

        library = SqliteLibrary.open(file, false);
        ArticleAnnotator reopened = new AnnotationService(library, "mona").open(articleId);
        assertThat(reopened.spans()).isEqualTo(before).hasSize(2);
        assertThat(reopened.mismatches()).isEmpty();
    }
}
