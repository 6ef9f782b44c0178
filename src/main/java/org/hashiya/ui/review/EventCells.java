package org.hashiya.ui.review;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import org.hashiya.domain.EventReviewRow;

/** The cells of the events table that show more than a line of text: event label, trigger in context, roles. */
final class EventCells {
    private EventCells() {
    }

    /** A cell whose graphic takes the cell's width inside its padding and never asks for more. */
    private abstract static class Fitted extends TableCell<PagedItem<EventReviewRow>, EventReviewRow> {
        final void fit(Region graphic) {
            graphic.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - getInsets().getLeft() - getInsets().getRight()),
                    widthProperty(), insetsProperty()));
            graphic.maxWidthProperty().bind(graphic.prefWidthProperty());
        }

        /** Shows "…" while the row is read, nothing when empty; true when there is a row to show. */
        final boolean showing(EventReviewRow row, boolean empty) {
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                setText(empty ? null : "…");
                setContentDisplay(ContentDisplay.TEXT_ONLY);
                return false;
            }
            setText(null);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            return true;
        }
    }

    /** The trigger in its sentence, right to left, the trigger in the middle and emphasised. */
    static final class Trigger extends Fitted {
        private final KwicLine line = new KwicLine();
        private final Direction.LineTip tip = new Direction.LineTip();

        Trigger() {
            getStyleClass().add("kwic-cell");
            fit(line);
        }

        @Override
        protected void updateItem(EventReviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (showing(row, empty)) {
                line.show(row.context());
                setGraphic(line);
                setTooltip(tip.showing(row.context().sentence()));
            }
        }

        KwicLine line() {
            return line;
        }
    }

    /** The filled roles, right to left; the whole list in the tooltip. */
    static final class Roles extends Fitted {
        private final RolesLine line = new RolesLine();
        private final Direction.LineTip tip = new Direction.LineTip();

        Roles() {
            getStyleClass().add("roles-cell");
            fit(line);
        }

        @Override
        protected void updateItem(EventReviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (showing(row, empty)) {
                line.show(row.fillers());
                setGraphic(line);
                setTooltip(tip.showing(EventReviewViewModel.rolesText(row)));
            }
        }

        RolesLine line() {
            return line;
        }
    }
}
