package org.hashiya.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.scene.shape.Path;

/** Checks, character by character, that a painted highlight or selection covers exactly its range. */
final class PaintCheck {
    private PaintCheck() {
    }

    /** A character box counts as painted when its centre and both side edges lie inside the path. */
    static boolean paints(Path path, Bounds box) {
        return path.contains(box.getCenterX(), box.getCenterY())
                && path.contains(box.getMinX() + 0.5, box.getCenterY()) && path.contains(box.getMaxX() - 0.5, box.getCenterY());
    }

    /**
     * The non-space characters of {@code text} in [{@code scanFrom}, {@code scanTo}) that the path
     * paints though they lie outside [{@code from}, {@code to}), or leaves unpainted inside it.
     * {@code sceneBox} gives a character's box in scene coordinates.
     */
    static List<String> wronglyPainted(String text, int scanFrom, int scanTo, IntFunction<Bounds> sceneBox,
                                       Path path, int from, int to) {
        List<String> wrong = new ArrayList<>();
        for (int s = scanFrom; s < scanTo; s++) {
            if (Character.isWhitespace(text.charAt(s))) {
                continue;
            }
            Bounds b = path.sceneToLocal(sceneBox.apply(s));
            boolean painted = paints(path, b);
            boolean inside = s >= from && s < to;
            if (painted != inside) {
                wrong.add(s + "'" + text.charAt(s) + "' painted=" + painted + " box=" + b);
            }
        }
        return wrong;
    }
}
