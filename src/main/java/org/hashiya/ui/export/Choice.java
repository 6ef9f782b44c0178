package org.hashiya.ui.export;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One value a filter can take (a label, a tag, a status) with the text people read and whether it
 * is ticked. {@code text} is the name shown first (a label's Arabic name), {@code secondary} a
 * second name shown after it, smaller (a label's English name) or ""; {@code detail} is the rest
 * (id, kind) for a tooltip; {@code colour} is "#rrggbb" or "".
 */
public final class Choice<T> {
    private final T value;
    private final String text;
    private final String secondary;
    private final String detail;
    private final String colour;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);

    public Choice(T value, String text, String secondary, String detail, String colour) {
        this.value = value;
        this.text = text;
        this.secondary = secondary;
        this.detail = detail;
        this.colour = colour;
    }

    public static <T> Choice<T> of(T value, String text) {
        return new Choice<>(value, text, "", "", "");
    }

    /** The values of the ticked choices, in the order given. */
    public static <T> Set<T> ticked(Collection<Choice<T>> choices) {
        Set<T> values = new LinkedHashSet<>();
        for (Choice<T> choice : choices) {
            if (choice.isSelected()) {
                values.add(choice.value);
            }
        }
        return values;
    }

    public T value() {
        return value;
    }

    public String text() {
        return text;
    }

    public String secondary() {
        return secondary;
    }

    public String detail() {
        return detail;
    }

    public String colour() {
        return colour;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return text;
    }
}
