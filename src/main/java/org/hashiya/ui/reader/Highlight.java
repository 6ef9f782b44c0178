package org.hashiya.ui.reader;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A coloured range of the article to paint behind the text. Offsets are UTF-16 indices into the
 * article text (end exclusive), the same indices {@link ReadingPane#selectionProperty()} uses.
 * {@code outline}, when not null, is drawn around the range (the picked span among overlaps).
 * {@code styleClass} (space-separated CSS style classes, usually empty) goes onto the painted shape
 * beside "highlight", so a view's stylesheet can mark kinds of highlight apart (stroke, dashes).
 */
public record Highlight(String id, int start, int end, Color color, Color outline, String styleClass) {

    public Highlight {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(color, "color");
        styleClass = styleClass == null ? "" : styleClass.strip();
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("highlight " + id + ": bad range " + start + ".." + end);
        }
    }

    public Highlight(String id, int start, int end, Color color, Color outline) {
        this(id, start, end, color, outline, "");
    }

    public Highlight(String id, int start, int end, Color color) {
        this(id, start, end, color, null);
    }

    /** A highlight with a CSS colour such as {@code "#ffd54f"} or {@code "rgba(255,200,0,0.5)"}. */
    public static Highlight of(String id, int start, int end, String cssColor) {
        return new Highlight(id, start, end, Color.web(cssColor));
    }

    public Highlight withOutline(Color newOutline) {
        return new Highlight(id, start, end, color, newOutline, styleClass);
    }

    /** The same highlight under another id, carrying these CSS style classes (space-separated). */
    public Highlight styled(String newId, String newStyleClass) {
        return new Highlight(newId, start, end, color, outline, newStyleClass);
    }
}
