package org.hashiya.ui.compare;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.service.AdjudicationService;
import org.hashiya.service.CodingService;
import org.hashiya.service.Verdict;
import org.hashiya.store.Library;

/**
 * Annotate ▸ Compare Coders…: a {@link CompareView} of the open article in its own window, with the
 * keys that step and decide. When it closes after storing anything, the workbench is told, so it
 * reads the article's spans and status again.
 */
public final class CompareWindow {
    private final CompareViewModel model;
    private final CompareView view;
    private final Stage stage = new Stage();

    /**
     * @param annotator the workbench's annotator name: the library's owner, whose article coding is
     *                  the article's own status, relevance, tags and note
     */
    public CompareWindow(Window owner, Library library, long articleId, String annotator, Consumer<Long> changed) {
        model = new CompareViewModel(new AdjudicationService(library), new CodingService(library), articleId, annotator);
        view = new CompareView(model);
        stage.initOwner(owner);
        stage.setTitle("Compare coders — " + model.articleTitle());
        Scene scene = new Scene(view, 1280, 820);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(CompareWindow.class.getResource("/org/hashiya/ui/main.css")).toExternalForm(),
                Objects.requireNonNull(CompareWindow.class.getResource("compare.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (model.changedAnything()) {
                changed.accept(articleId);
            }
        });
    }

    /**
     * The menu item (Shortcut+Shift+C): compares coders on the article {@code articleId} gives (null:
     * none open, the item says so through {@code message}).
     */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<Library> library, Supplier<Long> articleId,
                                    Supplier<String> annotator, Consumer<String> message, Consumer<Long> changed) {
        MenuItem item = new MenuItem("Compare Coders…");
        item.setId("menu-compare");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        item.setOnAction(e -> {
            Long id = articleId.get();
            if (library.get() == null || id == null) {
                message.accept("Open an article first, then compare its coders.");
                return;
            }
            CompareWindow window = new CompareWindow(owner.get(), library.get(), id, annotator.get(), changed);
            window.show();
            if (window.model.coders().size() < 2) {
                message.accept("This article has spans of " + window.model.coders().size()
                        + " annotator(s); comparing needs two (import another coder's file with --annotator).");
            }
        });
        return item;
    }

    /** Shows the window and compares the coders offered first, if there are two. */
    public Stage show() {
        stage.show();
        view.compare();
        return stage;
    }

    CompareViewModel model() {
        return model;
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.Z && !e.isShiftDown()) {
                model.undo();
            } else if ((code == KeyCode.Z && e.isShiftDown()) || code == KeyCode.Y) {
                model.redo();
            } else {
                return;
            }
            e.consume();
            return;
        }
        if (e.isAltDown()) {
            return;
        }
        switch (code) {
            case F8 -> {
                if (e.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
            }
            case N -> model.next();
            case P -> model.previous();
            case A -> model.decide(Verdict.CODER_A);
            case B -> model.decide(Verdict.CODER_B);
            case C -> model.decide(Verdict.BOTH);
            case X -> model.decide(Verdict.NEITHER);
            case E -> view.decideOwn();
            case G -> model.acceptAgreements();
            case ESCAPE -> stage.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
