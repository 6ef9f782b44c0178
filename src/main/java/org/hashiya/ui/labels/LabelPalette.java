package org.hashiya.ui.labels;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.hashiya.domain.LabelSchema;
import org.hashiya.ui.labels.LabelPaletteViewModel.Entry;

/**
 * A small popup for choosing a label: a filter field over the active labels (colour, key,
 * English and Arabic name). Typing filters, Up/Down choose, Enter or a click picks, Escape or a
 * click elsewhere closes. The filtering lives in {@link LabelPaletteViewModel}.
 *
 * <pre>{@code LabelPalette.show(readingPane, screenX, screenY, schemas.schema(), annotate::applyLabel);}</pre>
 */
public final class LabelPalette {
    private static final double ROW_HEIGHT = 28;
    private static final int MAX_ROWS = 12;

    private final Popup popup = new Popup();
    private final LabelPaletteViewModel model;
    private final Consumer<String> onPick;
    private final TextField filter = new TextField();
    private final ListView<Entry> list = new ListView<>();

    private LabelPalette(LabelSchema schema, Consumer<String> onPick) {
        this.model = new LabelPaletteViewModel(schema);
        this.onPick = onPick;
        build();
    }

    /**
     * Opens the palette with its top-left corner at the screen point (the caret or the mouse),
     * owned by {@code anchor}'s window. {@code onPick} receives the picked label's id, after the
     * palette has closed; nothing is called when the user closes it without picking.
     */
    public static LabelPalette show(Node anchor, double screenX, double screenY, LabelSchema schema, Consumer<String> onPick) {
        LabelPalette palette = new LabelPalette(schema, onPick);
        palette.popup.show(anchor, screenX, screenY);
        palette.filter.requestFocus();
        return palette;
    }

    public void hide() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void build() {
        filter.setId("label-palette-filter");
        filter.setPromptText("Label — اسم التسمية");
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setId("label-palette-list");
        list.setItems(model.visible());
        list.setFocusTraversable(false);
        list.setPlaceholder(new javafx.scene.control.Label("No label matches"));
        list.setCellFactory(v -> new EntryCell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_ROWS, Math.max(1, model.visible().size())) * ROW_HEIGHT + 4, model.visible()));
        model.selectedIndexProperty().addListener((obs, old, index) -> showChoice(index.intValue()));
        showChoice(model.selectedIndexProperty().get());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedIndex() >= 0) {
                model.select(list.getSelectionModel().getSelectedIndex());
                pick();
            }
        });

        VBox content = new VBox(filter, list);
        content.getStyleClass().add("label-palette");
        content.getStylesheets().add(LabelPalette.class.getResource("labels.css").toExternalForm());
        popup.getContent().setAll(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setAutoFix(true);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> model.moveSelection(-1);
            case DOWN -> model.moveSelection(1);
            case PAGE_UP -> model.moveSelection(-10);
            case PAGE_DOWN -> model.moveSelection(10);
            case ENTER -> pick();
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showChoice(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    private void pick() {
        model.chosenId().ifPresent(id -> {
            popup.hide();
            onPick.accept(id);
        });
    }

    /** One label: swatch, key, English name, and the Arabic name at the right edge. */
    private static final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            setPrefWidth(0); // fit the list's width instead of widening it (no horizontal scroll bar)
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            var label = entry.label();
            javafx.scene.control.Label key = new javafx.scene.control.Label(label.shortcut());
            key.getStyleClass().add("palette-key");
            javafx.scene.control.Label english = new javafx.scene.control.Label(label.englishName());
            english.getStyleClass().add("palette-english");
            english.setMinWidth(0); // the English name gives way; the Arabic name stays whole
            english.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.control.Label arabic = new javafx.scene.control.Label(label.arabicName());
            arabic.getStyleClass().add("palette-arabic");
            arabic.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            arabic.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(english, Priority.ALWAYS);
            HBox row = new HBox(Swatches.swatch(label.colour()), key, english, arabic);
            row.getStyleClass().add("palette-row");
            setGraphic(row);
        }
    }

    LabelPaletteViewModel model() {
        return model;
    }
}
