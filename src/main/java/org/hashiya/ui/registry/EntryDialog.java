package org.hashiya.ui.registry;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.domain.SpanLabel;
import org.hashiya.ui.review.Direction;

/**
 * New actor, New place, Edit: a small window with the entry's fields, each with a caption on the
 * left and, below it, what is wrong with it. Arabic fields (name, aliases, province) read right to
 * left; codes and coordinates left to right; the English name and the note the way their text
 * starts. Save (Enter; Ctrl+Enter in the aliases) stores the entry if every field is right and
 * closes; Cancel (Escape) drops it. Only wiring; the state lives in {@link EntryEditorViewModel}.
 */
public final class EntryDialog {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final EntryEditorViewModel model;
    private final GridPane grid = new GridPane();
    private final TextField name;
    private int row;

    public EntryDialog(Window owner, EntryEditorViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());
        grid.getStyleClass().add("entry-grid");
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(captions, fields);

        name = arabicField("entry-name", model.nameProperty());
        add("الاسم  Name", name, model.nameProblemProperty(), "entry-name-problem");
        add("English name", autoField("entry-english", model.englishNameProperty()), null, null);
        if (model.kind() == EntryKind.ACTOR) {
            add("النوع  Type", typeChoice(), model.typeProblemProperty(), "entry-type-problem");
        }
        TextArea aliases = new TextArea();
        aliases.setId("entry-aliases");
        aliases.getStyleClass().addAll("arabic-field", "entry-aliases");
        aliases.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        aliases.setPrefRowCount(3);
        // wrapped and never squeezed: a right-to-left area with a scroll bar cuts its lines' first letters
        aliases.setWrapText(true);
        aliases.setMinHeight(Region.USE_PREF_SIZE);
        aliases.textProperty().bindBidirectional(model.aliasesProperty());
        aliases.setPromptText("اسم في كل سطر، أو أسماء مفصولة بـ |");
        add("أسماء أخرى  Aliases", aliases, null, null);
        add("Country (ISO-3)", codeField("entry-country", model.countryProperty(), "e.g. IRQ"), model.countryProblemProperty(),
                "entry-country-problem");
        if (model.kind() == EntryKind.ACTOR) {
            add("Wikidata", codeField("entry-wikidata", model.wikidataProperty(), "e.g. Q7188, or its wikidata.org address"), model.wikidataProblemProperty(),
                    "entry-wikidata-problem");
        } else {
            add("المحافظة  Province", arabicField("entry-province", model.provinceProperty()), null, null);
            add("Latitude", codeField("entry-latitude", model.latitudeProperty(), "e.g. 33.31 (north +, south -)"),
                    model.latitudeProblemProperty(), "entry-latitude-problem");
            add("Longitude", codeField("entry-longitude", model.longitudeProperty(), "e.g. 44.36 (east +, west -)"),
                    model.longitudeProblemProperty(), "entry-longitude-problem");
        }
        add("ملاحظة  Note", autoField("entry-note", model.noteProperty()), null, null);

        Label problem = problemLabel("entry-problem", model.problemProperty());
        problem.prefWidthProperty().bind(grid.widthProperty());
        fitting(problem);
        Button save = new Button("Save");
        save.setId("entry-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setId("entry-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, save, cancel);
        buttons.getStyleClass().add("entry-buttons");
        BorderPane root = new BorderPane(grid);
        root.setBottom(new javafx.scene.layout.VBox(4, problem, buttons));
        root.setId("entry-dialog");
        root.getStyleClass().add("entry-dialog");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) { // Enter in the aliases is a new line
                e.consume();
                save();
            }
        });
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(EntryDialog.class.getResource("registry.css")).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(520);
    }

    public void show() {
        stage.show();
        stage.sizeToScene();
        stage.toFront();
        name.requestFocus();
        name.end();
    }

    public Stage stage() {
        return stage;
    }

    private void save() {
        if (model.save()) {
            stage.close();
        }
    }

    private void add(String caption, Node field, ReadOnlyStringProperty problem, String problemId) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
        if (problem != null) {
            Label below = problemLabel(problemId, problem);
            // wrapped in the field's width rather than widening the window to its whole length
            below.prefWidthProperty().bind(((Region) field).widthProperty());
            fitting(below);
            grid.add(below, 1, row);
            row++;
        }
    }

    private static Label problemLabel(String id, ReadOnlyStringProperty message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setMnemonicParsing(false);
        error.setWrapText(true);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(message.isNotEmpty());
        return error;
    }

    /** The window grows to show a problem (and shrinks back), never squeezing the fields. */
    private void fitting(Label problem) {
        problem.managedProperty().addListener((obs, was, now) -> {
            if (stage.isShowing()) {
                double width = stage.getWidth();
                stage.sizeToScene();
                stage.setWidth(Math.max(width, stage.getWidth())); // a width the researcher chose stays
            }
        });
    }

    /** Arabic: typed and read right to left. */
    private static TextField arabicField(String id, StringProperty value) {
        TextField field = field(id, value);
        field.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        field.getStyleClass().add("arabic-field");
        return field;
    }

    /** Codes and numbers: left to right. */
    private static TextField codeField(String id, StringProperty value, String prompt) {
        TextField field = field(id, value);
        field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        field.setPromptText(prompt);
        return field;
    }

    /** Either language: reads the way its text starts (an English name, a note in Arabic). */
    private static TextField autoField(String id, StringProperty value) {
        TextField field = field(id, value);
        follow(field);
        return field;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void follow(TextInputControl field) {
        field.setNodeOrientation(Direction.of(field.getText()));
        field.textProperty().addListener((obs, old, text) -> field.setNodeOrientation(
                text.isEmpty() ? NodeOrientation.LEFT_TO_RIGHT : Direction.of(text)));
    }

    private ComboBox<SpanLabel> typeChoice() {
        ComboBox<SpanLabel> types = new ComboBox<>(model.types());
        types.setId("entry-type");
        types.setPromptText("Choose a type");
        types.setVisibleRowCount(12);
        types.setCellFactory(list -> new TypeCell(""));
        types.setButtonCell(new TypeCell(types.getPromptText())); // a cell of our own shows no prompt by itself
        types.valueProperty().bindBidirectional(model.typeProperty());
        return types;
    }

    /** An actor label: its English name and id on the left, its Arabic name whole on the right. */
    private static final class TypeCell extends ListCell<SpanLabel> {
        private final Label english = new Label();
        private final Label arabic = new Label();
        private final HBox row = new HBox(12, english, arabic);
        private final String prompt;

        TypeCell(String prompt) {
            this.prompt = prompt;
            english.getStyleClass().add("entry-type-english");
            english.setMinWidth(0); // the English name gives way; the Arabic name stays whole
            english.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(english, Priority.ALWAYS);
            arabic.getStyleClass().add("entry-type-arabic");
            arabic.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            arabic.setMinWidth(Region.USE_PREF_SIZE);
            row.getStyleClass().add("entry-type-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SpanLabel label, boolean empty) {
            super.updateItem(label, empty);
            if (empty || label == null) {
                setText(prompt.isEmpty() ? null : prompt);
                setGraphic(null);
                return;
            }
            setText(null);
            english.setText((label.englishName().isEmpty() ? "" : label.englishName() + "  ") + "(" + label.id() + ")");
            arabic.setText(label.arabicName());
            setGraphic(row);
        }
    }
}
