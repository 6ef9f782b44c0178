package org.hashiya.ui.labels;

import java.io.File;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Labels…" window: a {@link LabelsView} in its own stage, owned by the workbench but not
 * modal, so one can keep it open while annotating. Changes are saved at once and published on
 * the shared {@link SchemaViewModel}; there is nothing to confirm on close.
 */
public final class LabelsDialog {
    private final SchemaViewModel schemas;
    private final Window owner;
    private Stage stage;
    private LabelsViewModel model;

    public LabelsDialog(Window owner, SchemaViewModel schemas) {
        this.owner = owner;
        this.schemas = schemas;
    }

    /** A menu item "Labels…" that opens the dialog over the window {@code owner} gives when chosen. */
    public static MenuItem menuItem(java.util.function.Supplier<Window> owner, SchemaViewModel schemas) {
        MenuItem item = new MenuItem("Labels…");
        item.setId("menu-labels");
        LabelsDialog[] dialog = new LabelsDialog[1];
        item.setOnAction(e -> {
            if (dialog[0] == null) {
                dialog[0] = new LabelsDialog(owner.get(), schemas);
            }
            dialog[0].show();
        });
        return item;
    }

    /** Shows the dialog, or brings it to the front if it is already open. */
    public Stage show() {
        if (stage == null) {
            stage = build();
        }
        schemas.reload();
        stage.show();
        stage.toFront();
        return stage;
    }

    private Stage build() {
        model = new LabelsViewModel(schemas);
        RolesViewModel roles = new RolesViewModel(schemas);
        roles.labelProperty().bind(model.selectedProperty());
        LabelsView view = new LabelsView(model, roles);
        view.importButton().setOnAction(e -> chooseImport());
        view.exportButton().setOnAction(e -> chooseExport());
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.setTitle("Labels — التسميات");
        Scene scene = new Scene(view, 1240, 800);
        scene.getStylesheets().add(Objects.requireNonNull(LabelsDialog.class.getResource("/org/hashiya/ui/main.css")).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // a handler, so an open colour or kind popup takes Escape first
            if (e.getCode() == KeyCode.ESCAPE) {
                dialog.hide();
            }
        });
        dialog.setScene(scene);
        return dialog;
    }

    private void chooseImport() {
        FileChooser chooser = chooser("Import label schema");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.importFrom(file.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = chooser("Export label schema");
        chooser.setInitialFileName("labels.json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Label schema (JSON)", "*.json"));
        return chooser;
    }

    /** The dialog's state, for whoever needs to drive it (tests). */
    LabelsViewModel model() {
        return model;
    }
}
