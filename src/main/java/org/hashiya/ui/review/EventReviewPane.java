package org.hashiya.ui.review;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hashiya.domain.EventReviewRow;

/**
 * The review view's events mode below the shared filters: the events table, and under it the
 * count, which incident is listed (with a way back to all events; Escape too), "only events
 * missing a required role", and what just happened. Enter or a double click opens an event (its trigger picked in the reading pane, so the event inspector shows it). Only
 * wiring; the state lives in {@link EventReviewViewModel}.
 */
public final class EventReviewPane extends BorderPane {
    private final EventReviewViewModel model;
    private final EventReviewTable table;

    public EventReviewPane(EventReviewViewModel model, ReviewChoices choices) {
        this.model = model;
        this.table = new EventReviewTable(model, choices);
        setId("review-events");
        setCenter(table.view());
        setBottom(bar());

        TableView<PagedItem<EventReviewRow>> view = table.view();
        model.rowsProperty().addListener((obs, old, rows) -> {
            int focused = view.getFocusModel().getFocusedIndex();
            table.setItems(rows == null ? javafx.collections.FXCollections.observableArrayList() : rows);
            if (rows != null && focused >= 0 && focused < rows.size() && keepPlace) {
                view.getFocusModel().focus(focused);
                view.scrollTo(Math.max(0, top));
            }
            keepPlace = false;
        });
        if (model.rowsProperty().get() != null) {
            table.setItems(model.rowsProperty().get());
        }
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                int focused = view.getFocusModel().getFocusedIndex();
                if (focused >= 0) {
                    model.open(focused);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.filterProperty().get().incident() != 0) {
                model.showIncident(0);
                e.consume();
            }
        });
    }

    private boolean keepPlace;
    private int top;

    private HBox bar() {
        Label count = new Label();
        count.setId("review-events-count");
        count.getStyleClass().add("review-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = model.countProperty().get();
            return n == 1 ? "1 event" : String.format("%,d events", n);
        }, model.countProperty()));
        CheckBox missing = new CheckBox("Only events missing a required role");
        missing.setId("review-events-missing");
        missing.selectedProperty().addListener((obs, old, now) -> model.setMissingRequiredOnly(now));
        Label message = new Label();
        message.setId("review-events-message");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label hint = new Label("Enter or a double click opens the event in the reading pane;"
                + " a double click on its incident lists the incident's events.");
        hint.getStyleClass().add("review-hint");
        hint.setMinWidth(0);
        Label incident = new Label();
        incident.setId("review-events-incident");
        incident.getStyleClass().add("review-incident");
        incident.setMinWidth(Region.USE_PREF_SIZE);
        Button all = new Button("All events");
        all.setId("review-events-all");
        all.setTooltip(new javafx.scene.control.Tooltip("Every event again, not only this incident's (Escape)"));
        all.setOnAction(e -> {
            model.showIncident(0);
            table.view().requestFocus();
        });
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox incidentBox = new HBox(6, incident, all);
        incidentBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Runnable showIncident = () -> {
            long id = model.filterProperty().get().incident();
            incident.setText(id == 0 ? "" : "Incident " + id + " only");
            incidentBox.setVisible(id != 0);
            incidentBox.setManaged(id != 0);
            hint.setVisible(id == 0);
            hint.setManaged(id == 0);
        };
        model.filterProperty().addListener((obs, old, now) -> showIncident.run());
        showIncident.run();
        HBox bar = new HBox(10, count, incidentBox, missing, hint, message);
        bar.getStyleClass().add("review-actions");
        return bar;
    }

    /** Reads the events again keeping the focused row and place (when coming back from the reading pane). */
    public void refreshKeepingPlace() {
        keepPlace = true;
        top = firstVisibleIndex();
        model.refresh(null);
    }

    private int firstVisibleIndex() {
        if (table.view().lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    public void focusTable() {
        table.view().requestFocus();
    }

    public TableView<PagedItem<EventReviewRow>> table() {
        return table.view();
    }
}
