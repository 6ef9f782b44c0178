package org.hashiya.ui.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hashiya.domain.Span;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextRange;

/**
 * The reading pane's text selection and the picked span: what a click picks (the innermost span,
 * then outward on further clicks), what lies under a character. Offsets coming in from and going
 * out to the view are UTF-16 indices (what the reading pane uses); spans are code points.
 */
public final class SelectionViewModel implements AnnotationSession.Listener {
    static final Comparator<Span> READING_ORDER =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end).thenComparingLong(Span::id);

    private final AnnotationSession session;
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(this, "selection", new TextRange(0, 0));
    private final ReadOnlyObjectWrapper<Span> selectedSpan = new ReadOnlyObjectWrapper<>(this, "selectedSpan");
    private boolean selectionExact;
    /** The spans under the latest click, so a click on the same spans cycles; any other pick resets it. */
    private List<Long> lastClickedIds = List.of();

    SelectionViewModel(AnnotationSession session) {
        this.session = session;
        session.addListener(this);
    }

    /**
     * The view reports the reading pane's selection (UTF-16, either order). {@code exact} says the
     * user made it with Alt held, so it is labelled as is rather than snapped to words. A new text
     * selection lets go of the picked span.
     */
    public void setSelection(int from, int to, boolean exact) {
        int length = session.text().length();
        int start = Math.max(0, Math.min(Math.min(from, to), length));
        int end = Math.max(start, Math.min(Math.max(from, to), length));
        selection.set(new TextRange(start, end));
        selectionExact = exact;
        if (end > start) {
            pick(null);
        }
    }

    /** Escape: no selection, no picked span. */
    public void clearSelection() {
        TextRange now = selection.get();
        selection.set(new TextRange(now.end(), now.end()));
        pick(null);
    }

    /**
     * A click on the character at this UTF-16 offset (-1 off the text): picks the innermost span
     * there, and on each further click on the same spans the next larger one, round and round;
     * nothing if none.
     */
    public void clickAt(int utf16Offset) {
        List<Span> under = spansAt(utf16Offset);
        List<Long> ids = under.stream().map(Span::id).toList();
        Span current = selectedSpan.get();
        int index = -1;
        if (ids.equals(lastClickedIds) && current != null) {
            index = ids.indexOf(current.id()); // clicking again on the same spans: the next larger one
        }
        pick(under.isEmpty() ? null : under.get((index + 1) % under.size()));
        lastClickedIds = ids;
    }

    /** Picks the span with this id (from the span list). */
    public void selectSpan(long spanId) {
        pick(session.span(spanId).orElse(null));
    }

    /** The spans covering the character at this UTF-16 offset, innermost (shortest) first. */
    public List<Span> spansAt(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset >= session.text().length()) {
            return List.of();
        }
        int cp = session.offsets().toCodePoint(utf16Offset);
        List<Span> under = new ArrayList<>();
        for (Span span : session.spans()) {
            if (span.start() <= cp && cp < span.end()) {
                under.add(span);
            }
        }
        under.sort(Comparator.comparingInt(Span::length).thenComparing(READING_ORDER));
        return under;
    }

    /** Where a span begins in the text shown, as a UTF-16 offset (to scroll to it). */
    public int utf16Start(Span span) {
        CodePointOffsets offsets = session.offsets();
        return offsets.toUtf16(Math.min(span.start(), offsets.codePointLength()));
    }

    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Span> selectedSpanProperty() {
        return selectedSpan.getReadOnlyProperty();
    }

    /** Whether the selection was made with Alt held (labelled exactly, not snapped). */
    boolean selectionExact() {
        return selectionExact;
    }

    /** Picks this span (null: none). */
    void pick(Span span) {
        lastClickedIds = List.of();
        Span old = selectedSpan.get();
        if (old == span || (old != null && span != null && old.id() == span.id() && old.equals(span))) {
            return;
        }
        selectedSpan.set(span);
    }

    @Override
    public void reset() {
        selection.set(new TextRange(0, 0));
        selectedSpan.set(null);
        lastClickedIds = List.of();
    }

    @Override
    public void spanStored(Span old, Span now) {
        Span picked = selectedSpan.get();
        if (old != null && picked != null && picked.id() == now.id()) {
            selectedSpan.set(now);
        }
    }

    @Override
    public void spanRemoved(Span old) {
        Span picked = selectedSpan.get();
        if (picked != null && picked.id() == old.id()) {
            selectedSpan.set(null);
        }
    }
}
