package org.hashiya.ui.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;

/**
 * A filter of "any of these": a menu button listing values with a tick box each. The menu stays
 * open while ticking; the button says how many are ticked.
 */
final class ChoiceMenu<T> extends MenuButton {
    /** One value and the text shown for it. */
    record Choice<T>(T value, String text) {
    }

    private final String title;
    private final Set<T> ticked = new LinkedHashSet<>();
    private final Consumer<Set<T>> onChange;
    private boolean quiet;

    ChoiceMenu(String id, String title, Consumer<Set<T>> onChange) {
        this.title = title;
        this.onChange = onChange;
        setId(id);
        getStyleClass().add("choice-menu");
        setMnemonicParsing(false);
        setText(title);
    }

    /** The values offered; ticks on values still offered are kept. */
    void setChoices(List<Choice<T>> choices) {
        getItems().clear();
        Set<T> kept = new LinkedHashSet<>();
        for (Choice<T> choice : choices) {
            CheckBox box = new CheckBox(choice.text());
            box.setMnemonicParsing(false);
            box.setNodeOrientation(Direction.of(choice.text()));
            box.setSelected(ticked.contains(choice.value()));
            if (box.isSelected()) {
                kept.add(choice.value());
            }
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    ticked.add(choice.value());
                } else {
                    ticked.remove(choice.value());
                }
                if (!quiet) {
                    changed();
                }
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.getStyleClass().add("choice-item");
            getItems().add(item);
        }
        if (!kept.equals(ticked)) {
            ticked.retainAll(kept);
            changed();
        }
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    /** Unticks everything (without telling: the caller clears the filter itself). */
    void clear() {
        quiet = true;
        getItems().forEach(item -> ((CheckBox) ((CustomMenuItem) item).getContent()).setSelected(false));
        quiet = false;
        ticked.clear();
        label();
    }

    Set<T> ticked() {
        return Set.copyOf(ticked);
    }

    private void changed() {
        label();
        onChange.accept(Set.copyOf(ticked));
    }

    private void label() {
        setText(ticked.isEmpty() ? title : title + " (" + ticked.size() + ")");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("active"), !ticked.isEmpty());
    }
}
