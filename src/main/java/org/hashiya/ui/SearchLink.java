package org.hashiya.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import org.hashiya.domain.Article;
import org.hashiya.service.search.SearchService;
import org.hashiya.text.TextRange;
import org.hashiya.ui.reader.Highlight;
import org.hashiya.ui.reader.ReadingPane;
import org.hashiya.ui.search.PaneMarks;
import org.hashiya.ui.search.SearchView;
import org.hashiya.ui.search.SearchViewModel;
import org.hashiya.ui.search.SearchViewModel.Scope;

/**
 * Joins the search field to the workbench: a search service for each library opened, the field
 * above the reading pane, the open article's hits marked in the pane (a layer of their own, so the
 * span highlights stay as they are), a result opened in the reading pane with its hit in view, and
 * Edit ▸ Find in Article (Ctrl+F), Find in Library (Ctrl+Shift+F), Next Hit (F3), Previous Hit
 * (Shift+F3).
 */
final class SearchLink {
    /** The hits' fill: light, so a span's label colour beneath still shows. */
    static final Color HIT_FILL = Color.rgb(255, 213, 0, 0.16);
    static final Color CURRENT_FILL = Color.rgb(255, 140, 0, 0.28);
    static final Color CURRENT_OUTLINE = Color.web("#d84315");

    private final MainViewModel main;
    private final MainWindow window;
    private final ReadingPane pane;
    private final SearchViewModel model;
    private final SearchView view;

    /** Puts the search field on top of {@code readingArea}, the border pane that holds the reading pane. */
    SearchLink(MainViewModel main, MainWindow window, ReadingPane pane, BorderPane readingArea,
               Executor searching, Executor indexing) {
        this.main = main;
        this.window = window;
        this.pane = pane;
        this.model = new SearchViewModel(searching, indexing, Platform::runLater, new SearchViewModel.Reader() {
            @Override
            public boolean open(long articleId) {
                window.showView(0);
                return main.open(articleId, "");
            }

            @Override
            public void reveal(int offset) {
                // a newly opened article is laid out first; then the hit can be brought into view
                Platform.runLater(() -> pane.scrollToOffset(offset));
            }

            @Override
            public String titleOf(long articleId) {
                return main.list().titleOf(articleId);
            }
        });
        this.view = new SearchView(model);
        readingArea.setTop(view);
        view.setOnClosed(pane::requestFocus);
        main.libraryProperty().addListener((obs, old, library) -> useLibrary());
        main.openArticleProperty().addListener((obs, old, article) -> articleShown(article));
        model.marksProperty().addListener((obs, old, marks) -> paint(marks));
        window.addStatusItems(indexProgress());
        model.indexMessageProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty()) {
                main.setStatus(message);
            }
        });
        useLibrary();
        articleShown(main.openArticleProperty().get());
    }

    /** The progress of building the index of a library opened by an older version; shown only meanwhile. */
    private ProgressBar indexProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("search-index-progress");
        bar.setTooltip(new javafx.scene.control.Tooltip("Building the search index (once for this library)"));
        bar.progressProperty().bind(model.indexProgressProperty());
        bar.visibleProperty().bind(model.indexProgressProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void useLibrary() {
        model.setService(main.libraryProperty().get() == null ? null : new SearchService(main.libraryProperty().get()));
    }

    private void articleShown(Article article) {
        model.articleShown(article == null ? -1 : article.id(), article == null ? "" : article.text());
    }

    private void paint(PaneMarks marks) {
        List<Highlight> shown = new ArrayList<>(marks.hits().size());
        for (int i = 0; i < marks.hits().size(); i++) {
            TextRange hit = marks.hits().get(i);
            if (hit.end() > pane.getArticle().length()) {
                return; // marks of a text the pane no longer shows
            }
            shown.add(i == marks.current()
                    ? new Highlight("search-" + i, hit.start(), hit.end(), CURRENT_FILL, CURRENT_OUTLINE)
                    : new Highlight("search-" + i, hit.start(), hit.end(), HIT_FILL));
        }
        pane.setSearchMarks(shown);
    }

    /** Find in Article, Find in Library, Next Hit, Previous Hit: for the Edit menu. */
    List<MenuItem> editItems() {
        MenuItem inArticle = item("Find in Article", "menu-find-article", "Shortcut+F", () -> find(Scope.ARTICLE));
        MenuItem inLibrary = item("Find in Library", "menu-find-library", "Shortcut+Shift+F", () -> find(Scope.LIBRARY));
        MenuItem next = item("Next Hit", "menu-find-next", "F3", model::next);
        MenuItem previous = item("Previous Hit", "menu-find-previous", "Shift+F3", model::previous);
        inArticle.disableProperty().bind(main.libraryProperty().isNull());
        inLibrary.disableProperty().bind(main.libraryProperty().isNull());
        return List.of(new SeparatorMenuItem(), inArticle, inLibrary, next, previous);
    }

    private void find(Scope scope) {
        window.showView(0);
        view.open(scope);
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    SearchViewModel model() {
        return model;
    }
}
