package org.hashiya.ui.registry;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.ui.review.Direction;

/**
 * A registry table cell: one line, read the way its text reads (Arabic right to left from the
 * cell's right edge, Latin from the left), cut with an ellipsis at its end, whole in the tooltip.
 */
final class EntryCell extends TableCell<RegistryEntry, RegistryEntry> {
    private final Function<RegistryEntry, String> text;
    private final Direction.LineTip tip = new Direction.LineTip();

    EntryCell(Function<RegistryEntry, String> text) {
        this.text = text;
        setAlignment(Pos.CENTER_LEFT); // mirrored to the right edge in a right-to-left cell
        setEllipsisString("…");
        setMnemonicParsing(false);
        getStyleClass().add("registry-cell");
    }

    @Override
    protected void updateItem(RegistryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String value = Direction.oneLine(text.apply(entry));
        setText(value);
        setNodeOrientation(Direction.of(value));
        setTooltip(tip.showing(value));
    }
}
