package org.hashiya.ui.search;

import java.util.List;
import org.hashiya.text.TextRange;

/**
 * The search hits to mark in the open article, as UTF-16 ranges of its text (the reading pane's
 * offsets), and which of them is the current hit (-1: none).
 */
public record PaneMarks(List<TextRange> hits, int current) {
    public static final PaneMarks NONE = new PaneMarks(List.of(), -1);

    public PaneMarks {
        hits = List.copyOf(hits);
        if (current < -1 || current >= hits.size()) {
            current = -1;
        }
    }

    PaneMarks withCurrent(int index) {
        return new PaneMarks(hits, index);
    }
}
