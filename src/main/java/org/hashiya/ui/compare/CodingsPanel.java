package org.hashiya.ui.compare;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.hashiya.ui.review.Direction;

/**
 * The compared coders' article codings in the side panel: per coder a line with status and
 * relevance, a small line saying where the coding comes from, a line of tags and a line of the note. Tags and note read the way their text does
 * (Arabic right to left), each on one line cut with an ellipsis, never wider than the panel; the
 * whole note is in a tooltip. Shows; never edits.
 */
final class CodingsPanel extends VBox {
    private static final double TIP_WIDTH = 420;

    CodingsPanel(CompareViewModel model) {
        super(6);
        setId("compare-codings");
        getStyleClass().add("compare-codings");
        setMinWidth(0);
        model.codingsProperty().addListener((obs, old, now) -> show(now));
        show(model.codingsProperty().get());
    }

    private void show(List<CoderCoding> codings) {
        getChildren().clear();
        setVisible(!codings.isEmpty());
        setManaged(!codings.isEmpty());
        if (codings.isEmpty()) {
            return;
        }
        Label heading = new Label("Article codings");
        heading.getStyleClass().add("panel-heading");
        getChildren().add(heading);
        String[] ids = {"a", "b"};
        for (int i = 0; i < codings.size(); i++) {
            getChildren().add(coder(codings.get(i), i < ids.length ? ids[i] : Integer.toString(i)));
        }
    }

    private static VBox coder(CoderCoding coding, String id) {
        Label facts = line("compare-coding-" + id + "-facts", coding.heading() + ": " + coding.facts());
        facts.getStyleClass().add("coding-facts");
        facts.setTooltip(new Tooltip(facts.getText()));
        if (!coding.found()) {
            facts.getStyleClass().add("coding-missing");
        }
        VBox box = new VBox(1, facts);
        box.getStyleClass().add("coder-coding");
        box.setMinWidth(0);
        if (coding.found()) {
            Label source = line("compare-coding-" + id + "-source", coding.source());
            source.getStyleClass().add("coding-source");
            source.setTooltip(new Tooltip(coding.source()));
            box.getChildren().add(source);
            Label tags = line("compare-coding-" + id + "-tags", coding.tags().isEmpty() ? "no tags" : coding.tags());
            tags.getStyleClass().add(coding.tags().isEmpty() ? "coding-empty" : "coding-tags");
            String oneLine = coding.note().strip().replaceAll("\\s*\\R\\s*", " ");
            Label note = line("compare-coding-" + id + "-note", oneLine.isEmpty() ? "no note" : oneLine);
            note.getStyleClass().add(oneLine.isEmpty() ? "coding-empty" : "coding-note");
            if (!oneLine.isEmpty()) {
                note.setTooltip(wholeNote(coding.note().strip()));
            }
            box.getChildren().addAll(tags, note);
        }
        return box;
    }

    /** One line, as wide as the panel and no wider, cut after a whole word with an ellipsis. */
    private static Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setMnemonicParsing(false);
        label.setNodeOrientation(Direction.of(text));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinWidth(0);
        label.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        label.setEllipsisString("…");
        label.setWrapText(false);
        return label;
    }

    /**
     * The whole note, wrapped: every word its own text node, as the reading pane draws Arabic
     * (JavaFX garbles one long wrapped Arabic run), paragraphs kept.
     */
    static Tooltip wholeNote(String note) {
        TextFlow flow = new TextFlow();
        flow.setNodeOrientation(Direction.of(note) == NodeOrientation.RIGHT_TO_LEFT
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        flow.setPrefWidth(TIP_WIDTH);
        flow.setMaxWidth(TIP_WIDTH);
        String[] words = note.split("(?<=\\s)");
        for (String word : words) {
            Text text = new Text(word);
            text.getStyleClass().add("coding-tip-text");
            flow.getChildren().add(text);
        }
        Tooltip tip = new Tooltip();
        tip.setGraphic(flow);
        tip.setMaxWidth(TIP_WIDTH + 24);
        tip.setUserData(note); // the whole note, for tests
        flow.setAccessibleText(note);
        return tip;
    }
}
