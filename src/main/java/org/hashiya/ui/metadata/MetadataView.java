package org.hashiya.ui.metadata;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The metadata form: editable fields, Enter or Save writes them, Escape reverts. */
public final class MetadataView extends VBox {

    public MetadataView(MetadataViewModel model) {
        getStyleClass().add("metadata-view");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("metadata-grid");
        TextField title = field("metadata-title", model);
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField source = field("metadata-source", model);
        source.textProperty().bindBidirectional(model.sourceProperty());
        TextField url = field("metadata-url", model);
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField published = field("metadata-published", model);
        published.setPromptText("YYYY-MM-DD");
        published.textProperty().bindBidirectional(model.publishedProperty());
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Source"), source);
        grid.addRow(2, new Label("URL"), url);
        grid.addRow(3, new Label("Published"), published);

        Label imported = new Label();
        imported.getStyleClass().add("import-info");
        imported.textProperty().bind(model.importInfoProperty());
        imported.setWrapText(true);
        Label sha = new Label();
        sha.getStyleClass().add("import-info");
        sha.textProperty().bind(model.sha256Property().map(s -> s.isEmpty() ? "" : "SHA-256 " + s));
        sha.setWrapText(true);

        Button save = new Button("Save");
        save.setId("metadata-save");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        getChildren().setAll(grid, new HBox(8, save, revert), imported, sha);
    }

    private static TextField field(String id, MetadataViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.setOnAction(e -> model.save());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                model.revert();
            }
        });
        return field;
    }
}
