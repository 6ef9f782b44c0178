package org.hashiya.ui.compare;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;
import org.hashiya.service.ComparisonKind;

/**
 * A row of the disagreement list: the kind (and, once settled, what the gold set took), each
 * coder's label names on a line of its own, and the text of the place right to left on one line, cut after a whole word
 * with an ellipsis at its end. The cell asks for no width of its own, so a long place never widens
 * the list or brings a horizontal scroll bar.
 */
final class DisagreementCell extends ListCell<DisagreementRow> {
    private final Label kind = new Label();
    private final Label coderA = new Label();
    private final Label coderB = new Label();
    private final Label text = new Label();
    private final VBox box = new VBox(1, kind, coderA, coderB, text);

    DisagreementCell() {
        for (Label line : List.of(kind, coderA, coderB, text)) {
            line.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
            line.setEllipsisString("…");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setMinWidth(0);
        }
        text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        kind.getStyleClass().add("disagreement-kind");
        coderA.getStyleClass().add("disagreement-coders");
        coderB.getStyleClass().add("disagreement-coders");
        text.getStyleClass().add("disagreement-text");
        box.setMinWidth(0);
        box.setPrefWidth(0);
        getStyleClass().add("disagreement-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(DisagreementRow row, boolean empty) {
        super.updateItem(row, empty);
        for (ComparisonKind k : ComparisonKind.values()) {
            getStyleClass().remove("compare-row-" + k.id());
        }
        getStyleClass().remove("compare-row-settled");
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        getStyleClass().add("compare-row-" + row.kind().id());
        if (row.settled()) {
            getStyleClass().add("compare-row-settled");
        }
        kind.setText((row.settled() ? "✓ " : "") + row.kind().description()
                + (row.settled() ? " — " + row.outcome() : ""));
        coderA.setText("A: " + row.coderA());
        coderB.setText("B: " + row.coderB());
        text.setText(row.text());
        setGraphic(box);
    }
}
