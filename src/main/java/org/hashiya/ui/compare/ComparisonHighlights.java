package org.hashiya.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.service.Adjudicator;
import org.hashiya.service.ComparedSpans;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.Highlight;

/**
 * What the comparison paints in the reading pane, each span in its label's colour with CSS style
 * classes (compare.css) that tell the marks apart: an agreement {@code compare-agreement} (and
 * {@code compare-taken} once among the gold spans); a coder's span of an open disagreement
 * {@code compare-coder-a} or {@code compare-coder-b} with the kind ({@code compare-other-label},
 * {@code compare-overlap}, {@code compare-one-coder}); a gold span of a settled disagreement
 * {@code compare-gold}; the coders' spans of one settled with nothing kept {@code compare-rejected};
 * all of the current disagreement also {@code compare-current}, painted last so no neighbour hides it.
 */
final class ComparisonHighlights {
    private final CodePointOffsets offsets;
    private final LabelSchema schema;
    private final List<Highlight> below = new ArrayList<>();
    private final List<Highlight> onTop = new ArrayList<>();

    private ComparisonHighlights(CodePointOffsets offsets, LabelSchema schema) {
        this.offsets = offsets;
        this.schema = schema;
    }

    /** The highlights in paint order; {@code currentItem} is an index into the items, -1 for none. */
    static List<Highlight> of(Adjudicator adjudicator, CodePointOffsets offsets, LabelSchema schema, int currentItem) {
        ComparisonHighlights paint = new ComparisonHighlights(offsets, schema);
        List<ComparedSpans> items = adjudicator.items();
        for (int i = 0; i < items.size(); i++) {
            ComparedSpans item = items.get(i);
            boolean isCurrent = i == currentItem;
            String current = isCurrent ? " compare-current" : "";
            List<Highlight> target = isCurrent ? paint.onTop : paint.below;
            if (!item.isDisagreement()) {
                paint.add(paint.below, item.a().get(0), "agree-" + i, "compare-agreement"
                        + (adjudicator.isSettled(i) ? " compare-taken" : ""));
            } else if (!adjudicator.isSettled(i)) {
                String kind = " compare-" + item.kind().id() + current;
                item.a().forEach(s -> paint.add(target, s, "a-" + s.id(), "compare-coder-a" + kind));
                item.b().forEach(s -> paint.add(target, s, "b-" + s.id(), "compare-coder-b" + kind));
            } else if (adjudicator.goldSpansOf(i).isEmpty()) {
                item.a().forEach(s -> paint.add(target, s, "a-" + s.id(), "compare-rejected" + current));
                item.b().forEach(s -> paint.add(target, s, "b-" + s.id(), "compare-rejected" + current));
            } else {
                for (Span g : adjudicator.goldSpansOf(i)) {
                    paint.add(target, g, "gold-" + g.id(), "compare-gold" + current);
                }
            }
        }
        List<Highlight> all = new ArrayList<>(paint.below);
        all.addAll(paint.onTop);
        return List.copyOf(all);
    }

    private void add(List<Highlight> target, Span span, String id, String styleClass) {
        Highlight h = SpanHighlights.of(offsets, span, schema);
        if (h != null) {
            target.add(h.styled(id, styleClass));
        }
    }
}
