package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSpanRepositoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00.123Z");
    private static final Instant T1 = Instant.parse("2024-05-01T11:30:00Z");

    @TempDir
    Path dir;
    Path file;
    Library library;
    long first;
    long second;

    @BeforeEach
    void openLibrary() {
        file = dir.resolve("lib.hashiya");
        library = SqliteLibrary.open(file, true);
        library.labels().replaceSchema(LabelSchema.of(List.of(
                new SpanLabel("ACTOR", "فاعل", "Actor", LabelKind.ACTOR, "#f7a1a1", "1", 0, false),
                new SpanLabel("ATTACK", "هجوم", "Attack", LabelKind.EVENT, "#c2fac7", "2", 1, false))));
        first = TestArticles.add(library, "one", "قصفت الطائرات مواقع في حلب");
        second = TestArticles.add(library, "two", "التقى الوزير نظيره");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        library.close();
    }

    private Span add(long article, String label, int start, int end) {
        return library.spans().add(new NewSpan(article, label, start, end, "x".repeat(end - start), "mona", "", T0));
    }

    @Test
    void aStoredSpanReadsBackWithEveryField() {
        Span span = library.spans().add(new NewSpan(first, "ATTACK", 0, 4, "قصفت", "mona", "غارة", T0));
        assertThat(library.spans().find(span.id())).contains(
                new Span(span.id(), first, "ATTACK", 0, 4, "قصفت", "mona", T0, T0, "غارة", "", null, span.uuid()));
        assertThat(span.uuid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void relabellingAndNotesChangeOnlyTheirFieldAndTheUpdateTime() {
        Span span = add(first, "ACTOR", 5, 14);
        Span relabelled = library.spans().updateLabel(span.id(), "ATTACK", T1);
        assertThat(relabelled).isEqualTo(span.withLabel("ATTACK", T1));
        Span noted = library.spans().updateNote(span.id(), "ملاحظة", T1);
        assertThat(noted).isEqualTo(relabelled.withNote("ملاحظة", T1));
        assertThat(library.spans().find(span.id())).contains(noted);
    }

    @Test
    void deletingRemovesOnlyThatSpan() {
        Span a = add(first, "ACTOR", 0, 4);
        Span b = add(first, "ACTOR", 5, 14);
        assertThat(library.spans().delete(a.id())).isTrue();
        assertThat(library.spans().delete(a.id())).isFalse();
        assertThat(library.spans().findByArticle(first)).containsExactly(b);
    }

    @Test
    void overlappingAndNestedSpansAreAllKeptOrderedByStartThenEnd() {
        Span outer = add(first, "ATTACK", 0, 26);
        Span inner = add(first, "ACTOR", 5, 14);
        Span overlapping = add(first, "ACTOR", 10, 20);
        Span sameStartShorter = add(first, "ACTOR", 0, 4);
        Span exactDuplicateRange = add(first, "ATTACK", 5, 14);
        assertThat(library.spans().findByArticle(first))
                .containsExactly(sameStartShorter, outer, inner, exactDuplicateRange, overlapping);
        assertThat(library.spans().countByArticle(first)).isEqualTo(5);
    }

    @Test
    void listAllOrdersByArticleThenStart() {
        Span b2 = add(second, "ACTOR", 6, 12);
        Span a2 = add(first, "ACTOR", 15, 20);
        Span b1 = add(second, "ACTOR", 0, 5);
        Span a1 = add(first, "ATTACK", 0, 4);
        assertThat(library.spans().listAll()).containsExactly(a1, a2, b1, b2);
        List<Span> streamed = new java.util.ArrayList<>();
        library.spans().forEach(streamed::add);
        assertThat(streamed).containsExactly(a1, a2, b1, b2);
        assertThat(library.spans().count()).isEqualTo(4);
        assertThat(library.spans().countByArticle(second)).isEqualTo(2);
    }

    @Test
    void putRestoresADeletedSpanWithItsIdAndData() {
        Span span = library.spans().add(new NewSpan(first, "ATTACK", 0, 4, "قصفت", "mona", "n", T0));
        library.spans().updateNote(span.id(), "later", T1);
        library.spans().delete(span.id());
        library.spans().put(span);
        assertThat(library.spans().find(span.id())).contains(span);
    }

    @Test
    void aSpanNeedsAKnownLabelAndAKnownArticle() {
        assertThatThrownBy(() -> add(first, "NO_SUCH", 0, 4)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThatThrownBy(() -> add(999, "ACTOR", 0, 4)).isInstanceOf(LibraryException.class);
        assertThat(library.spans().count()).isZero();
    }

    @Test
    void updatingAMissingSpanSaysSo() {
        assertThatThrownBy(() -> library.spans().updateLabel(42, "ACTOR", T1))
                .isInstanceOf(LibraryException.class).hasMessageContaining("no span 42");
    }

    @Test
    void aClosedAndReopenedLibraryKeepsEverySpan() {
        List<Span> stored = List.of(add(first, "ATTACK", 0, 4), add(first, "ACTOR", 0, 26), add(second, "ACTOR", 6, 12));
        library.close();
        library = SqliteLibrary.open(file, false);
        assertThat(library.spans().listAll()).containsExactlyInAnyOrderElementsOf(stored);
    }
}
