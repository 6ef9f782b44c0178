package org.hashiya.ui.annotate;

import java.util.List;
import java.util.Optional;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;
import org.hashiya.text.TextRange;
import org.hashiya.text.WordSnapper;

/**
 * Labelling: a label's key or the palette labels the selection (snapped to whole words unless
 * exact) or relabels the picked span; the picked span's note and its deletion.
 */
public final class LabellingViewModel {
    private final AnnotationSession session;
    private final SelectionViewModel selection;
    private final EventsViewModel events;

    LabellingViewModel(AnnotationSession session, SelectionViewModel selection, EventsViewModel events) {
        this.session = session;
        this.selection = selection;
        this.events = events;
    }

    /**
     * A key pressed in the reading pane: if it is a label's shortcut, labels the selection (or
     * relabels the picked span) and returns true. {@code altDown} keeps the selection exact.
     */
    public boolean applyShortcut(String key, boolean altDown) {
        Optional<SpanLabel> label = session.schema().byShortcut(key);
        if (label.isEmpty()) {
            return false;
        }
        applyLabel(label.get().id(), altDown);
        return true;
    }

    /** The label palette's choice: labels the selection, or relabels the picked span. */
    public boolean applyLabel(String labelId) {
        return applyLabel(labelId, false);
    }

    /**
     * Labels the selection, snapped to whole words unless {@code exact} (or the selection was made
     * exact); the new span becomes the picked one. Without a selection, relabels the picked span.
     */
    public boolean applyLabel(String labelId, boolean exact) {
        if (!session.isOpen()) {
            return false;
        }
        TextRange range = selection.selectionProperty().get();
        if (!range.isEmpty()) {
            return labelSelection(labelId, range, exact).isPresent();
        }
        Span picked = selection.selectedSpanProperty().get();
        if (picked == null) {
            session.say("Select some text or click a span first, then press a label's key.");
            return false;
        }
        if (picked.labelId().equals(labelId)) {
            return true;
        }
        boolean done = session.attempt(() -> session.annotator().changeLabel(picked.id(), labelId)).isPresent();
        if (done) {
            session.say("Saved: «" + picked.text() + "» is now " + labelName(labelId) + ".");
        }
        return done;
    }

    /** Labels the selection as a new span, which becomes the picked one; empty if refused. */
    Optional<Span> labelSelection(String labelId, TextRange range, boolean exact) {
        String text = session.text();
        Optional<TextRange> snapped = WordSnapper.snap(text, range.start(), range.end(), exact || selection.selectionExact());
        if (snapped.isEmpty()) {
            session.say("Nothing to label: the selection holds only spaces or punctuation.");
            return Optional.empty();
        }
        TextRange s = snapped.get();
        Optional<Span> created = session.attempt(() -> session.annotator().createSpan(labelId,
                session.offsets().toCodePoint(s.start()), session.offsets().toCodePoint(s.end())).span());
        if (created.isEmpty()) {
            return Optional.empty();
        }
        selection.clearSelection();
        if (events.isArmed()) {
            // a role waits for its filler: the new span fills it, and the event stays the one inspected
            if (!events.fillWith(created.get())) {
                session.say("Saved «" + created.get().text() + "» as " + labelName(labelId) + ", but "
                        + session.messageProperty().get());
            }
            return created;
        }
        selection.pick(session.span(created.get().id()).orElse(null));
        session.say("Saved: «" + created.get().text() + "» is " + labelName(labelId) + ".");
        return created;
    }

    /**
     * What to ask before deleting the picked span, if it triggers an event or fills a role (the
     * view asks, then calls {@link #deleteSelectedSpan}); empty if there is nothing to ask.
     */
    public Optional<String> deletionWarning() {
        Span picked = selection.selectedSpanProperty().get();
        return picked == null ? Optional.empty() : events.deletionWarning(picked);
    }

    /** Deletes the picked span (with its event links, see {@link #deletionWarning}); false if none is picked. */
    public boolean deleteSelectedSpan() {
        Span picked = selection.selectedSpanProperty().get();
        if (picked == null || !session.isOpen()) {
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().deleteSpan(picked.id())).isPresent();
        if (done) {
            session.say("Deleted «" + picked.text() + "» (" + labelName(picked.labelId()) + "). Undo brings it back.");
        }
        return done;
    }

    /** Gives the picked span this note; nothing happens if the note is unchanged. */
    public boolean setSelectedNote(String note) {
        Span picked = selection.selectedSpanProperty().get();
        String clean = note == null ? "" : note.strip();
        if (picked == null || !session.isOpen() || picked.note().equals(clean)) {
            return false;
        }
        boolean done = session.attempt(() -> session.annotator().setNote(picked.id(), clean)).isPresent();
        if (done) {
            session.say("Saved the note.");
        }
        return done;
    }

    /** The labels offered for new spans (for the palette and the help). */
    public List<SpanLabel> activeLabels() {
        return session.schema().active();
    }

    public String labelName(String labelId) {
        return session.labelName(labelId);
    }
}
