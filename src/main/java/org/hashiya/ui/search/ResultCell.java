package org.hashiya.ui.search;

import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import org.hashiya.ui.review.KwicLine;

/**
 * One search result on one line, right to left: the article's title at the right (library
 * searches), then the hit in its sentence ({@link KwicLine}: the words hit emphasised, the rest
 * greyed, cut with an ellipsis). The line is as wide as the list, never wider, so the list never
 * scrolls sideways; the whole sentence is in the tooltip.
 */
final class ResultCell extends ListCell<SearchResult> {
    /** The title takes at most this share of the line. */
    static final double TITLE_SHARE = 0.3;
    static final int TIP_CHARS = 160;

    private final Label title = new Label();
    private final KwicLine line = new KwicLine();
    private final Pane row = new Pane() {
        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double tw = title.getText() == null || title.getText().isEmpty() ? 0
                    : Math.min(title.prefWidth(h), w * TITLE_SHARE);
            double gap = tw > 0 ? 12 : 0;
            title.resizeRelocate(w - tw, 0, tw, h);
            line.resizeRelocate(0, 0, Math.max(0, w - tw - gap), h);
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0; // as wide as the cell, never wider
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(title.prefHeight(-1), line.prefHeight(-1));
        }
    };
    private final Tooltip tip = new Tooltip();
    /** The tooltip's text, laid out right to left (a tooltip's own text reads left to right). */
    private final Label tipLine = new Label();

    ResultCell() {
        getStyleClass().add("search-result");
        title.getStyleClass().add("search-result-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setEllipsisString("…");
        title.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        title.setAlignment(Pos.CENTER_LEFT); // right to left: its start, the right edge
        title.setMnemonicParsing(false);
        title.setMinWidth(0);
        row.getChildren().setAll(line, title);
        row.setMinWidth(0);
        row.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - getInsets().getLeft() - getInsets().getRight()),
                widthProperty(), insetsProperty()));
        row.maxWidthProperty().bind(row.prefWidthProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tipLine.setMnemonicParsing(false);
        tipLine.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        tipLine.getStyleClass().add("search-tip");
        tip.setGraphic(tipLine);
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        if (empty || result == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(result.articleTitle());
        line.show(result.hit().keywordInContext());
        row.requestLayout();
        setGraphic(row);
        tipLine.setText(tipText(result.hit().context()));
        setTooltip(tip);
    }

    /** The sentence on one line (JavaFX garbles a long wrapped Arabic run), cut at {@value #TIP_CHARS} characters. */
    static String tipText(String sentence) {
        String line = sentence.replaceAll("[\\n\\r\\t\\u2028\\u2029]", " ");
        return line.length() > TIP_CHARS ? line.substring(0, TIP_CHARS) + "…" : line;
    }

    /** The title and the three parts of the line as shown (for tests). */
    String[] shown() {
        String[] parts = line.parts();
        return new String[] {title.getText(), parts[0], parts[1], parts[2]};
    }

    KwicLine line() {
        return line;
    }
}
