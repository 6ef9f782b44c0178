package org.hashiya.ui.labels;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;

/**
 * The schema editor: the labels in order in a table; under it the selected label's names,
 * colour, shortcut, order and state; then a form for a new label. Messages about a field sit
 * next to it. Only wiring: the state and the rules are in {@link LabelsViewModel}.
 */
public final class LabelsView extends BorderPane {
    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");

    private final LabelsViewModel model;
    private final TableView<SpanLabel> table = new TableView<>();
    private final ColorPicker colourPicker = new ColorPicker();
    private final Button importButton = new Button("Import JSON…");
    private final Button exportButton = new Button("Export JSON…");

    public LabelsView(LabelsViewModel model, RolesViewModel roles) {
        this.model = model;
        getStyleClass().add("labels-view");
        getStylesheets().add(LabelsView.class.getResource("labels.css").toExternalForm());
        setTop(toolbar());
        setCenter(table());
        setBottom(new VBox(editor(), newLabelForm(), eventAttributeValues()));
        setRight(new RolesPane(roles));
    }

    /** The import and export buttons; the dialog gives them their file choosers. */
    public Button importButton() {
        return importButton;
    }

    public Button exportButton() {
        return exportButton;
    }

    private Node toolbar() {
        importButton.setId("labels-import");
        exportButton.setId("labels-export");
        javafx.scene.control.Label message = new javafx.scene.control.Label();
        message.setId("labels-message");
        message.getStyleClass().add("labels-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, importButton, exportButton, message);
        bar.getStyleClass().add("labels-toolbar");
        return bar;
    }

    private Node table() {
        TableColumn<SpanLabel, String> colour = column("", SpanLabel::colour, 36);
        colour.setSortable(false);
        colour.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setGraphic(empty || value == null ? null : Swatches.swatch(value));
            }
        });
        TableColumn<SpanLabel, String> key = column("Key", SpanLabel::shortcut, 44);
        key.getStyleClass().add("key-column");
        TableColumn<SpanLabel, String> id = column("Id", SpanLabel::id, 150);
        TableColumn<SpanLabel, String> arabic = column("الاسم", SpanLabel::arabicName, 190);
        arabic.getStyleClass().add("arabic-column");
        arabic.setCellFactory(c -> {
            TableCell<SpanLabel, String> cell = textCell();
            cell.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            return cell;
        });
        TableColumn<SpanLabel, String> english = column("English name", SpanLabel::englishName, 210);
        TableColumn<SpanLabel, String> kind = column("Kind", l -> l.kind().id(), 64);
        TableColumn<SpanLabel, String> state = column("State", l -> l.retired() ? "retired" : "active", 64);
        for (TableColumn<SpanLabel, String> c : List.of(colour, key, id, arabic, english, kind, state)) {
            c.setSortable(false); // the schema's order is the truth; reorder with the buttons
            c.setReorderable(false);
        }
        table.getColumns().setAll(List.of(colour, key, id, arabic, english, kind, state));
        table.setId("labels-table");
        table.setItems(model.labels());
        table.setPlaceholder(new javafx.scene.control.Label("No labels. Open a library, or import a schema."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SpanLabel label, boolean empty) {
                super.updateItem(label, empty);
                pseudoClassStateChanged(RETIRED, !empty && label != null && label.retired());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, label) -> {
            if (label != null && label != model.selectedProperty().get()) {
                model.selectedProperty().set(label);
            }
        });
        model.selectedProperty().addListener((obs, old, label) -> showSelected(label));
        // Replacing the rows clears the table's selection even when the selected label is unchanged.
        model.labels().addListener((javafx.collections.ListChangeListener<SpanLabel>) c -> showSelected(model.selectedProperty().get()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.moveUp();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.moveDown();
                e.consume();
            }
        });
        return table;
    }

    private void showSelected(SpanLabel label) {
        if (label == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        int index = model.labels().indexOf(label);
        if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().select(index);
            table.scrollTo(index);
        }
        colourPicker.setValue(Swatches.colourOf(label.colour()));
    }

    private Node editor() {
        TextField arabicName = rtlField("edit-arabic-name", model.arabicNameProperty());
        TextField englishName = field("edit-english-name", model.englishNameProperty());
        Button rename = button("Rename", "labels-rename", model::rename);
        arabicName.setOnAction(e -> model.rename());
        englishName.setOnAction(e -> model.rename());

        colourPicker.setId("edit-colour");
        colourPicker.setOnAction(e -> {
            if (model.selectedProperty().get() != null
                    && !Swatches.hex(colourPicker.getValue()).equals(model.colourProperty().get())) {
                model.recolour(Swatches.hex(colourPicker.getValue()));
            }
        });

        TextField shortcut = field("edit-shortcut", model.shortcutProperty());
        shortcut.setPrefColumnCount(3);
        shortcut.setOnAction(e -> model.applyShortcut());
        Button setKey = button("Set key", "labels-set-shortcut", model::applyShortcut);

        Button up = button("Move up", "labels-up", model::moveUp);
        Button down = button("Move down", "labels-down", model::moveDown);
        Button retire = button("Retire", "labels-retire", model::retire);
        Button reinstate = button("Reinstate", "labels-reinstate", model::reinstate);
        Button delete = button("Delete", "labels-delete", model::delete);
        var retired = model.selectedRetiredBinding();
        retire.visibleProperty().bind(retired.not());
        retire.managedProperty().bind(retired.not());
        reinstate.visibleProperty().bind(retired);
        reinstate.managedProperty().bind(retired);

        GridPane grid = grid();
        grid.addRow(0, caption("Arabic name"), arabicName, caption("English name"), englishName, rename);
        grid.add(error("edit-names-error", model.namesErrorProperty()), 1, 1, 4, 1);
        grid.addRow(2, caption("Colour"), colourPicker, caption("Shortcut"), new HBox(6, shortcut, setKey));
        grid.add(error("edit-colour-error", model.colourErrorProperty()), 1, 3);
        grid.add(error("edit-shortcut-error", model.shortcutErrorProperty()), 3, 3, 2, 1);
        grid.add(new HBox(6, up, down, spacer(), retire, reinstate, delete), 0, 4, 5, 1);

        TitledPane pane = new TitledPane("", grid);
        pane.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Selected label: none (pick one in the table)"
                : "Selected label: " + model.selectedProperty().get().id(), model.selectedProperty()));
        pane.setCollapsible(false);
        pane.disableProperty().bind(model.selectedProperty().isNull());
        return pane;
    }

    private Node newLabelForm() {
        TextField id = field("new-id", model.newIdProperty());
        id.setPromptText("e.g. SIEGE");
        TextField arabicName = rtlField("new-arabic-name", model.newArabicNameProperty());
        TextField englishName = field("new-english-name", model.newEnglishNameProperty());
        ComboBox<LabelKind> kind = new ComboBox<>();
        kind.setId("new-kind");
        kind.getItems().setAll(LabelKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LabelKind value) {
                return value == null ? "" : value.id();
            }

            @Override
            public LabelKind fromString(String text) {
                return LabelKind.fromId(text);
            }
        });
        kind.valueProperty().bindBidirectional(model.newKindProperty());
        ColorPicker colour = new ColorPicker(Swatches.colourOf(model.newColourProperty().get()));
        colour.setId("new-colour");
        colour.valueProperty().addListener((obs, old, value) -> model.newColourProperty().set(Swatches.hex(value)));
        TextField shortcut = field("new-shortcut", model.newShortcutProperty());
        shortcut.setPrefColumnCount(3);
        Button add = button("Add label", "labels-add", model::add);
        add.setDefaultButton(false);

        GridPane grid = grid();
        grid.addRow(0, caption("Id"), id, caption("Kind"), kind);
        grid.add(error("new-id-error", model.newIdErrorProperty()), 1, 1, 3, 1);
        grid.addRow(2, caption("Arabic name"), arabicName, caption("English name"), englishName);
        grid.add(error("new-names-error", model.newNamesErrorProperty()), 1, 3, 3, 1);
        grid.addRow(4, caption("Colour"), colour, caption("Shortcut"), new HBox(6, shortcut, add));
        grid.add(error("new-colour-error", model.newColourErrorProperty()), 1, 5);
        grid.add(error("new-shortcut-error", model.newShortcutErrorProperty()), 3, 5);
        TitledPane pane = new TitledPane("New label", grid);
        pane.setCollapsible(false);
        return pane;
    }

    /** The values an event's certainty, polarity and modality may take: comma-separated lists, saved together. */
    private TitledPane eventAttributeValues() {
        GridPane grid = grid();
        TextField certainty = field("event-values-certainty", model.certaintyValuesProperty());
        grid.add(caption("Certainty"), 0, 0);
        grid.add(certainty, 1, 0, 3, 1); // five values and more: the whole width, never cut
        grid.addRow(1, caption("Polarity"), field("event-values-polarity", model.polarityValuesProperty()),
                caption("Modality"), field("event-values-modality", model.modalityValuesProperty()));
        grid.add(button("Save values", "event-values-save", model::applyEventAttributeValues), 4, 1);
        TitledPane pane = new TitledPane("Event attribute values (comma-separated; the first polarity and modality"
                + " are a new event's)", grid);
        pane.setExpanded(false);
        return pane;
    }

    /** The selected event label's roles: the list, a form to add one or change the picked one, Remove. */
    private static final class RolesPane extends VBox {
        RolesPane(RolesViewModel roles) {
            super(6);
            setId("roles-pane");
            getStyleClass().add("roles-pane");
            setPrefWidth(330);
            setMinWidth(300);
            javafx.scene.control.Label title = new javafx.scene.control.Label();
            title.getStyleClass().add("roles-title");
            title.textProperty().bind(Bindings.createStringBinding(() -> roles.labelProperty().get() == null
                    ? "Roles" : roles.eventLabelProperty().get() ? "Roles of " + roles.labelProperty().get().id()
                    : "Roles (" + roles.labelProperty().get().id() + " is not an event label)",
                    roles.labelProperty(), roles.eventLabelProperty()));
            javafx.scene.control.ListView<org.hashiya.domain.EventRole> list = new javafx.scene.control.ListView<>(roles.roles());
            list.setId("roles-list");
            list.setPrefHeight(200);
            list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                {
                    setEllipsisString("…");
                    prefWidthProperty().bind(l.widthProperty().subtract(18)); // cut with an ellipsis, never scrolled sideways
                }

                @Override
                protected void updateItem(org.hashiya.domain.EventRole role, boolean empty) {
                    super.updateItem(role, empty);
                    setText(empty || role == null ? null : role.name() + "  —  " + (role.required() ? "required" : "optional")
                            + ", " + (role.repeatable() ? "repeatable" : "single") + "  ·  " + role.fillersText());
                }
            });
            list.getSelectionModel().selectedItemProperty().addListener((obs, old, role) -> roles.pickedProperty().set(role));
            roles.pickedProperty().addListener((obs, old, role) -> {
                if (list.getSelectionModel().getSelectedItem() != role) {
                    list.getSelectionModel().select(role);
                }
            });
            TextField name = field("role-name", roles.nameProperty());
            name.setPromptText("Role name, e.g. Attacker");
            javafx.scene.control.CheckBox required = new javafx.scene.control.CheckBox("Required");
            required.setId("role-required");
            required.selectedProperty().bindBidirectional(roles.requiredProperty());
            javafx.scene.control.CheckBox repeatable = new javafx.scene.control.CheckBox("Repeatable");
            repeatable.setId("role-repeatable");
            repeatable.selectedProperty().bindBidirectional(roles.repeatableProperty());
            TextField fillers = field("role-fillers", roles.fillersProperty());
            fillers.setPromptText("Fillers: actor, place, PERSON (empty: any label)");
            Button add = button("Add role", "role-add", roles::add);
            Button apply = button("Change role", "role-apply", roles::apply);
            Button remove = button("Remove role", "role-remove", roles::remove);
            apply.disableProperty().bind(roles.pickedProperty().isNull());
            remove.disableProperty().bind(roles.pickedProperty().isNull());
            javafx.scene.control.Label error = error("role-error", roles.errorProperty());
            javafx.scene.control.Label done = new javafx.scene.control.Label();
            done.setId("role-message");
            done.setWrapText(true);
            done.textProperty().bind(roles.messageProperty());
            getChildren().setAll(title, list, caption("Name"), name, new HBox(12, required, repeatable),
                    caption("Allowed fillers (label ids or kinds)"), fillers, new HBox(6, add, apply, remove), error, done);
            for (javafx.scene.Node n : List.of(list, name, required, repeatable, fillers, add)) {
                n.disableProperty().bind(roles.eventLabelProperty().not());
            }
        }
    }

    private static TableColumn<SpanLabel, String> column(String title, Function<SpanLabel, String> value, double width) {
        TableColumn<SpanLabel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableCell<SpanLabel, String> textCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        };
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Arabic is typed and read right to left. */
    private static TextField rtlField(String id, javafx.beans.property.StringProperty property) {
        TextField field = field(id, property);
        field.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        field.getStyleClass().add("arabic-field");
        return field;
    }

    private static Button button(String text, String id, java.util.function.BooleanSupplier action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.getAsBoolean());
        return button;
    }

    private static javafx.scene.control.Label caption(String text) {
        javafx.scene.control.Label caption = new javafx.scene.control.Label(text);
        caption.getStyleClass().add("field-caption");
        return caption;
    }

    private static javafx.scene.control.Label error(String id, ReadOnlyStringProperty message) {
        javafx.scene.control.Label error = new javafx.scene.control.Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotEmpty());
        error.managedProperty().bind(message.isNotEmpty());
        error.setWrapText(true);
        return error;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("labels-grid");
        return grid;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    TableView<SpanLabel> tableView() {
        return table;
    }
}
