package org.hashiya.ui.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventRules;
import org.hashiya.domain.EventType;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;

/**
 * The event inspector and role filling. Picking a trigger span makes its event the current one;
 * its roles are listed with their fillers (required roles still empty flagged), its fillers are
 * marked in the text, and a role key (Alt+1..9, {@link #armRole}) followed by a click on a span
 * ({@link #fillAt}) or a new labelled selection ({@link #fillWith}) fills that role. Picking any
 * other span lists the events it takes part in. Every action goes through the annotator, so undo
 * covers it.
 */
public final class EventsViewModel implements AnnotationSession.Listener {
    /** One filler of a role: the argument and what to show for it. */
    public record Filler(EventArgument argument, String text, String labelName) {
    }

    /**
     * One role of the current event: its key (1-9, 0 if it has none), name, short form ("Participant+"),
     * what may fill it, whether it is required and still empty, and whether the schema still has it.
     */
    public record RoleRow(int key, String role, String shortForm, String fillersAllowed, boolean required,
                          boolean missing, boolean inSchema, List<Filler> fillers) {
    }

    private final AnnotationSession session;
    private final SelectionViewModel selection;
    private final ReadOnlyObjectWrapper<Event> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper armedRole = new ReadOnlyStringWrapper(this, "armedRole", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper attributeProblem = new ReadOnlyStringWrapper(this, "attributeProblem", "");
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(this, "canCreate");
    private final ReadOnlyObjectWrapper<Set<Long>> marked = new ReadOnlyObjectWrapper<>(this, "marked", Set.of());
    private final ObservableList<RoleRow> roles = FXCollections.observableArrayList();
    private final ObservableList<String> participation = FXCollections.observableArrayList();

    EventsViewModel(AnnotationSession session, SelectionViewModel selection) {
        this.session = session;
        this.selection = selection;
        session.addListener(this);
        selection.selectedSpanProperty().addListener((obs, old, span) -> picked(span));
    }

    // ---- actions ---------------------------------------------------------------------------------

    /** Makes the picked span (with an event label) an event's trigger. */
    public boolean createEvent() {
        Span picked = selection.selectedSpanProperty().get();
        if (picked == null || !session.isOpen()) {
            session.say("Pick a span with an event label first, then make it an event.");
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().createEvent(picked.id())).isPresent();
        if (done) {
            session.say("«" + picked.text() + "» is now an event (" + session.labelName(picked.labelId())
                    + "). Alt+1, Alt+2, … then a click fill its roles.");
        }
        return done;
    }

    /** Removes the current event; its spans stay. */
    public boolean deleteEvent() {
        Event event = current.get();
        if (event == null) {
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().deleteEvent(event.id())).isPresent();
        if (done) {
            session.say("Removed the event of «" + triggerText(event) + "». Undo brings it back.");
        }
        return done;
    }

    /** Whether Alt+digit means a role now: an event is current and no text is selected. */
    public boolean rolesKeysActive() {
        return current.get() != null && selection.selectionProperty().get().isEmpty();
    }

    /** Alt+{@code key}: the next click (or new labelled selection) fills the current event's role number {@code key}. */
    public boolean armRole(int key) {
        Event event = current.get();
        if (event == null) {
            return false;
        }
        List<EventRole> schemaRoles = typeOf(event).map(EventType::roles).orElse(List.of());
        if (key < 1 || key > schemaRoles.size()) {
            session.say(schemaRoles.isEmpty()
                    ? eventName(event) + " events have no roles yet: give them roles in Labels ▸ Edit Labels."
                    : eventName(event) + " events have " + schemaRoles.size() + " roles: Alt+1 to Alt+" + Math.min(9, schemaRoles.size()) + ".");
            return true;
        }
        String role = schemaRoles.get(key - 1).name();
        armedRole.set(role);
        session.say("Filling " + role + ": click its span, or select text and press a label's key. Escape cancels.");
        return true;
    }

    /** Escape while a role waits for its filler: stops waiting. */
    public boolean disarm() {
        if (armedRole.get().isEmpty()) {
            return false;
        }
        armedRole.set("");
        session.say("No role being filled.");
        return true;
    }

    public boolean isArmed() {
        return !armedRole.get().isEmpty();
    }

    /**
     * A click at this UTF-16 offset while a role waits: the innermost span there that the role
     * accepts fills it. True if the click was taken (filled or refused with a message).
     */
    public boolean fillAt(int utf16Offset) {
        Event event = current.get();
        if (!isArmed() || event == null) {
            return false;
        }
        List<Span> under = selection.spansAt(utf16Offset);
        if (under.isEmpty()) {
            session.say("No span there: click a labelled span, or select text and press a label's key. Escape cancels.");
            return true;
        }
        String role = armedRole.get();
        String triggerLabel = triggerLabel(event);
        for (Span span : under) {
            if (EventRules.fillProblem(session.schema(), event, triggerLabel, role, span).isEmpty()) {
                return fillWith(span) || true;
            }
        }
        session.say(EventRules.fillProblem(session.schema(), event, triggerLabel, role, under.get(0)).orElse(""));
        return true;
    }

    /** The waiting role takes this span (a clicked one, or one just labelled); false if refused. */
    public boolean fillWith(Span span) {
        Event event = current.get();
        String role = armedRole.get();
        if (event == null || role.isEmpty()) {
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().fillRole(event.id(), role, span.id())).isPresent();
        if (done) {
            armedRole.set("");
            session.say("«" + span.text() + "» is " + role + " of " + eventName(event) + " «" + triggerText(event) + "».");
        }
        return done;
    }

    /** Takes this filler out of its role. */
    public boolean removeFiller(EventArgument argument) {
        Event event = current.get();
        if (event == null) {
            return false;
        }
        return session.attempt(() -> session.annotator().removeArgument(event.id(), argument)).isPresent();
    }

    /**
     * The values the inspector offers for certainty, polarity and modality: the schema's lists, and
     * after them any value the event holds that the schema no longer lists (kept, never lost).
     */
    public org.hashiya.domain.EventAttributeValues attributeChoices(Event event) {
        org.hashiya.domain.EventAttributeValues listed = session.schema().eventAttributes();
        return event == null ? listed : listed.keeping(event.attributes());
    }

    /**
     * The attributes as typed in the inspector (empty text: not given). A bad value leaves the
     * stored ones as they were and says why in {@link #attributeProblemProperty()}.
     */
    public boolean setAttributes(String date, String precision, String certainty, String polarity, String modality,
                                 String fatalities, String injured, String note) {
        Event event = current.get();
        if (event == null) {
            return false;
        }
        EventAttributes attributes;
        try {
            attributes = EventAttributes.parse(attributeChoices(event), date, precision, certainty, polarity, modality,
                    fatalities, injured, note);
        } catch (IllegalArgumentException e) {
            attributeProblem.set(e.getMessage());
            session.say("Not saved: " + e.getMessage() + ".");
            return false;
        }
        attributeProblem.set("");
        if (attributes.equals(event.attributes())) {
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().setEventAttributes(event.id(), attributes)).isPresent();
        if (done) {
            session.say("Saved the event's attributes.");
        }
        return done;
    }

    /** Links the current event with the event of this id (typed: "12" or "#12") as one incident. */
    public boolean linkIncident(String otherEventId) {
        Event event = current.get();
        if (event == null) {
            return false;
        }
        long other;
        try {
            other = Long.parseLong((otherEventId == null ? "" : otherEventId.strip()).replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            session.say("Type the number of the other event (its id, shown as #12) to link them as one incident.");
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().linkIncident(event.id(), other)).isPresent();
        if (done) {
            session.say("Event #" + event.id() + " and event #" + other + " are now one incident.");
        }
        return done;
    }

    public boolean unlinkIncident() {
        Event event = current.get();
        if (event == null || event.incidentId() == 0) {
            return false;
        }
        return session.attempt(() -> session.annotator().unlinkIncident(event.id())).isPresent();
    }

    /**
     * What deleting this span would undo in events, to ask before deleting: empty if it triggers
     * no event and fills no role.
     */
    public Optional<String> deletionWarning(Span span) {
        if (!session.isOpen()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Event e : session.annotator().eventLinks(span.id())) {
            if (e.triggerSpanId() == span.id()) {
                parts.add("it is the trigger of event #" + e.id() + " (" + eventName(e) + "), which goes with it");
            } else {
                List<String> asRoles = e.arguments().stream().filter(a -> a.fillerSpanId() == span.id())
                        .map(EventArgument::role).distinct().toList();
                parts.add("it fills " + String.join(", ", asRoles) + " of event #" + e.id() + " (" + eventName(e)
                        + " " + quoted(triggerText(e)) + ")");
            }
        }
        return parts.isEmpty() ? Optional.empty()
                // begins with Latin text, so the sentence reads left to right around the Arabic quotes
                : Optional.of("The span " + quoted(span.text()) + " takes part in events: " + String.join("; ", parts)
                        + ". Delete it and these links? Undo brings all back.");
    }

    /**
     * «text» for an English sentence: a left-to-right mark outside each guillemet keeps it the
     * way it is written even between two Arabic runs (an event label named only in Arabic, then
     * the Arabic trigger), where the bidi algorithm would otherwise mirror it into ».
     */
    static String quoted(String text) {
        return "\u200E«" + text + "»\u200E";
    }

    // ---- state for the view -------------------------------------------------------------------

    /** The event being inspected: the picked trigger's. */
    public ReadOnlyObjectProperty<Event> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The role waiting for its filler, or "". */
    public ReadOnlyStringProperty armedRoleProperty() {
        return armedRole.getReadOnlyProperty();
    }

    /** "Attack #3 «قصفت»", or "" without an event. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the attributes last typed were refused, or "". */
    public ReadOnlyStringProperty attributeProblemProperty() {
        return attributeProblem.getReadOnlyProperty();
    }

    /** The picked span has an event label and no event yet. */
    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** The spans filling the current event's roles (marked in the text). */
    public ReadOnlyObjectProperty<Set<Long>> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    /** The current event's roles, in schema order, then any it has that the schema lacks. */
    public ObservableList<RoleRow> roles() {
        return roles;
    }

    /** For a picked span that is no trigger: the events it takes part in, one line each. */
    public ObservableList<String> participation() {
        return participation;
    }

    /** The required roles of the current event with no filler yet. */
    public List<String> missingRoles() {
        Event event = current.get();
        return event == null ? List.of() : EventRules.missingRequired(session.schema(), event, triggerLabel(event));
    }

    // ---- updates ----------------------------------------------------------------------------------

    @Override
    public void reset() {
        armedRole.set("");
        attributeProblem.set("");
        setCurrent(null);
        picked(selection.selectedSpanProperty().get());
    }

    @Override
    public void eventStored(Event old, Event now) {
        Event shown = current.get();
        Span picked = selection.selectedSpanProperty().get();
        if ((shown != null && shown.id() == now.id()) || (picked != null && picked.id() == now.triggerSpanId())) {
            setCurrent(now);
        } else {
            refresh();
        }
    }

    @Override
    public void eventRemoved(Event old) {
        Event shown = current.get();
        if (shown != null && shown.id() == old.id()) {
            armedRole.set("");
            setCurrent(null);
        }
        refresh();
    }

    @Override
    public void spanStored(Span old, Span now) {
        refresh();
    }

    @Override
    public void spanRemoved(Span old) {
        refresh();
    }

    @Override
    public void schemaChanged() {
        refresh();
    }

    private void picked(Span span) {
        Optional<Event> triggered = span == null ? Optional.empty() : session.eventTriggeredBy(span.id());
        Event shown = current.get();
        if (triggered.isPresent()) {
            if (shown == null || shown.id() != triggered.get().id()) {
                armedRole.set("");
            }
            setCurrent(triggered.get());
        } else if (!(isArmed() || (span != null && shown != null && shown.hasFiller(span.id())))) {
            setCurrent(null);
        } else {
            refresh();
        }
    }

    private void setCurrent(Event event) {
        if (event == null || current.get() == null || current.get().id() != event.id()) {
            attributeProblem.set("");
        }
        current.set(event);
        refresh();
    }

    private void refresh() {
        Event event = current.get();
        Span picked = selection.selectedSpanProperty().get();
        canCreate.set(event == null && picked != null && session.eventTriggeredBy(picked.id()).isEmpty()
                && session.schema().byId(picked.labelId()).map(SpanLabel::kind).orElse(null) == LabelKind.EVENT);
        participation.setAll(picked == null || (event != null && picked.id() == event.triggerSpanId())
                ? List.of() : participationOf(picked));
        if (event == null) {
            heading.set("");
            roles.clear();
            marked.set(Set.of());
            return;
        }
        heading.set(eventName(event) + " «" + triggerText(event) + "»"); // the id: in the inspector's title
        List<RoleRow> rows = new ArrayList<>();
        List<EventRole> schemaRoles = typeOf(event).map(EventType::roles).orElse(List.of());
        Set<String> known = new HashSet<>();
        for (int i = 0; i < schemaRoles.size(); i++) {
            EventRole role = schemaRoles.get(i);
            known.add(role.name());
            List<Filler> fillers = fillersOf(event, role.name());
            rows.add(new RoleRow(i < 9 ? i + 1 : 0, role.name(), role.shortForm(), role.fillersText(), role.required(),
                    role.required() && fillers.isEmpty(), true, fillers));
        }
        event.arguments().stream().map(EventArgument::role).filter(r -> !known.contains(r)).distinct().forEach(r ->
                rows.add(new RoleRow(0, r, r, "not in the schema", false, false, false, fillersOf(event, r))));
        roles.setAll(rows);
        Set<Long> fillerIds = new HashSet<>();
        event.arguments().forEach(a -> fillerIds.add(a.fillerSpanId()));
        marked.set(Set.copyOf(fillerIds));
    }

    private List<Filler> fillersOf(Event event, String role) {
        List<Filler> fillers = new ArrayList<>();
        for (EventArgument a : event.argumentsOf(role)) {
            Optional<Span> span = session.span(a.fillerSpanId());
            fillers.add(new Filler(a, span.map(Span::text).orElse("(span " + a.fillerSpanId() + ")"),
                    span.map(s -> session.labelName(s.labelId())).orElse("")));
        }
        return fillers;
    }

    private List<String> participationOf(Span span) {
        List<String> lines = new ArrayList<>();
        for (Event e : session.events()) {
            List<String> asRoles = e.arguments().stream().filter(a -> a.fillerSpanId() == span.id())
                    .map(EventArgument::role).distinct().toList();
            if (!asRoles.isEmpty()) {
                lines.add(String.join(", ", asRoles) + " of " + eventName(e) + " #" + e.id() + " «" + triggerText(e) + "»");
            }
        }
        return lines;
    }

    private Optional<EventType> typeOf(Event event) {
        return session.schema().eventType(triggerLabel(event));
    }

    private String triggerLabel(Event event) {
        return session.span(event.triggerSpanId()).map(Span::labelId).orElse("");
    }

    private String triggerText(Event event) {
        return session.span(event.triggerSpanId()).map(Span::text).orElse("");
    }

    private String eventName(Event event) {
        return session.labelName(triggerLabel(event));
    }
}
