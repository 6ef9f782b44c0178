package org.hashiya.ui.annotate;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hashiya.domain.Span;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.Highlight;

/**
 * What to paint in the reading pane: one see-through highlight per span in its label's colour,
 * the picked span outlined and painted last (on top). Sinks hear each change one span at a time.
 */
public final class HighlightsViewModel implements AnnotationSession.Listener {
    /** Receives what to paint; the view passes it on to the reading pane. */
    public interface HighlightSink {
        void reset(List<Highlight> all);

        void put(Highlight highlight);

        void remove(String id);
    }

    private final AnnotationSession session;
    private final SelectionViewModel selection;
    /** Filler spans of the event being inspected get this outline. */
    static final Color FILLER_OUTLINE = Color.web("#1f4fbf");

    private final ObservableValue<Set<Long>> marked;
    private final Map<String, Highlight> highlights = new LinkedHashMap<>();
    private final List<HighlightSink> sinks = new CopyOnWriteArrayList<>();

    HighlightsViewModel(AnnotationSession session, SelectionViewModel selection, ObservableValue<Set<Long>> marked) {
        this.session = session;
        this.selection = selection;
        this.marked = marked;
        session.addListener(this);
        marked.addListener((obs, old, now) -> {
            Set<Long> changed = new HashSet<>(old);
            changed.addAll(now);
            changed.removeIf(id -> old.contains(id) && now.contains(id));
            changed.forEach(id -> session.span(id).ifPresent(this::paint));
        });
        selection.selectedSpanProperty().addListener((obs, old, now) -> {
            if (old != null) {
                session.span(old.id()).ifPresent(this::paint);
            }
            if (now != null) {
                paint(now);
            }
        });
    }

    /** What is painted now, by highlight id. */
    public Map<String, Highlight> highlights() {
        return Collections.unmodifiableMap(highlights);
    }

    public void addHighlightSink(HighlightSink sink) {
        sinks.add(sink);
        sink.reset(List.copyOf(highlights.values()));
    }

    @Override
    public void reset() {
        rebuild();
    }

    @Override
    public void schemaChanged() {
        rebuild();
    }

    @Override
    public void spanStored(Span old, Span now) {
        paint(now);
    }

    @Override
    public void spanRemoved(Span old) {
        String id = SpanHighlights.id(old.id());
        highlights.remove(id);
        sinks.forEach(s -> s.remove(id));
    }

    private void paint(Span span) {
        Highlight h = highlight(span);
        if (h == null) {
            return;
        }
        highlights.remove(h.id()); // re-added last, so the picked span is painted on top
        highlights.put(h.id(), h);
        sinks.forEach(s -> s.put(h));
    }

    private void rebuild() {
        highlights.clear();
        session.spans().stream().sorted(SelectionViewModel.READING_ORDER).forEach(span -> {
            Highlight h = highlight(span);
            if (h != null) {
                highlights.put(h.id(), h);
            }
        });
        Span picked = selection.selectedSpanProperty().get();
        if (picked != null) {
            session.span(picked.id()).ifPresent(this::paint);
        }
        List<Highlight> all = List.copyOf(highlights.values());
        sinks.forEach(s -> s.reset(all));
    }

    /**
     * The span's highlight, outlined when picked (in its label's darker colour) or when it fills a
     * role of the event being inspected (in blue); null for a span past the end of the text.
     */
    private Highlight highlight(Span span) {
        Highlight h = SpanHighlights.of(session.offsets(), span, session.schema());
        if (h == null) {
            return null;
        }
        Span picked = selection.selectedSpanProperty().get();
        if (picked != null && picked.id() == span.id()) {
            return h.withOutline(SpanHighlights.outlineOf(SpanHighlights.labelColour(session.schema(), span.labelId())));
        }
        return marked.getValue().contains(span.id()) ? h.withOutline(FILLER_OUTLINE) : h;
    }
}
