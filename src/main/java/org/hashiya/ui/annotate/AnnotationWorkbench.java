package org.hashiya.ui.annotate;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Span;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.ui.reader.ReadingPane;

/**
 * Annotating in the workbench: the view model, the side panel, the reading pane's keys and mouse,
 * and an Edit menu. The app creates one, passes each opened article to {@link #show}, and places
 * {@link #panel()} and {@link #editMenu} in the window.
 */
public final class AnnotationWorkbench {
    private final AnnotationViewModel model = new AnnotationViewModel();
    private final ReadingPane pane;
    private final PaneBinding binding;
    private final AnnotationPanel panel;
    private String annotatorName;
    private Runnable paletteOpener;

    /**
     * @param message   where one-line feedback goes (the status bar)
     * @param rowStatus told when the open article's status changes (refresh its library list row)
     */
    public AnnotationWorkbench(ReadingPane pane, String annotatorName, Consumer<String> message,
                               BiConsumer<Long, ArticleStatus> rowStatus) {
        this.pane = pane;
        this.annotatorName = annotatorName;
        this.paletteOpener = () -> message.accept("The label palette is not available yet: press a label's key (1-9, letters).");
        this.binding = new PaneBinding(pane, model, () -> paletteOpener.run(), this::deleteSpanAsking);
        binding.install();
        this.panel = new AnnotationPanel(model, this::reveal, this::deleteSpanAsking);
        model.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                message.accept(now);
            }
        });
        model.article().statusProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.articleId().ifPresent(id -> rowStatus.accept(id, now));
            }
        });
        panel.getStylesheets().add(Objects.requireNonNull(
                AnnotationWorkbench.class.getResource("annotate.css")).toExternalForm());
        pane.getStylesheets().add(Objects.requireNonNull(
                AnnotationWorkbench.class.getResource("annotate.css")).toExternalForm());
    }

    /**
     * Opens the article for annotation (null closes). Call it after the reading pane shows the
     * article's text, since setting the pane's text clears its highlights.
     */
    public void show(Library library, Article article) {
        if (library == null || article == null) {
            model.close();
        } else {
            model.open(library, article.id(), annotatorName);
        }
    }

    public AnnotationViewModel model() {
        return model;
    }

    /** Whose spans this workbench makes (Edit ▸ Annotator Name… changes it). */
    public String annotatorName() {
        return annotatorName;
    }

    public Node panel() {
        return panel;
    }

    /**
     * Where the label palette plugs in: {@code opener} runs on Ctrl+K in the reading pane and from
     * Edit ▸ Label…; it should call {@code model().labelling().applyLabel(labelId)} with the chosen label.
     */
    public void setPaletteOpener(Runnable opener) {
        paletteOpener = Objects.requireNonNull(opener);
    }

    /** Undo, redo, delete span, label palette, annotator name. */
    public Menu editMenu(UserPreferences preferences) {
        MenuItem undo = item("Undo", "Shortcut+Z", model.undo()::undo);
        undo.disableProperty().bind(model.undo().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model.undo()::redo);
        redo.disableProperty().bind(model.undo().canRedoProperty().not());
        MenuItem delete = item("Delete Span", null, this::deleteSpanAsking);
        delete.disableProperty().bind(model.selection().selectedSpanProperty().isNull());
        MenuItem event = item("Make Event", "Shortcut+Shift+E", model.events()::createEvent);
        event.setId("menu-make-event");
        event.disableProperty().bind(model.events().canCreateProperty().not());
        MenuItem removeEvent = item("Remove Event", null, model.events()::deleteEvent);
        removeEvent.disableProperty().bind(model.events().currentProperty().isNull());
        MenuItem label = item("Label…", "Shortcut+K", () -> paletteOpener.run());
        MenuItem name = item("Annotator Name…", null, () -> AnnotatorNameDialog
                .ask(pane.getScene() == null ? null : pane.getScene().getWindow(), annotatorName)
                .ifPresent(chosen -> {
                    AnnotatorNameDialog.remember(preferences, chosen);
                    annotatorName = chosen;
                    model.changeAnnotator(chosen);
                }));
        Menu edit = new Menu("Edit");
        edit.getItems().setAll(undo, redo, new SeparatorMenuItem(), label, delete, new SeparatorMenuItem(), event, removeEvent,
                new SeparatorMenuItem(), name);
        return edit;
    }

    /** Deletes the picked span, asking first when it triggers an event or fills a role. */
    private void deleteSpanAsking() {
        java.util.Optional<String> warning = model.labelling().deletionWarning();
        if (warning.isPresent()) {
            javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    warning.get(), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            ask.setHeaderText("This span takes part in events");
            ask.setTitle("Delete span");
            if (pane.getScene() != null) {
                ask.initOwner(pane.getScene().getWindow());
            }
            if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isEmpty()) {
                return;
            }
        }
        model.labelling().deleteSelectedSpan();
    }

    private void reveal(Span span) {
        pane.scrollToOffset(model.selection().utf16Start(span));
        pane.requestFocus();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
