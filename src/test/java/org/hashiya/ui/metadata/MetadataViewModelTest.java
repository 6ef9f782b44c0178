package org.hashiya.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.junit.jupiter.api.Test;

class MetadataViewModelTest {
    final List<ArticleMetadata> saved = new ArrayList<>();
    final MetadataViewModel model = new MetadataViewModel((id, m) -> {
        saved.add(m);
        return m.title().isEmpty() ? m.withTitle("من السطر الأول") : m;
    });

    static Article article() {
        return new Article(7, "نص", new ArticleMetadata("عنوان", "", "", ""),
                new ImportRecord("/data/a.txt", "windows-1256", Instant.parse("2026-01-02T03:04:05Z"), "ab12"), ArticleStatus.NEW);
    }

    @Test
    void showsTheArticleAndIsCleanUntilEdited() {
        model.show(article());
        assertThat(model.titleProperty().get()).isEqualTo("عنوان");
        assertThat(model.importInfoProperty().get()).contains("/data/a.txt").contains("windows-1256");
        assertThat(model.sha256Property().get()).isEqualTo("ab12");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.save()).isFalse();
        assertThat(saved).isEmpty();
        model.sourceProperty().set("الجزيرة");
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void saveHandsTheStrippedEditOverAndKeepsWhatTheServiceReturned() {
        model.show(article());
        model.titleProperty().set("   ");
        model.urlProperty().set(" https://example.org/x ");
        assertThat(model.save()).isTrue();
        assertThat(saved).containsExactly(new ArticleMetadata("", "", "https://example.org/x", ""));
        assertThat(model.titleProperty().get()).isEqualTo("من السطر الأول");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void revertRestoresTheSavedValues() {
        model.show(article());
        model.publishedProperty().set("2024-01-01");
        model.revert();
        assertThat(model.publishedProperty().get()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
    }
}
