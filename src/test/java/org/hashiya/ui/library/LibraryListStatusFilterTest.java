package org.hashiya.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.junit.jupiter.api.Test;

class LibraryListStatusFilterTest {
    private static ArticleSummary summary(long id, String title, ArticleStatus status) {
        return new ArticleSummary(id, title, 100, Instant.parse("2024-05-01T10:00:00Z"), "", status);
    }

    private static List<Long> visibleIds(LibraryListViewModel model) {
        return model.visibleRows().stream().map(r -> r.summary().id()).toList();
    }

    @Test
    void theStatusChoiceCombinesWithTheTitleFilter() {
        LibraryListViewModel model = new LibraryListViewModel();
        model.setArticles(List.of(summary(1, "حلب اليوم", ArticleStatus.NEW), summary(2, "حلب أمس", ArticleStatus.DONE),
                summary(3, "دمشق", ArticleStatus.DONE)));

        model.statusFilterProperty().set(ArticleStatus.DONE);
        assertThat(visibleIds(model)).containsExactly(2L, 3L);
        model.filterProperty().set("حلب");
        assertThat(visibleIds(model)).containsExactly(2L);
        model.statusFilterProperty().set(null);
        assertThat(visibleIds(model)).containsExactly(1L, 2L);
    }

    @Test
    void aStatusChangeOfTheOpenArticleUpdatesItsRowAndTheFilter() {
        LibraryListViewModel model = new LibraryListViewModel();
        model.setArticles(List.of(summary(1, "a", ArticleStatus.NEW), summary(2, "b", ArticleStatus.NEW)));
        model.statusFilterProperty().set(ArticleStatus.NEW);

        model.updateStatus(1, ArticleStatus.IN_PROGRESS);

        assertThat(visibleIds(model)).containsExactly(2L);
        model.statusFilterProperty().set(null);
        assertThat(model.visibleRows().get(0).summary().status()).isEqualTo(ArticleStatus.IN_PROGRESS);
    }
}
