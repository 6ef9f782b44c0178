package org.hashiya.service;

import java.util.List;
import org.hashiya.domain.Span;

/**
 * One place where two coders' spans were compared: coder A's spans there, coder B's, and how they
 * relate. {@code start}/{@code end} (code points, end exclusive) cover all of them. An agreement
 * holds one span of each coder; an overlap may hold several of each (all that overlap one another
 * across the coders); one coder only holds a single span of one coder.
 */
public record ComparedSpans(ComparisonKind kind, List<Span> a, List<Span> b, int start, int end) {

    public ComparedSpans {
        a = List.copyOf(a);
        b = List.copyOf(b);
    }

    static ComparedSpans of(ComparisonKind kind, List<Span> a, List<Span> b) {
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (List<Span> side : List.of(a, b)) {
            for (Span s : side) {
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
            }
        }
        return new ComparedSpans(kind, a, b, start, end);
    }

    public boolean isDisagreement() {
        return kind.isDisagreement();
    }

    /** Whether the range {@code from..to} (code points, end exclusive) shares a character with this place. */
    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
