package org.hashiya.ui.annotate;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventAttributes;

/**
 * The event inspector in the side panel: for the picked trigger, its event's roles (key, name,
 * fillers with a remove button each; a required role still empty flagged), its attributes (saved
 * with Save or Enter; a bad value is named in red and nothing is stored), its incident, and
 * removing it. For a picked event-labelled span without an event, a "Make event" button; for any
 * other picked span, the events it takes part in.
 */
final class EventInspector extends VBox {
    private final EventsViewModel model;
    private final VBox roleRows = new VBox(3);
    private final TextField date = field("event-date", "2024-03-05, 2024-03 or 2024");
    private final ChoiceBox<String> precision = choice("event-precision", "", "day", "month", "year");
    // value lists: the schema's (EventAttributeValues), set for each event shown
    private final ChoiceBox<String> certainty = choice("event-certainty", "");
    private final ChoiceBox<String> polarity = choice("event-polarity", "positive");
    private final ChoiceBox<String> modality = choice("event-modality", "asserted");
    private final TextField fatalities = field("event-fatalities", "number");
    private final TextField injured = field("event-injured", "number");
    private final TextField note = field("event-note", "a note on the event");

    EventInspector(EventsViewModel model, SelectionViewModel selection) {
        this.model = model;
        setId("event-inspector");
        getStyleClass().add("event-inspector");

        Label heading = new Label();
        heading.setId("event-heading");
        heading.getStyleClass().add("event-heading");
        heading.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        heading.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.textProperty().bind(model.headingProperty());
        Label armed = new Label();
        armed.setId("event-armed");
        armed.getStyleClass().add("event-armed");
        armed.textProperty().bind(model.armedRoleProperty().map(r -> r.isEmpty() ? "" : "Filling " + r + ": click its span"));
        show(armed, model.armedRoleProperty().isNotEmpty().get());
        model.armedRoleProperty().addListener((obs, old, now) -> show(armed, !now.isEmpty()));
        Label title = new Label("Event");
        title.setId("event-title");
        title.getStyleClass().add("panel-heading");
        title.setMinWidth(Region.USE_PREF_SIZE); // the number to type when linking is never cut
        title.setTooltip(new Tooltip("The event's number: type it in another event's incident field to link the two."));
        HBox top = new HBox(6, title, heading);
        HBox.setHgrow(heading, Priority.ALWAYS);

        Button create = new Button("Make event");
        create.setId("event-create");
        create.setOnAction(e -> model.createEvent());
        Label createHint = new Label("This span has an event label: make it an event to fill its roles.");
        createHint.getStyleClass().add("hint");
        createHint.setWrapText(true);
        VBox createBox = new VBox(4, createHint, create);
        show(createBox, false);
        model.canCreateProperty().addListener((obs, old, now) -> show(createBox, now));

        Label partsTitle = new Label("Takes part in");
        partsTitle.getStyleClass().add("span-label");
        VBox partsLines = new VBox(2);
        VBox parts = new VBox(2, partsTitle, partsLines);
        parts.setId("event-participation");
        show(parts, false);
        model.participation().addListener((javafx.collections.ListChangeListener<String>) c -> {
            partsLines.getChildren().setAll(model.participation().stream().map(EventInspector::rtlLine).toList());
            show(parts, !model.participation().isEmpty());
        });

        roleRows.setId("event-roles");
        model.roles().addListener((javafx.collections.ListChangeListener<EventsViewModel.RoleRow>) c -> showRoles());

        Label problem = new Label();
        problem.setId("event-attribute-problem");
        problem.getStyleClass().add("event-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.attributeProblemProperty());
        problem.visibleProperty().bind(model.attributeProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button save = new Button("Save");
        save.setId("event-save");
        save.setOnAction(e -> save());
        for (TextField f : List.of(date, fatalities, injured, note)) {
            f.setOnAction(e -> save());
        }
        note.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        GridPane attributes = new GridPane();
        attributes.getStyleClass().add("event-attributes");
        attributes.addRow(0, new Label("Date"), date, precision);
        attributes.addRow(1, new Label("Certainty"), certainty, polarity);
        attributes.addRow(2, new Label("Modality"), modality, new Label(""));
        attributes.addRow(3, new Label("Fatalities"), fatalities, new Label(""));
        attributes.addRow(4, new Label("Injured"), injured, save);
        attributes.add(new Label("Note"), 0, 5);
        attributes.add(note, 1, 5, 2, 1);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // "Fatalities" whole, never "Fatalit…"
        attributes.getColumnConstraints().add(names);
        GridPane.setHgrow(date, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);

        TextField other = field("event-incident-other", "event #");
        other.setPrefColumnCount(4);
        Button link = new Button("Link");
        link.setId("event-incident-link");
        link.setTooltip(new Tooltip("Link this event with the event of that number (in any article) as one real-world incident."));
        link.setOnAction(e -> {
            if (model.linkIncident(other.getText())) {
                other.clear();
            }
        });
        Label incident = new Label("No incident");
        incident.setId("event-incident");
        incident.getStyleClass().add("hint");
        incident.setMinWidth(Region.USE_PREF_SIZE);
        Button unlink = new Button("Unlink");
        unlink.setOnAction(e -> model.unlinkIncident());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button remove = new Button("Remove event");
        remove.setId("event-remove");
        remove.setOnAction(e -> model.deleteEvent());
        HBox incidentRow = new HBox(6, incident, unlink, gap, other, link);
        javafx.scene.control.TitledPane more = new javafx.scene.control.TitledPane("Date, certainty, casualties, incident",
                new VBox(6, attributes, problem, incidentRow));
        more.setId("event-attributes-pane");
        more.setExpanded(false);
        more.setAnimated(false);
        model.attributeProblemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                more.setExpanded(true);
            }
        });
        VBox details = new VBox(6, roleRows, more, remove);
        details.setId("event-details");

        Label none = new Label("Pick an event's trigger to see its roles.");
        none.getStyleClass().add("hint");
        getChildren().setAll(top, armed, createBox, parts, details, none);

        model.currentProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id() || !old.attributes().equals(now.attributes())) {
                showEvent(now); // typed but unsaved values stay while roles change
            }
            show(details, now != null);
            show(none, now == null && !model.canCreateProperty().get() && model.participation().isEmpty());
            show(top, now != null);
            title.setText(now == null ? "Event" : "Event #" + now.id());
            boolean linked = now != null && now.incidentId() != 0;
            incident.setText(linked ? "Incident " + now.incidentId() : "No incident");
            unlink.setVisible(linked);
        });
        model.canCreateProperty().addListener((obs, old, now) -> show(none, !now && model.currentProperty().get() == null));
        show(details, false);
        show(top, false);
        selection.selectedSpanProperty().addListener((obs, old, now) ->
                show(none, model.currentProperty().get() == null && !model.canCreateProperty().get() && model.participation().isEmpty()));
    }

    private void showRoles() {
        roleRows.getChildren().clear();
        for (EventsViewModel.RoleRow row : model.roles()) {
            Label key = new Label(row.key() == 0 ? "" : "Alt+" + row.key());
            key.getStyleClass().add("role-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(row.shortForm());
            name.getStyleClass().add("role-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(row.role() + ": " + row.fillersAllowed()
                    + (row.required() ? ", required" : ", optional")));
            FlowPane fillers = new FlowPane(4, 2);
            fillers.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            fillers.setMinWidth(0);
            fillers.setPrefWrapLength(160);
            for (EventsViewModel.Filler filler : row.fillers()) {
                Label text = new Label(filler.text().replace('\n', ' '));
                text.getStyleClass().add("role-filler");
                text.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
                text.setMinWidth(0);
                text.setMaxWidth(200);
                text.setTooltip(new Tooltip(filler.text() + " — " + filler.labelName()));
                Button x = new Button("✕");
                x.getStyleClass().add("role-remove");
                x.setOnAction(e -> model.removeFiller(filler.argument()));
                HBox chip = new HBox(2, text, x);
                chip.getStyleClass().add("role-chip");
                chip.setMinWidth(0);
                fillers.getChildren().add(chip);
            }
            if (row.missing()) {
                Label missing = new Label("required, empty");
                missing.getStyleClass().add("role-missing");
                fillers.getChildren().add(missing);
            }
            HBox line = new HBox(6, key, name, fillers);
            HBox.setHgrow(fillers, Priority.ALWAYS);
            line.getStyleClass().add(row.missing() ? "role-row-missing" : "role-row");
            if (!row.inSchema()) {
                line.getStyleClass().add("role-row-unknown");
            }
            roleRows.getChildren().add(line);
        }
    }

    private void showEvent(Event event) {
        org.hashiya.domain.EventAttributeValues values = model.attributeChoices(event);
        EventAttributes a = event == null ? EventAttributes.none(values) : event.attributes();
        date.setText(a.date());
        precision.setValue(a.precisionId());
        java.util.List<String> certainties = new java.util.ArrayList<>(values.certainty());
        certainties.add(0, "");
        certainty.getItems().setAll(certainties);
        certainty.setValue(a.certaintyId());
        polarity.getItems().setAll(values.polarity());
        polarity.setValue(a.polarity());
        modality.getItems().setAll(values.modality());
        modality.setValue(a.modality());
        fatalities.setText(a.fatalitiesText());
        injured.setText(a.injuredText());
        note.setText(a.note());
    }

    private void save() {
        model.setAttributes(date.getText(), precision.getValue(), certainty.getValue(), polarity.getValue(),
                modality.getValue(), fatalities.getText(), injured.getText(), note.getText());
    }

    private static Label rtlLine(String text) {
        Label line = new Label(text);
        line.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        line.setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(8);
        return f;
    }

    private static ChoiceBox<String> choice(String id, String... values) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(values[0]);
        return box;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
