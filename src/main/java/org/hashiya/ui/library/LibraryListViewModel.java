package org.hashiya.ui.library;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.text.SearchNormalizer;

/**
 * The library list: every article's summary, filtered by title and by status. The title filter
 * ignores diacritics, tatweel and alef/yeh/teh-marbuta variants, so «الأمريكية» finds «الامريكيه».
 */
public final class LibraryListViewModel {
    // Rows change in place (an extractor reports updates), rather than being replaced: replacing
    // the selected row of a filtered TableView trips a JavaFX selection bug (IndexOutOfBounds in
    // ControlUtils.updateSelectedIndices).
    private final ObservableList<Row> rows = FXCollections.observableArrayList(row -> new Observable[] {row.summaryProperty()});
    private final FilteredList<Row> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<ArticleSummary> selected = new SimpleObjectProperty<>(this, "selected");
    /** Only articles with this status; null for all. */
    private final ObjectProperty<ArticleStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    /** Rows by article id, made when first asked for after the rows changed. */
    private java.util.Map<Long, Row> byId;

    /** One article in the list: its summary, and its title's search key computed once per title. */
    public static final class Row {
        private final ReadOnlyObjectWrapper<ArticleSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
        private String titleKey;

        Row(ArticleSummary summary) {
            set(summary);
        }

        void set(ArticleSummary newSummary) {
            titleKey = SearchNormalizer.normalize(newSummary.title());
            summary.set(newSummary);
        }

        public ArticleSummary summary() {
            return summary.get();
        }

        public ReadOnlyObjectProperty<ArticleSummary> summaryProperty() {
            return summary.getReadOnlyProperty();
        }

        public String titleKey() {
            return titleKey;
        }
    }

    public LibraryListViewModel() {
        filter.addListener((obs, old, text) -> applyFilter());
        statusFilter.addListener((obs, old, status) -> applyFilter());
    }

    public void setArticles(List<ArticleSummary> summaries) {
        rows.setAll(summaries.stream().map(Row::new).toList());
        byId = null;
    }

    /** The article's title as the list shows it, "" for an article the list does not hold. */
    public String titleOf(long articleId) {
        if (byId == null || byId.size() != rows.size()) {
            byId = new java.util.HashMap<>(rows.size() * 2);
            rows.forEach(row -> byId.put(row.summary().id(), row));
        }
        Row row = byId.get(articleId);
        return row == null ? "" : row.summary().title();
    }

    /** Updates one row in place (after its title or status changed). */
    public void update(ArticleSummary summary) {
        for (Row row : rows) {
            if (row.summary().id() == summary.id()) {
                row.set(summary);
                return;
            }
        }
    }

    /** The open article's status changed (e.g. opening moved it to in_progress): refresh its row. */
    public void updateStatus(long articleId, ArticleStatus status) {
        for (Row row : rows) {
            ArticleSummary s = row.summary();
            if (s.id() == articleId) {
                if (s.status() != status) {
                    update(new ArticleSummary(s.id(), s.title(), s.length(), s.importedAt(), s.published(), status));
                }
                return;
            }
        }
    }

    private void applyFilter() {
        String text = filter.get();
        String key = SearchNormalizer.normalize(text == null ? "" : text.strip());
        ArticleStatus status = statusFilter.get();
        if (key.isEmpty() && status == null) {
            visible.setPredicate(null);
        } else {
            visible.setPredicate(row -> row.titleKey().contains(key)
                    && (status == null || row.summary().status() == status));
        }
    }

    public ObservableList<Row> visibleRows() {
        return visible;
    }

    public int totalCount() {
        return rows.size();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ArticleStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<ArticleSummary> selectedProperty() {
        return selected;
    }
}
