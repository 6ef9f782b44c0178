package org.hashiya.ui.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.Span;

/** The span list: every span of the open article in reading order (start, then end), kept up to date. */
public final class SpanListViewModel implements AnnotationSession.Listener {
    private final AnnotationSession session;
    private final ObservableList<SpanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SpanRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    SpanListViewModel(AnnotationSession session) {
        this.session = session;
        session.addListener(this);
    }

    /** The article's spans in reading order (start, then end), kept up to date as they change. */
    public ObservableList<SpanRow> rows() {
        return rowsView;
    }

    /** The colour the span's label is painted in. */
    public String colourOf(Span span) {
        return session.labelColour(span.labelId());
    }

    @Override
    public void reset() {
        List<SpanRow> sorted = new ArrayList<>();
        for (Span span : session.spans()) {
            sorted.add(row(span));
        }
        sorted.sort(Comparator.comparing(SpanRow::span, SelectionViewModel.READING_ORDER));
        rows.setAll(sorted);
    }

    @Override
    public void schemaChanged() {
        rows.replaceAll(r -> row(r.span()));
    }

    @Override
    public void spanStored(Span old, Span now) {
        SpanRow row = row(now);
        if (old != null) {
            int at = indexOf(old);
            if (at >= 0) {
                rows.set(at, row);
            }
        } else {
            int at = indexOf(now);
            rows.add(at >= 0 ? at : -at - 1, row);
        }
    }

    @Override
    public void spanRemoved(Span old) {
        int at = indexOf(old);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    private int indexOf(Span span) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = SelectionViewModel.READING_ORDER.compare(rows.get(mid).span(), span);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private SpanRow row(Span span) {
        return new SpanRow(span, session.labelName(span.labelId()), session.labelColour(span.labelId()));
    }
}
