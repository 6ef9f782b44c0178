package org.hashiya.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import org.hashiya.domain.EventReviewRow;

/**
 * An event's filled roles on one line, laid out right to left: each role's name (a small tag)
 * followed by its fillers' text, joined with «،», the roles one after another. Each part keeps its
 * own direction, so Latin role names and Arabic fillers never reorder each other. A long filler with
 * more roles after it is cut (ellipsis at its end) at half the line so they show too; what does not
 * fit is cut at the line's end (the left) with an ellipsis, and parts past it are not shown.
 */
final class RolesLine extends Pane {
    static final double GAP = 5;
    /** The share of the line a filler may take when more roles follow it. */
    static final double FILLER_SHARE = 0.5;
    /** ... but never less than this, if there is room. */
    static final double MIN_FILLER = 90;
    private final List<Label> parts = new ArrayList<>();

    RolesLine() {
        getStyleClass().add("roles-line");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // places its parts itself, in screen coordinates
        setMinWidth(0);
    }

    void show(List<EventReviewRow.Filler> fillers) {
        List<Label> now = new ArrayList<>();
        String role = null;
        StringBuilder text = null;
        for (EventReviewRow.Filler f : fillers) {
            if (!f.role().equals(role)) {
                if (text != null) {
                    now.add(filler(text.toString()));
                }
                role = f.role();
                now.add(part(role, "role-name"));
                text = new StringBuilder(Direction.oneLine(f.text()));
            } else {
                text.append("، ").append(Direction.oneLine(f.text()));
            }
        }
        if (text != null) {
            now.add(filler(text.toString()));
        }
        parts.clear();
        parts.addAll(now);
        getChildren().setAll(now);
        requestLayout();
    }

    private static Label filler(String text) {
        return part(text, "role-filler");
    }

    private static Label part(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMnemonicParsing(false);
        label.setEllipsisString("…");
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setNodeOrientation(Direction.of(text));
        label.setAlignment(Pos.CENTER_LEFT); // the start of the text: the right edge for Arabic
        label.setMinWidth(0);
        return label;
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double right = getWidth();
        for (int i = 0; i < parts.size(); i++) {
            Label part = parts.get(i);
            double room = Math.max(0, right);
            // a long filler with more roles after it takes at most half the line, so they show too
            double cap = i + 1 < parts.size() && part.getStyleClass().contains("role-filler")
                    ? Math.max(FILLER_SHARE * getWidth(), Math.min(room, MIN_FILLER)) : room;
            double w = Math.min(part.prefWidth(h), Math.min(room, cap));
            double ph = Math.min(h, part.prefHeight(w));
            part.setVisible(room > 8);
            part.resizeRelocate(right - w, (h - ph) / 2, w, ph);
            right -= w + GAP;
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as its cell, never wider
    }

    /** The parts right to left as shown: role, fillers, role, fillers... (for tests). */
    List<Label> parts() {
        return List.copyOf(parts);
    }
}
