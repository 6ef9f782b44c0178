package org.hashiya.ui.registry;

import java.io.File;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.ui.review.Direction;

/**
 * The registry view: a search box (Arabic or English) and a choice of actors, places or both
 * above the table of entries; new actor, new place, edit, import and export of CSV lists, delete,
 * undo and redo below, and a line saying what just happened. Only wiring; the state lives in
 * {@link RegistryViewModel}.
 *
 * <p>Keys: Ctrl+F to the search box, Enter (or a double click) edits the picked entry, Delete deletes
 * it, Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
public final class RegistryView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final RegistryViewModel model;
    private final RegistryTable table;
    private final TextField search = new TextField();

    public RegistryView(RegistryViewModel model) {
        this.model = model;
        this.table = new RegistryTable(model, this::editPicked);
        setId("registry-view");
        getStyleClass().add("registry-view");
        getStylesheets().add(Objects.requireNonNull(RegistryView.class.getResource("registry.css")).toExternalForm());
        setTop(searchBar());
        setCenter(table.view());
        setBottom(actionBar());
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private HBox searchBar() {
        search.setId("registry-search");
        search.getStyleClass().add("registry-search");
        search.setPromptText("ابحث  Search names, aliases, English names, countries, Q-ids");
        search.textProperty().bindBidirectional(model.queryProperty());
        // typed Arabic reads right to left in the box too
        search.textProperty().addListener((obs, old, text) -> search.setNodeOrientation(
                text.isEmpty() ? NodeOrientation.LEFT_TO_RIGHT : Direction.of(text)));
        HBox.setHgrow(search, Priority.ALWAYS);
        ChoiceBox<RegistryViewModel.Shown> shown = new ChoiceBox<>(FXCollections.observableArrayList(RegistryViewModel.Shown.values()));
        shown.setId("registry-shown");
        shown.setConverter(new StringConverter<>() {
            @Override
            public String toString(RegistryViewModel.Shown value) {
                return value == null ? "" : switch (value) {
                    case ALL -> "Actors and places";
                    case ACTORS -> "Actors";
                    case PLACES -> "Places";
                };
            }

            @Override
            public RegistryViewModel.Shown fromString(String text) {
                return null;
            }
        });
        shown.valueProperty().bindBidirectional(model.shownProperty());
        Label count = new Label();
        count.setId("registry-count");
        count.textProperty().bind(model.countProperty());
        HBox bar = new HBox(6, search, shown, count);
        bar.getStyleClass().add("registry-bar");
        return bar;
    }

    private VBox actionBar() {
        Button newActor = button("New actor…", "registry-new-actor", () -> newEntry(EntryKind.ACTOR));
        Button newPlace = button("New place…", "registry-new-place", () -> newEntry(EntryKind.PLACE));
        Button edit = button("Edit…", "registry-edit", this::editPicked);
        edit.disableProperty().bind(model.pickedProperty().isNull());
        Button importActors = button("Import actors…", "registry-import-actors", () -> importCsv(EntryKind.ACTOR));
        Button importPlaces = button("Import places…", "registry-import-places", () -> importCsv(EntryKind.PLACE));
        Button exportActors = button("Export actors…", "registry-export-actors", () -> exportCsv(EntryKind.ACTOR));
        Button exportPlaces = button("Export places…", "registry-export-places", () -> exportCsv(EntryKind.PLACE));
        Button occurrences = button("Find occurrences…", "registry-occurrences", model::findOccurrences);
        occurrences.disableProperty().bind(model.pickedProperty().isNull());
        Button delete = button("Delete", "registry-delete", model::deletePicked);
        delete.disableProperty().bind(model.pickedProperty().isNull());
        Button undo = button("Undo", "registry-undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("Redo", "registry-redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        for (Button b : new Button[] {newActor, newPlace, importActors, importPlaces, exportActors, exportPlaces}) {
            b.disableProperty().bind(model.openProperty().not());
        }
        Label message = new Label();
        message.setId("registry-message");
        message.getStyleClass().add("registry-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0); // a long message ends in an ellipsis; the buttons keep their words
        HBox bar = new HBox(6, newActor, newPlace, edit, importActors, importPlaces, exportActors, exportPlaces, occurrences, delete, undo, redo);
        bar.getStyleClass().add("registry-actions");
        for (javafx.scene.Node b : bar.getChildren()) {
            ((Button) b).setMinWidth(Region.USE_PREF_SIZE);
        }
        return new VBox(4, bar, message); // the message has a line of its own
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private FileChooser chooser(EntryKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind == EntryKind.ACTOR ? "Actors CSV" : "Places CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return chooser;
    }

    private void importCsv(EntryKind kind) {
        File file = chooser(kind).showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        Optional<String> problems = model.importCsv(file.toPath(), kind);
        problems.ifPresent(text -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, "", javafx.scene.control.ButtonType.OK);
            alert.initOwner(getScene().getWindow());
            alert.setHeaderText("Nothing was imported from " + file.getName() + ". Fix these rows and import it again:");
            TextArea list = new TextArea(text);
            list.setEditable(false);
            list.setWrapText(true);
            alert.getDialogPane().setContent(list);
            alert.showAndWait();
        });
    }

    private void newEntry(EntryKind kind) {
        model.newEntry(kind).ifPresent(this::openDialog);
    }

    /** Edit… (also a double click or Enter on an entry). */
    private void editPicked() {
        model.editPicked().ifPresent(this::openDialog);
    }

    private void openDialog(EntryEditorViewModel editor) {
        EntryDialog dialog = new EntryDialog(getScene().getWindow(), editor);
        dialog.stage().setOnHidden(e -> table.view().requestFocus());
        dialog.show();
    }

    private void exportCsv(EntryKind kind) {
        FileChooser chooser = chooser(kind);
        chooser.setInitialFileName(kind == EntryKind.ACTOR ? "actors.csv" : "places.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath(), kind);
        }
    }

    private void key(KeyEvent e) {
        if (FIND.match(e)) {
            search.requestFocus();
            search.selectAll();
        } else if (REDO.match(e)) {
            model.redo();
        } else if (UNDO.match(e)) {
            model.undo();
        } else if (e.getCode() == KeyCode.DELETE && e.getTarget() != search) {
            model.deletePicked();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == table.view() && !e.isShortcutDown()) {
            editPicked();
        } else {
            return;
        }
        e.consume();
    }

    /** Puts the keyboard in the search box. */
    public void focusSearch() {
        search.requestFocus();
    }
}
