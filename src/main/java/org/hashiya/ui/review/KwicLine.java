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

    private final Part before = new Part("kwic-before", false, Pos.CENTER_RIGHT);
    private final Part keyword = new Part("kwic-keyword", true, Pos.CENTER);
    private final Part after = new Part("kwic-after", true, Pos.CENTER_LEFT);

    public KwicLine() {
        getStyleClass().add("kwic-line");
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // places its parts itself, in screen coordinates
        getChildren().setAll(after, keyword, before);
        setMinWidth(0);
    }

    public void show(KeywordInContext context) {
        before.show(Direction.oneLine(context.before()));
        keyword.show(Direction.oneLine(context.keyword()));
        after.show(Direction.oneLine(context.after()));
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
        return new String[] {before.full, keyword.full, after.full};
    }

    /** Where the parts are, left to right on screen: after, keyword, before (for tests). */
    public Label[] labelsLeftToRight() {
        return new Label[] {after, keyword, before};
    }

    /**
     * One part of the line: a label given its whole text, showing it cut to its width by
     * {@link LineFit} (at the end, or at the start for the text before the span), right to left.
     */
    private static final class Part extends Label {
        private final LineFit.Cut cut;
        private String full = "";
        /** True while the part cuts its text in its own layout, which shows the new text. */
        private boolean fitting;

        Part(String style, boolean cutEnd, Pos alignment) {
            cut = new LineFit.Cut(cutEnd);
            getStyleClass().add(style);
            setTextOverrun(cutEnd ? OverrunStyle.ELLIPSIS : OverrunStyle.LEADING_ELLIPSIS);
            setEllipsisString(LineFit.ELLIPSIS);
            // right to left: CENTER_RIGHT is the label's left edge, CENTER_LEFT its right edge (next to the span)
            setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            setAlignment(alignment);
            setMnemonicParsing(false);
            setMinWidth(0);
        }

        /** Shows {@code text}, cut at the next layout (when the part's width for it is known). */
        void show(String text) {
            full = text;
            requestLayout();
        }

        private double room() {
            return getWidth() - snappedLeftInset() - snappedRightInset() - labelPadding();
        }

        private double labelPadding() {
            return snapSizeX(getLabelPadding().getLeft()) + snapSizeX(getLabelPadding().getRight());
        }

        @Override
        protected double computePrefWidth(double height) {
            // the whole text's width, whatever is shown now
            return snappedLeftInset() + labelPadding() + snapSizeX(LineFit.width(full, getFont())) + snappedRightInset();
        }

        @Override
        protected void layoutChildren() {
            String shown = cut.shown(full, getFont(), room());
            if (!shown.equals(getText())) {
                fitting = true;
                try {
                    setText(shown);
                } finally {
                    fitting = false;
                }
            }
            super.layoutChildren();
        }

        @Override
        public void requestLayout() {
            if (!fitting) {
                super.requestLayout();
            }
        }
    }
}
