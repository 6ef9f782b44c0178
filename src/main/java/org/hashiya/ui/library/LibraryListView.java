package org.hashiya.ui.library;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeFormatter;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.ui.library.LibraryListViewModel.Row;

/** The library list: a title filter and a status choice over a table of title, length, date and status. */
public final class LibraryListView extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final TextField filter = new TextField();
    private final ChoiceBox<ArticleStatus> statusFilter = new ChoiceBox<>();
    private final TableView<Row> table = new TableView<>();
    private final FittedColumns fitted = new FittedColumns(table);

    public LibraryListView(LibraryListViewModel model) {
        getStyleClass().add("library-list");
        filter.setPromptText("Filter titles — تصفية");
        filter.setId("library-filter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        statusFilter.setId("library-status-filter");
        statusFilter.getItems().setAll(Arrays.asList(null, ArticleStatus.NEW, ArticleStatus.IN_PROGRESS,
                ArticleStatus.DONE, ArticleStatus.REVIEWED));
        statusFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ArticleStatus status) {
                return status == null ? "all statuses" : status.id();
            }

            @Override
            public ArticleStatus fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        statusFilter.valueProperty().bindBidirectional(model.statusFilterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filters = new HBox(6, filter, statusFilter);
        filters.getStyleClass().add("library-filters");

        TableColumn<Row, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> c.getValue().summaryProperty().map(ArticleSummary::title));
        title.setPrefWidth(240);
        title.getStyleClass().add("title-column");
        TableColumn<Row, Integer> length = new TableColumn<>("Length");
        length.setCellValueFactory(c -> c.getValue().summaryProperty().map(ArticleSummary::length));
        length.getStyleClass().add("number-column");
        TableColumn<Row, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> c.getValue().summaryProperty().map(LibraryListView::dateOf));
        TableColumn<Row, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().summaryProperty().map(summary -> summary.status().id()));
        table.getColumns().setAll(List.of(title, length, date, status));
        table.setId("library-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Narrow columns as wide as their header and widest content; the title takes what is left.
        fitted.add(length, () -> List.of(widestLength(table.getItems())));
        fitted.add(date, () -> List.of(DAY.format(Instant.EPOCH).replaceAll("[0-9]", "0")));
        fitted.add(status, () -> Arrays.stream(ArticleStatus.values()).map(ArticleStatus::id).toList());
        // A header click sorts: the filtered rows through a sorted view that follows the table's
        // order (a filtered list alone cannot be sorted in place, so the clicks did nothing).
        // Titles sort the Arabic way (ICU's collation: alef forms, hamza, diacritics).
        com.ibm.icu.text.Collator arabic = com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag("ar"));
        title.setComparator(arabic::compare);
        SortedList<Row> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No articles. Import files with File ▸ Import, or drop them here."));
        table.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row.summary());
            }
        });
        model.selectedProperty().addListener((obs, old, summary) -> {
            Row current = table.getSelectionModel().getSelectedItem();
            if (summary != null && (current == null || current.summary().id() != summary.id())) {
                for (Row row : table.getItems()) {
                    if (row.summary().id() == summary.id()) {
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                        break;
                    }
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filters, table);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fitted.fit();
    }

    /** As many zeros as the longest length has digits: digits are equally wide in the table's font. */
    private static String widestLength(List<Row> rows) {
        int longest = 0;
        for (Row row : rows) {
            longest = Math.max(longest, row.summary().length());
        }
        return "0".repeat(String.valueOf(longest).length());
    }


    private static String dateOf(ArticleSummary summary) {
        String published = summary.published();
        return published.isBlank() ? DAY.format(summary.importedAt()) : published;
    }

    public TableView<Row> table() {
        return table;
    }
}
