package org.hashiya.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Merge Library…: asks for the libraries to bring in, then shows the merge running (a
 * progress bar and what it is doing) and, when done, the summary: one line per library and per
 * label kept apart, or why nothing was merged. Closing is possible once it is done; the merge is
 * one transaction and cannot be stopped half-way.
 */
public final class MergeDialog {
    private final Stage stage;
    private final MergeViewModel model;

    MergeDialog(Window owner, MergeViewModel model) {
        this.model = model;
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Merge Library");
        Scene scene = new Scene(build(), 720, 320);
        scene.getStylesheets().add(Objects.requireNonNull(MergeDialog.class.getResource("merge.css")).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.runningProperty().get()) {
                e.consume();
            }
        });
    }

    /**
     * File ▸ Merge Library…: {@code chooser} asks for the files (the system's chooser in the
     * workbench; a test answers itself), then a new dialog over {@code owner} merges them.
     */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<MergeViewModel> models,
                                    BiFunction<Window, String, List<Path>> chooser) {
        MenuItem item = new MenuItem("Merge Library…");
        item.setId("menu-merge");
        item.setOnAction(e -> {
            Window window = owner.get();
            List<Path> files = chooser.apply(window, "Libraries to merge into this one");
            if (files == null || files.isEmpty()) {
                return;
            }
            MergeViewModel model = models.get();
            new MergeDialog(window, model).show();
            model.merge(files);
        });
        return item;
    }

    /** The system's file chooser, several Hashiya libraries at once. */
    public static List<Path> chooseLibraries(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Hashiya libraries", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private VBox build() {
        Label message = new Label();
        message.setId("merge-message");
        message.textProperty().bind(model.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("merge-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the list gives way, not the bar
        bar.progressProperty().bind(model.progressProperty());
        ListView<String> summary = new ListView<>(model.summary());
        summary.setId("merge-summary");
        summary.getStyleClass().add("merge-summary");
        // English sentences that name files and coders, perhaps in Arabic: JavaFX takes a paragraph's
        // direction from its first strong letter, so a mark (LRM) keeps a line starting with an Arabic
        // name left to right; long lines wrap rather than scroll sideways
        summary.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        summary.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : "\u200E" + line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        summary.visibleProperty().bind(model.finishedProperty());
        summary.setPrefHeight(160);
        VBox.setVgrow(summary, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("merge-close");
        close.setDefaultButton(true);
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> stage.close());
        HBox actions = new HBox(close);
        actions.getStyleClass().add("merge-actions");
        VBox root = new VBox(10, message, bar, summary, actions);
        root.getStyleClass().add("merge-dialog");
        stage.titleProperty().bind(Bindings.when(model.runningProperty()).then("Merging…").otherwise("Merge Library"));
        return root;
    }
}
