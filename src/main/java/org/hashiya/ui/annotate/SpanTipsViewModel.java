package org.hashiya.ui.annotate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Span;

/** The hover tip over the reading pane: label, annotator, time and note of each span under the pointer. */
public final class SpanTipsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final AnnotationSession session;
    private final SelectionViewModel selection;

    SpanTipsViewModel(AnnotationSession session, SelectionViewModel selection) {
        this.session = session;
        this.selection = selection;
    }

    /** What the hover tip says at this UTF-16 offset: label, annotator and time of each span there. */
    public String describeAt(int utf16Offset) {
        List<String> lines = new ArrayList<>();
        for (Span span : selection.spansAt(utf16Offset)) {
            String who = span.annotator().isEmpty() ? "unknown annotator" : span.annotator();
            String line = session.labelName(span.labelId()) + " — " + who + " — " + TIME.format(span.updatedAt());
            lines.add(span.note().isEmpty() ? line : line + "\n    " + span.note());
        }
        return String.join("\n", lines);
    }
}
