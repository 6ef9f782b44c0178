package org.hashiya.ui.review;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import org.hashiya.domain.KeywordInContext;

/**
 * One keyword-in-context line laid out right to left: the text before the span on the right, the
 * span in the middle (its full width, up to two thirds of the line), the text after it on the
 * left, the two sides sharing what is left evenly. The side texts are cut where they are farthest
 * from the span, each with an ellipsis there, so the span always shows. Also the search results' lines.
 */
public final class KwicLine extends Pane {
    static final double KEYWORD_SHARE = 2.0 / 3;

    private final Label before = part("kwic-before", OverrunStyle.LEADING_ELLIPSIS, Pos.CENTER_RIGHT);
    private final Label keyword = part("kwic-keyword", OverrunStyle.ELLIPSIS, Pos.CENTER);
    private final Label after = part("kwic-after", OverrunStyle.ELLIPSIS, Pos.CENTER_LEFT);

    public KwicLine() {
        getStyleClass().add("kwic-line");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // places its parts itself, in screen coordinates
        getChildren().setAll(after, keyword, before);
        setMinWidth(0);
    }

    private static Label part(String style, OverrunStyle overrun, Pos alignment) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.setTextOverrun(overrun);
        label.setEllipsisString("…");
        // right to left: CENTER_RIGHT is the label's left edge, CENTER_LEFT its right edge (next to the span)
        label.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        label.setAlignment(alignment);
        label.setMnemonicParsing(false);
        label.setMinWidth(0);
        return label;
    }

    public void show(KeywordInContext context) {
        before.setText(Direction.oneLine(context.before()));
        keyword.setText(Direction.oneLine(context.keyword()));
        after.setText(Direction.oneLine(context.after()));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double kw = Math.min(keyword.prefWidth(h), w * KEYWORD_SHARE);
        double side = Math.max(0, (w - kw) / 2);
        after.resizeRelocate(0, 0, side, h);
        keyword.resizeRelocate(side, 0, kw, h);
        before.resizeRelocate(side + kw, 0, Math.max(0, w - side - kw), h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as its cell, never wider
    }

    /** The three parts as shown: before, keyword, after (for tests). */
    public String[] parts() {
        return new String[] {before.getText(), keyword.getText(), after.getText()};
    }

    /** Where the parts are, left to right on screen: after, keyword, before (for tests). */
    public Label[] labelsLeftToRight() {
        return new Label[] {after, keyword, before};
    }
}
