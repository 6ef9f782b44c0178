package org.hashiya.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hashiya.domain.Article;
import org.hashiya.ui.reader.ReadingPane;
import org.hashiya.ui.reader.ReadingPosition;

/**
 * Connects the reading pane to the main view model: shows the open article at its remembered
 * position and reports the position back, so the next start reopens where the user left off.
 */
final class ReaderController {
    private final ReadingPane pane;

    ReaderController(MainViewModel model, ReadingPane pane) {
        this.pane = pane;
        model.setPositionSource(() -> format(pane.getReadingPosition()));
        model.openArticleProperty().addListener((obs, old, article) -> show(article, model.readingPositionProperty().get()));
        if (model.openArticleProperty().get() != null) {
            show(model.openArticleProperty().get(), model.readingPositionProperty().get());
        }
    }

    private void show(Article article, String position) {
        if (article == null) {
            pane.setArticle("");
            return;
        }
        if (!article.text().equals(pane.getArticle())) {
            pane.setArticle(article.text());
        }
        ReadingPosition target = parse(position);
        if (!target.equals(ReadingPosition.TOP)) {
            // Layout must have happened before the pane can scroll to a paragraph offset.
            javafx.application.Platform.runLater(() -> pane.setReadingPosition(target));
        }
    }

    Menu viewMenu() {
        MenuItem zoomIn = new MenuItem("Zoom In");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        zoomIn.setOnAction(e -> pane.zoomIn());
        MenuItem zoomOut = new MenuItem("Zoom Out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> pane.zoomOut());
        MenuItem reset = new MenuItem("Actual Size");
        reset.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        reset.setOnAction(e -> pane.resetZoom());
        Menu view = new Menu("View");
        view.getItems().setAll(zoomIn, zoomOut, new SeparatorMenuItem(), reset);
        return view;
    }

    static String format(ReadingPosition position) {
        return position.paragraph() + ":" + Math.round(position.offsetPx());
    }

    static ReadingPosition parse(String text) {
        if (text == null || text.isBlank()) {
            return ReadingPosition.TOP;
        }
        try {
            String[] parts = text.split(":", 2);
            return new ReadingPosition(Integer.parseInt(parts[0]), parts.length > 1 ? Double.parseDouble(parts[1]) : 0);
        } catch (IllegalArgumentException e) {
            return ReadingPosition.TOP;
        }
    }
}
