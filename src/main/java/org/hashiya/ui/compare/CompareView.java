package org.hashiya.ui.compare;

import java.util.List;
import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.Verdict;
import org.hashiya.ui.reader.ReadingPane;

/**
 * The comparison of two coders on one article: a bar to choose the coders and the gold name, the
 * article in a reading pane with both codings overlaid, and a side panel with the current
 * disagreement, the decisions and the list of all disagreements. Wiring only; state in
 * {@link CompareViewModel}, keys in {@link CompareWindow}.
 */
public final class CompareView extends BorderPane {
    static final String HELP = """
            A's spans are outlined solid, B's dashed; the outline's colour is the kind of disagreement \
            (orange: same span, other label; purple: overlap only; red: one coder only). Agreements are \
            filled without outline; gold spans get a green outline.
            N or F8 next disagreement, P or Shift+F8 previous. A take coder A's version, B coder B's, \
            C both, X neither; select text and press E (or E alone) for your own span with the label \
            chosen. G takes every agreement. Ctrl+Z undo, Ctrl+Shift+Z redo.""";

    private final CompareViewModel model;
    private final ReadingPane pane = new ReadingPane();
    private final ChoiceBox<String> coderA = new ChoiceBox<>();
    private final ChoiceBox<String> coderB = new ChoiceBox<>();
    private final TextField gold = new TextField("gold");
    private final ChoiceBox<SpanLabel> ownLabel = new ChoiceBox<>();
    private final ListView<DisagreementRow> list;

    public CompareView(CompareViewModel model) {
        this.model = model;
        getStyleClass().add("compare-view");
        pane.setId("compare-pane");
        pane.getStylesheets().add(Objects.requireNonNull(CompareView.class.getResource("compare.css")).toExternalForm());
        list = disagreementList();
        setTop(chooser());
        SplitPane split = new SplitPane(pane, sidePanel());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
        setBottom(statusLine());
        bind();
    }

    /** The article with both codings painted. */
    public ReadingPane pane() {
        return pane;
    }

    /** The label an own span (E) takes. */
    SpanLabel ownLabel() {
        return ownLabel.getValue();
    }

    /** Compares the coders chosen in the bar. */
    void compare() {
        if (model.start(coderA.getValue(), coderB.getValue(), gold.getText())) {
            ownLabel.getItems().setAll(model.activeLabels());
            if (ownLabel.getValue() == null && !ownLabel.getItems().isEmpty()) {
                ownLabel.setValue(ownLabel.getItems().get(0));
            }
            pane.requestFocus();
        }
    }

    private Node chooser() {
        coderA.setId("compare-coder-a");
        coderB.setId("compare-coder-b");
        gold.setId("compare-gold-name");
        coderA.setItems(model.coders());
        coderB.setItems(model.coders());
        List<String> suggested = model.suggestedCoders(gold.getText());
        if (suggested.size() == 2) {
            coderA.setValue(suggested.get(0));
            coderB.setValue(suggested.get(1));
        }
        gold.setPrefColumnCount(10);
        gold.setOnAction(e -> compare());
        Button start = new Button("Compare");
        start.setId("compare-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> compare());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button undo = button("Undo", "compare-undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("Redo", "compare-redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Label help = new Label("?");
        help.getStyleClass().add("help-badge");
        Tooltip tip = new Tooltip(HELP);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        help.setTooltip(tip);
        HBox bar = new HBox(8, new Label("Coder A"), coderA, new Label("Coder B"), coderB,
                new Label("Gold annotator"), gold, start, gap, undo, redo, help);
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private Node sidePanel() {
        Label kind = new Label();
        kind.setId("compare-current-kind");
        kind.getStyleClass().add("current-kind");
        Label a = new Label();
        a.setId("compare-current-a");
        a.getStyleClass().addAll("current-coder", "current-coder-a");
        Label b = new Label();
        b.setId("compare-current-b");
        b.getStyleClass().addAll("current-coder", "current-coder-b");
        Label text = new Label();
        text.setId("compare-current-text");
        text.getStyleClass().add("current-text");
        // one line from the right edge, cut after a whole word at its end (a wrapped label cut by
        // height showed the middle of a long place); the whole text is in the tooltip
        text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        text.setEllipsisString("…");
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        whole.textProperty().bind(text.textProperty());
        text.setTooltip(whole);
        model.currentRowProperty().addListener((obs, old, row) -> {
            kind.setText(row == null ? "No disagreement" : (list.getItems().indexOf(row) + 1) + " of "
                    + list.getItems().size() + " · " + row.kind().description() + (row.settled() ? " · settled, " + row.outcome() : ""));
            a.setText(row == null ? "" : "A (" + model.coderAName() + "): " + row.coderA());
            b.setText(row == null ? "" : "B (" + model.coderBName() + "): " + row.coderB());
            text.setText(row == null ? "" : row.text());
        });

        FlowPane decisions = new FlowPane(6, 6,
                button("A's version (A)", "compare-take-a", () -> model.decide(Verdict.CODER_A)),
                button("B's version (B)", "compare-take-b", () -> model.decide(Verdict.CODER_B)),
                button("Both (C)", "compare-take-both", () -> model.decide(Verdict.BOTH)),
                button("Neither (X)", "compare-take-neither", () -> model.decide(Verdict.NEITHER)));
        ownLabel.setId("compare-own-label");
        ownLabel.setConverter(new StringConverter<>() {
            @Override
            public String toString(SpanLabel label) {
                return label == null ? "" : model.labelName(label.id());
            }

            @Override
            public SpanLabel fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        Button own = button("Own span (E)", "compare-own", this::decideOwn);
        HBox ownRow = new HBox(6, ownLabel, own);
        Button agreements = button("Take all agreements (G)", "compare-take-agreements", model::acceptAgreements);
        HBox stepping = new HBox(6, button("Previous (P)", "compare-previous", model::previous),
                button("Next (N)", "compare-next", model::next));
        VBox current = new VBox(4, kind, a, b, text, decisions, ownRow, agreements, stepping);
        current.getStyleClass().add("compare-current-box");
        current.disableProperty().bind(model.openProperty().not());

        Label heading = new Label("Disagreements");
        heading.getStyleClass().add("panel-heading");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(8, legend(), new CodingsPanel(model), current, heading, list);
        side.getStyleClass().add("compare-side");
        side.setMinWidth(260);
        return side;
    }

    void decideOwn() {
        SpanLabel label = ownLabel.getValue();
        if (label != null) {
            model.decideOwn(label.id());
        }
    }

    private Node legend() {
        FlowPane legend = new FlowPane(6, 4, mark("A", "a"), mark("B", "b"), mark("other label", "other-label"),
                mark("overlap", "overlap"), mark("one coder", "one-coder"), mark("gold", "gold"));
        legend.getStyleClass().add("compare-legend");
        return legend;
    }

    /** A legend entry, outlined like the marks it stands for (compare.css: legend-…). */
    private static Label mark(String text, String kind) {
        Label mark = new Label(text);
        mark.getStyleClass().addAll("legend-mark", "legend-" + kind);
        return mark;
    }

    private ListView<DisagreementRow> disagreementList() {
        ListView<DisagreementRow> view = new ListView<>(model.disagreements());
        view.setId("compare-list");
        view.getStyleClass().add("compare-list");
        view.setPlaceholder(new Label("No disagreements."));
        view.setCellFactory(v -> new DisagreementCell());
        view.setOnMouseClicked(e -> {
            int at = view.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                model.show(at);
            }
        });
        return view;
    }

    private Node statusLine() {
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.setId("compare-message");
        message.textProperty().bind(model.messageProperty());
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox line = new HBox(16, summary, message);
        line.getStyleClass().add("status-bar");
        return line;
    }

    private void bind() {
        model.textProperty().addListener((obs, old, now) -> pane.setArticle(now));
        model.highlightsProperty().addListener((obs, old, now) -> pane.setHighlights(now));
        pane.selectionProperty().addListener((obs, old, now) -> model.setSelection(now.getStart(), now.getEnd()));
        Tooltip hover = new Tooltip();
        hover.setShowDelay(javafx.util.Duration.millis(400));
        hover.setWrapText(true);
        hover.setMaxWidth(520);
        pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            String tip = model.describeAt(pane.characterAt(e.getSceneX(), e.getSceneY()).orElse(-1));
            hover.setText(tip);
            if (tip.isEmpty()) {
                Tooltip.uninstall(pane, hover);
            } else {
                Tooltip.install(pane, hover);
            }
        });
        model.currentRowProperty().addListener((obs, old, row) -> {
            int at = model.currentProperty().get();
            if (row != null && at >= 0) {
                list.getSelectionModel().select(at);
                list.scrollTo(Math.max(0, at - 2));
                if (old == null || old.item() != row.item()) {
                    pane.scrollToOffset(row.utf16Start());
                }
            }
        });
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
