package org.hashiya.ui.registry;

import java.util.Objects;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.ui.review.Direction;

/**
 * In the annotate side panel: the registry entry the picked actor or place span stands for, with
 * Unlink; below, the entries its text names (or a search's results), linked by a double click or
 * Enter. Only wiring; the state lives in {@link EntryLinkViewModel}.
 */
public final class EntryLinkPanel extends VBox {
    public EntryLinkPanel(EntryLinkViewModel model) {
        setId("entry-link");
        getStyleClass().add("entry-link");
        getStylesheets().add(Objects.requireNonNull(EntryLinkPanel.class.getResource("registry.css")).toExternalForm());
        Label title = new Label("Registry entry");
        title.getStyleClass().add("entry-link-title");
        Label linked = new Label();
        linked.setId("entry-link-linked");
        linked.setEllipsisString("…");
        linked.setMaxWidth(Double.MAX_VALUE);
        linked.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        HBox.setHgrow(linked, Priority.ALWAYS);
        model.linkedProperty().addListener((obs, old, entry) -> linked.setText(entry == null ? "—" : describe(entry)));
        linked.setText("—");
        Button unlink = new Button("Unlink");
        unlink.setId("entry-link-unlink");
        unlink.disableProperty().bind(model.linkedProperty().isNull());
        unlink.setOnAction(e -> model.unlink());
        Button occurrences = new Button("Occurrences…");
        occurrences.setId("entry-link-occurrences");
        occurrences.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        occurrences.disableProperty().bind(model.linkedProperty().isNull());
        occurrences.setOnAction(e -> model.findOccurrences());
        HBox current = new HBox(4, linked, unlink, occurrences);

        TextField search = new TextField();
        search.setId("entry-link-search");
        search.setPromptText("Find an entry  ابحث");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.textProperty().addListener((obs, old, text) -> search.setNodeOrientation(
                text.isEmpty() ? NodeOrientation.LEFT_TO_RIGHT : Direction.of(text)));

        ListView<RegistryEntry> choices = new ListView<>(model.choices());
        choices.setId("entry-link-choices");
        choices.setPrefHeight(130);
        choices.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        choices.setCellFactory(list -> new ListCell<>() {
            {
                setEllipsisString("…");
                setMnemonicParsing(false);
                prefWidthProperty().bind(list.widthProperty().subtract(18)); // cut, never scrolled sideways
            }

            @Override
            protected void updateItem(RegistryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(entry));
            }
        });
        choices.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.link(choices.getSelectionModel().getSelectedItem());
            }
        });
        choices.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.link(choices.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button link = new Button("Link");
        link.setId("entry-link-link");
        link.disableProperty().bind(choices.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> model.link(choices.getSelectionModel().getSelectedItem()));
        HBox find = new HBox(4, search, link);
        HBox.setHgrow(search, Priority.ALWAYS);

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, current, find, choices, message);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(model.spanProperty().isNotNull());
        find.visibleProperty().bind(model.linkableProperty());
        find.managedProperty().bind(model.linkableProperty());
        choices.visibleProperty().bind(model.linkableProperty());
        choices.managedProperty().bind(model.linkableProperty());
        current.visibleProperty().bind(model.linkableProperty());
        current.managedProperty().bind(model.linkableProperty());
    }

    /** «name» · type · English name, one line. */
    static String describe(RegistryEntry entry) {
        StringBuilder text = new StringBuilder(entry.name());
        if (entry instanceof ActorEntry a) {
            text.append(" · ").append(a.type());
        } else if (!entry.country().isEmpty()) {
            text.append(" · ").append(entry.country());
        }
        if (!entry.englishName().isEmpty()) {
            text.append(" · ").append(entry.englishName());
        }
        return Direction.oneLine(text.toString()) + " #" + entry.id();
    }
}
