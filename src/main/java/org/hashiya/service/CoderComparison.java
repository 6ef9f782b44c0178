package org.hashiya.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.Span;

/**
 * Compares two coders' spans of one article (pure logic, no storage), in three passes, each taking
 * the spans it pairs out of the next:
 * <ol>
 *   <li>agreement: a span of A and a span of B with the same start, end and label, one to one;</li>
 *   <li>same span, other label: same start and end, one to one, in label order;</li>
 *   <li>what is left groups by overlap across the coders (a span of A overlapping a span of B joins
 *       them; groups grow through further overlaps): a group with spans of both coders is an overlap,
 *       a span overlapping nothing of the other coder is one coder only.</li>
 * </ol>
 * The result is ordered by position (start, then end), the order a reviewer steps through.
 */
public final class CoderComparison {
    private static final Comparator<Span> BY_POSITION = Comparator.comparingInt(Span::start)
            .thenComparingInt(Span::end).thenComparing(Span::labelId).thenComparingLong(Span::id);
    private static final Comparator<ComparedSpans> READING_ORDER = Comparator.comparingInt(ComparedSpans::start)
            .thenComparingInt(ComparedSpans::end).thenComparing(ComparedSpans::kind);

    private CoderComparison() {
    }

    public static List<ComparedSpans> compare(List<Span> coderA, List<Span> coderB) {
        List<Span> restA = sorted(coderA);
        List<Span> restB = sorted(coderB);
        List<ComparedSpans> result = new ArrayList<>();
        pairUp(restA, restB, true, ComparisonKind.AGREEMENT, result);
        pairUp(restA, restB, false, ComparisonKind.OTHER_LABEL, result);
        groupByOverlap(restA, restB, result);
        result.sort(READING_ORDER);
        return List.copyOf(result);
    }

    private static List<Span> sorted(List<Span> spans) {
        List<Span> copy = new ArrayList<>(spans);
        copy.sort(BY_POSITION);
        return copy;
    }

    /** Pairs spans with the same range (and, if asked, the same label) one to one; removes them from both lists. */
    private static void pairUp(List<Span> a, List<Span> b, boolean sameLabel, ComparisonKind kind, List<ComparedSpans> out) {
        Map<String, List<Span>> waiting = new LinkedHashMap<>();
        for (Span s : b) {
            waiting.computeIfAbsent(key(s, sameLabel), k -> new ArrayList<>()).add(s);
        }
        List<Span> paired = new ArrayList<>();
        for (Iterator<Span> it = a.iterator(); it.hasNext(); ) {
            Span s = it.next();
            List<Span> candidates = waiting.get(key(s, sameLabel));
            if (candidates != null && !candidates.isEmpty()) {
                Span other = candidates.remove(0);
                paired.add(other);
                out.add(ComparedSpans.of(kind, List.of(s), List.of(other)));
                it.remove();
            }
        }
        b.removeAll(paired);
    }

    private static String key(Span s, boolean withLabel) {
        return s.start() + ":" + s.end() + (withLabel ? ":" + s.labelId() : "");
    }

    /** Connected groups of the overlap graph between A's and B's remaining spans (union-find over indices). */
    private static void groupByOverlap(List<Span> a, List<Span> b, List<ComparedSpans> out) {
        int n = a.size();
        int[] parent = new int[n + b.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // both lists are sorted by start: for each span of A, the spans of B starting before it ends
        for (int i = 0; i < n; i++) {
            Span x = a.get(i);
            for (int j = 0; j < b.size() && b.get(j).start() < x.end(); j++) {
                if (x.start() < b.get(j).end()) {
                    parent[find(parent, i)] = find(parent, n + j);
                }
            }
        }
        Map<Integer, List<Span>> groupA = new HashMap<>();
        Map<Integer, List<Span>> groupB = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            Map<Integer, List<Span>> side = i < n ? groupA : groupB;
            side.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i < n ? a.get(i) : b.get(i - n));
        }
        java.util.Set<Integer> roots = new java.util.HashSet<>(groupA.keySet());
        roots.addAll(groupB.keySet());
        for (int root : roots) {
            List<Span> sa = groupA.getOrDefault(root, List.of());
            List<Span> sb = groupB.getOrDefault(root, List.of());
            ComparisonKind kind = sa.isEmpty() || sb.isEmpty() ? ComparisonKind.ONE_CODER_ONLY : ComparisonKind.OVERLAP;
            out.add(ComparedSpans.of(kind, sa, sb));
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
