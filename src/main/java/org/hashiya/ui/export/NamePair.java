package org.hashiya.ui.export;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;

/**
 * A name and a second name on one line, e.g. a label's Arabic and English names. The first name
 * keeps the room it needs and is cut (ellipsis at its end) only when the row is narrower than it
 * alone; the second, left-to-right, takes what is left and ends in an ellipsis at its own end. In
 * a right-to-left list the first name sits at the right edge and the second to its left.
 */
final class NamePair extends Region {
    private static final double GAP = 10;
    /** Narrower than this, a cut second name says nothing: it is left out. */
    private static final double LEAST_SECOND = 28;

    private final Label first = name("first-name");
    private final Label second = name("second-name");

    NamePair() {
        second.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        getChildren().addAll(first, second);
        getStyleClass().add("name-pair");
    }

    private static Label name(String styleClass) {
        Label label = new Label();
        label.setMinWidth(0);
        label.setMnemonicParsing(false);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setEllipsisString("…");
        label.getStyleClass().add(styleClass);
        return label;
    }

    void show(String firstName, String secondName) {
        first.setText(firstName);
        second.setText(secondName);
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = first.prefWidth(-1);
        if (!second.getText().isEmpty()) {
            width += GAP + second.prefWidth(-1);
        }
        return snappedLeftInset() + width + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + Math.max(first.prefHeight(-1), second.prefHeight(-1)) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double width = Math.max(0, getWidth() - x - snappedRightInset());
        double top = snappedTopInset();
        double height = Math.max(0, getHeight() - top - snappedBottomInset());
        double firstWidth = Math.min(first.prefWidth(-1), width);
        first.resizeRelocate(x, top, firstWidth, height);
        double room = width - firstWidth - GAP;
        boolean showSecond = !second.getText().isEmpty() && room >= LEAST_SECOND;
        second.setVisible(showSecond);
        second.resizeRelocate(x + firstWidth + GAP, top, showSecond ? Math.min(second.prefWidth(-1), room) : 0, height);
    }

    Label first() {
        return first;
    }

    Label second() {
        return second;
    }
}
