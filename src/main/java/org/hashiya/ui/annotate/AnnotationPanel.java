package org.hashiya.ui.annotate;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;

/**
 * The annotation side panel: the article's status, relevance, tags and note; the picked span with
 * its note and a delete button; and every span of the article in reading order (a click scrolls the
 * reading pane to it). Text fields are saved when Enter is pressed or they lose focus.
 */
final class AnnotationPanel extends VBox {
    private final AnnotationViewModel model;

    private final Runnable deleteSpan;

    AnnotationPanel(AnnotationViewModel model, Consumer<Span> reveal, Runnable deleteSpan) {
        this.model = model;
        this.deleteSpan = deleteSpan;
        getStyleClass().add("annotation-panel");
        setId("annotation-panel");

        Label mismatch = new Label();
        mismatch.setId("mismatch-warning");
        mismatch.getStyleClass().add("mismatch-warning");
        mismatch.setWrapText(true);
        mismatch.textProperty().bind(model.mismatchReportProperty());
        mismatch.visibleProperty().bind(model.mismatchReportProperty().isNotEmpty());
        mismatch.managedProperty().bind(mismatch.visibleProperty());

        Label heading = new Label("Spans");
        heading.getStyleClass().add("panel-heading");
        Label count = new Label();
        count.getStyleClass().add("span-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.spanList().rows()).asString("%d"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label help = new Label("?");
        help.getStyleClass().add("help-badge");
        Tooltip helpTip = new Tooltip(PaneBinding.HELP);
        helpTip.setWrapText(true);
        helpTip.setMaxWidth(420);
        help.setTooltip(helpTip);
        HBox spansHeader = new HBox(6, heading, count, gap, help);
        spansHeader.getStyleClass().add("panel-header");

        ListView<SpanRow> list = spanList(reveal);
        VBox.setVgrow(list, Priority.ALWAYS);

        // The article's fields, the picked span and the event inspector scroll (vertically only) when
        // the window is short, so the span list below always keeps room.
        VBox upper = new VBox(8, articleFields(), pickedSpan(), new EventInspector(model.events(), model.selection()));
        upper.getStyleClass().add("annotation-upper");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(upper);
        scroll.setId("annotation-scroll");
        scroll.getStyleClass().add("annotation-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        scroll.prefViewportHeightProperty().bind(upper.heightProperty());
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        model.events().currentProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                // the inspector is the last thing above the list: bring its roles into view
                javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
            }
        });
        list.setMinHeight(140);
        list.setPrefHeight(140); // the list takes what the fields above leave, never less than this
        getChildren().setAll(mismatch, scroll, spansHeader, list);
        disableProperty().bind(model.openProperty().not());
    }

    private GridPane articleFields() {
        ChoiceBox<ArticleStatus> status = new ChoiceBox<>();
        status.setId("article-status");
        status.getItems().setAll(ArticleStatus.values());
        status.setConverter(converter(ArticleStatus::id));
        syncChoice(status, model.article().statusProperty(), model.article()::setStatus);

        ChoiceBox<Relevance> relevance = new ChoiceBox<>();
        relevance.setId("article-relevance");
        relevance.getItems().setAll(Relevance.values());
        relevance.setConverter(converter(r -> switch (r) {
            case UNSET -> "not judged";
            case RELEVANT -> "relevant";
            case NOT_RELEVANT -> "not relevant";
        }));
        syncChoice(relevance, model.article().relevanceProperty(), model.article()::setRelevance);

        TextField tags = new TextField();
        tags.setId("article-tags");
        tags.setPromptText("tags, separated by commas");
        commitOnEnterOrFocusLoss(tags, model.article().tagsProperty(), model.article()::setTags);

        TextArea note = new TextArea();
        note.setId("article-note");
        note.setPromptText("A note on the whole article");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        commitOnEnterOrFocusLoss(note, model.article().articleNoteProperty(), model.article()::setArticleNote);

        Label annotator = new Label();
        annotator.getStyleClass().add("annotator-name");
        annotator.textProperty().bind(model.annotatorNameProperty().map(n -> "Annotating as " + n));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("article-fields");
        grid.addRow(0, new Label("Status"), status);
        grid.addRow(1, new Label("Relevance"), relevance);
        grid.addRow(2, new Label("Tags"), tags);
        grid.addRow(3, new Label("Note"), note);
        grid.add(annotator, 0, 4, 2, 1);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        GridPane.setHgrow(tags, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
        return grid;
    }

    private VBox pickedSpan() {
        Label swatch = new Label();
        swatch.getStyleClass().add("label-swatch");
        Label label = new Label();
        label.getStyleClass().add("picked-label");
        Label text = new Label();
        text.getStyleClass().add("picked-text");
        text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        text.setWrapText(true);
        TextField note = new TextField();
        note.setId("span-note");
        note.setPromptText("Note on this span");
        note.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        commitOnEnterOrFocusLoss(note, model.selection().selectedSpanProperty().map(Span::note).orElse(""), model.labelling()::setSelectedNote);
        Button delete = new Button("Delete");
        delete.setId("span-delete");
        delete.setOnAction(e -> deleteSpan.run());
        HBox top = new HBox(6, swatch, label);
        top.getStyleClass().add("picked-header");
        Label none = new Label("Click a span to pick it.");
        none.getStyleClass().add("hint");
        VBox box = new VBox(4, top, text, new HBox(6, note, delete), none);
        HBox.setHgrow(note, Priority.ALWAYS);
        box.getStyleClass().add("picked-span");
        box.setId("picked-span");

        model.selection().selectedSpanProperty().addListener((obs, old, span) -> {
            boolean picked = span != null;
            for (javafx.scene.Node part : List.of(top, text, note.getParent())) {
                part.setVisible(picked);
                part.setManaged(picked);
            }
            none.setVisible(!picked);
            none.setManaged(!picked);
            if (picked) {
                label.setText(model.labelling().labelName(span.labelId()) + " · " + span.annotator());
                swatch.setStyle("-fx-background-color: " + colourOf(span) + ";");
                text.setText(span.text());
            }
        });
        for (javafx.scene.Node part : List.of(top, text, note.getParent())) {
            part.setVisible(false);
            part.setManaged(false);
        }
        return box;
    }

    private String colourOf(Span span) {
        return model.spanList().colourOf(span);
    }

    private ListView<SpanRow> spanList(Consumer<Span> reveal) {
        ListView<SpanRow> list = new ListView<>(model.spanList().rows());
        list.setId("span-list");
        list.getStyleClass().add("span-list");
        list.setPlaceholder(new Label("No spans yet."));
        list.setCellFactory(v -> new SpanCell());
        list.setOnMouseClicked(e -> {
            SpanRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.selection().selectSpan(row.span().id());
                reveal.accept(row.span());
            }
        });
        model.selection().selectedSpanProperty().addListener((obs, old, span) -> {
            if (span == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            SpanRow shown = list.getSelectionModel().getSelectedItem();
            if (shown == null || shown.span().id() != span.id()) {
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).span().id() == span.id()) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(Math.max(0, i - 2));
                        break;
                    }
                }
            }
        });
        return list;
    }

    /**
     * A span list row: a colour swatch, the label, the covered text (right to left) and the note,
     * each on one line cut after a whole word with an ellipsis at its end (its left, in Arabic). The cell asks for no width of its own, so
     * the list gives every cell its own width: one long span never widens the others or brings a
     * horizontal scroll bar.
     */
    private static final class SpanCell extends ListCell<SpanRow> {
        private final Label swatch = new Label();
        private final Label label = new Label();
        private final Label text = new Label();
        private final Label note = new Label();
        private final VBox box;

        SpanCell() {
            swatch.getStyleClass().add("label-swatch");
            label.getStyleClass().add("span-label");
            for (Label line : List.of(text, note)) {
                line.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                line.setTextOverrun(OverrunStyle.WORD_ELLIPSIS); // never cut inside a word: letters stay joined
                line.setEllipsisString("…");
                line.setMaxWidth(Double.MAX_VALUE);
                line.setMinWidth(0);
            }
            text.getStyleClass().add("span-text");
            note.getStyleClass().add("span-note");
            box = new VBox(1, new HBox(6, swatch, label), text, note);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            getStyleClass().add("span-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SpanRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            swatch.setStyle("-fx-background-color: " + row.colour() + ";");
            label.setText(row.labelName());
            text.setText(oneLine(row.span().text()));
            note.setText(oneLine(row.span().note()));
            note.setVisible(!row.span().note().isEmpty());
            note.setManaged(note.isVisible());
            setGraphic(box);
        }

        /** A span or note across a line break shows on one line, the break as a space. */
        private static String oneLine(String text) {
            return text.replace('\n', ' ');
        }
    }

    /** Shows the model's value; a choice by the user goes to the model, which stores it and shows it back. */
    private static <T> void syncChoice(ChoiceBox<T> box, ObservableValue<T> shown, Consumer<T> chosen) {
        boolean[] updating = {false};
        box.setValue(shown.getValue());
        shown.addListener((obs, old, now) -> {
            updating[0] = true;
            box.setValue(now);
            updating[0] = false;
        });
        box.valueProperty().addListener((obs, old, now) -> {
            if (!updating[0] && now != null) {
                chosen.accept(now);
            }
        });
    }

    static void commitOnEnterOrFocusLoss(TextInputControl field, ObservableValue<String> shown, Consumer<String> commit) {
        field.setText(shown.getValue());
        shown.addListener((obs, old, now) -> field.setText(now));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.accept(field.getText());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !(field instanceof TextArea && !e.isShortcutDown())) {
                commit.accept(field.getText());
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                field.setText(shown.getValue());
                e.consume();
            }
        });
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
