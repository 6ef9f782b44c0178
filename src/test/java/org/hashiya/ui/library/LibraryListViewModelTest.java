package org.hashiya.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.junit.jupiter.api.Test;

class LibraryListViewModelTest {
    static ArticleSummary summary(long id, String title) {
        return new ArticleSummary(id, title, 100, Instant.EPOCH, "", ArticleStatus.NEW);
    }

    final LibraryListViewModel model = new LibraryListViewModel();

    @Test
    void filterMatchesTitlesIgnoringHamzaTehMarbutaAndDiacritics() {
        model.setArticles(List.of(summary(1, "وزارة الخارجية الأمريكية"), summary(2, "داعش يتمدد في غرب أفريقيا"),
                summary(3, "Reuters: NATO summit")));
        model.filterProperty().set("الامريكيه");
        assertThat(model.visibleRows()).extracting(r -> r.summary().id()).containsExactly(1L);
        model.filterProperty().set("أَفْرِيقِيا");
        assertThat(model.visibleRows()).extracting(r -> r.summary().id()).containsExactly(2L);
        model.filterProperty().set("nato");
        assertThat(model.visibleRows()).extracting(r -> r.summary().id()).containsExactly(3L);
        model.filterProperty().set("  ");
        assertThat(model.visibleRows()).hasSize(3);
    }

    @Test
    void updatingARowKeepsItsPlaceAndRefiltersIt() {
        model.setArticles(List.of(summary(1, "أول"), summary(2, "ثان"), summary(3, "ثالث")));
        model.filterProperty().set("جديد");
        assertThat(model.visibleRows()).isEmpty();
        model.update(summary(2, "عنوان جديد"));
        assertThat(model.visibleRows()).extracting(r -> r.summary().title()).containsExactly("عنوان جديد");
        model.filterProperty().set("");
        assertThat(model.visibleRows()).extracting(r -> r.summary().id()).containsExactly(1L, 2L, 3L);
    }
}
