package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.store.Library;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLabelRepositoryTest {
    @TempDir
    Path dir;
    Library library;

    private static SpanLabel label(String id, String shortcut) {
        return new SpanLabel(id, "ع " + id, id.toLowerCase(), LabelKind.ACTOR, "#aabbcc", shortcut, 0, false);
    }

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.hashiya"), true);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aSchemaReadsBackInItsOrder() {
        LabelSchema schema = LabelSchema.of(List.of(label("B", "1"), label("A", "2"), label("C", "")));
        library.labels().replaceSchema(schema);
        assertThat(library.labels().schema()).isEqualTo(schema);
        assertThat(library.labels().list()).extracting(SpanLabel::id).containsExactly("B", "A", "C");
    }

    @Test
    void twoLabelsCanSwapShortcutsInOneReplacement() {
        library.labels().replaceSchema(LabelSchema.of(List.of(label("A", "1"), label("B", "2"))));
        library.labels().replaceSchema(LabelSchema.of(List.of(label("A", "2"), label("B", "1"))));
        assertThat(library.labels().schema().byShortcut("1")).map(SpanLabel::id).contains("B");
    }

    @Test
    void aDroppedLabelIsDeletedIfUnusedAndKeptRetiredIfSpansUseIt() {
        library.labels().replaceSchema(LabelSchema.of(List.of(label("USED", "1"), label("UNUSED", "2"), label("KEPT", "3"))));
        long article = TestArticles.add(library, "a", "نص المقال");
        library.spans().add(new NewSpan(article, "USED", 0, 2, "نص", "", "", Instant.EPOCH));

        library.labels().replaceSchema(LabelSchema.of(List.of(label("KEPT", "1"))));

        LabelSchema now = library.labels().schema();
        assertThat(now.labels()).extracting(SpanLabel::id, SpanLabel::retired, SpanLabel::shortcut).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KEPT", false, "1"),
                org.assertj.core.groups.Tuple.tuple("USED", true, ""));
        assertThat(library.spans().findByArticle(article)).singleElement()
                .satisfies(s -> assertThat(s.labelId()).isEqualTo("USED"));
    }

    @Test
    void retiringFreesTheShortcutAndCountsStayWithTheLabel() {
        library.labels().replaceSchema(LabelSchema.of(List.of(label("A", "1"))));
        long article = TestArticles.add(library, "a", "نص المقال");
        library.spans().add(new NewSpan(article, "A", 0, 2, "نص", "", "", Instant.EPOCH));
        library.labels().retire("A");
        SpanLabel a = library.labels().schema().byId("A").orElseThrow();
        assertThat(a.retired()).isTrue();
        assertThat(a.shortcut()).isEmpty();
        assertThat(library.labels().usageCount("A")).isEqualTo(1);
    }

    @Test
    void articleTagsRelevanceAndNoteReadBack() {
        long article = TestArticles.add(library, "a", "نص المقال");
        ArticleAnnotation annotation = new ArticleAnnotation(article, ArticleStatus.DONE, Relevance.NOT_RELEVANT,
                List.of(" سوريا", "airstrike", "سوريا", ""), "لا يخص الدراسة");
        library.articleAnnotations().save(annotation);
        ArticleAnnotation read = library.articleAnnotations().find(article).orElseThrow();
        assertThat(read).isEqualTo(annotation);
        assertThat(read.tags()).containsExactly("airstrike", "سوريا");
        assertThat(library.articles().find(article).orElseThrow().status()).isEqualTo(ArticleStatus.DONE);

        library.articleAnnotations().save(read.withRelevance(Relevance.UNSET).withTags(List.of()));
        assertThat(library.articleAnnotations().find(article).orElseThrow())
                .extracting(ArticleAnnotation::relevance, ArticleAnnotation::tags)
                .containsExactly(Relevance.UNSET, List.of());
    }
}
