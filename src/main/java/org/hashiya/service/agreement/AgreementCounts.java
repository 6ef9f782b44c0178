package org.hashiya.service.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hashiya.domain.Span;
import org.hashiya.text.Tokenizer;

/**
 * The counts every agreement figure comes from, pooled over the articles added: per label and
 * coder the spans; per label and pair of coders the exact and the overlap matches; per pair the
 * token categories side by side (kappa); per token the categories of all coders (alpha).
 */
final class AgreementCounts {
    static final String OUTSIDE = "O";

    private final int coders;
    private final int[][] pairs;
    private final TreeSet<String> labels = new TreeSet<>();
    private final Map<String, long[]> spans = new HashMap<>();
    private final Map<String, long[]> exact = new HashMap<>();
    private final Map<String, long[]> overlap = new HashMap<>();
    private final CohenKappa[] kappas;
    private final NominalAlpha alpha = new NominalAlpha();
    private long tokens;

    AgreementCounts(int coders) {
        this.coders = coders;
        pairs = pairsOf(coders);
        kappas = new CohenKappa[pairs.length];
        Arrays.setAll(kappas, i -> new CohenKappa());
    }

    /** Every pair of coders {a, b}, a < b, in order. */
    static int[][] pairsOf(int coders) {
        List<int[]> all = new ArrayList<>();
        for (int a = 0; a < coders; a++) {
            for (int b = a + 1; b < coders; b++) {
                all.add(new int[] {a, b});
            }
        }
        return all.toArray(int[][]::new);
    }

    /** One article: its text and each coder's spans on it (index = coder). */
    void add(String text, List<List<Span>> byCoder) {
        for (int c = 0; c < coders; c++) {
            for (Span s : byCoder.get(c)) {
                labels.add(s.labelId());
                spans.computeIfAbsent(s.labelId(), k -> new long[coders])[c]++;
            }
        }
        for (int p = 0; p < pairs.length; p++) {
            List<Span> a = byCoder.get(pairs[p][0]);
            List<Span> b = byCoder.get(pairs[p][1]);
            countExact(a, b, p);
            countOverlap(a, b, p);
        }
        int[] runs = Tokenizer.wordRuns(text);
        String[][] categories = new String[coders][];
        for (int c = 0; c < coders; c++) {
            categories[c] = categories(runs, byCoder.get(c));
        }
        int n = runs.length / 2;
        List<String> unit = new ArrayList<>(Arrays.asList(new String[coders]));
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < pairs.length; p++) {
                kappas[p].add(categories[pairs[p][0]][t], categories[pairs[p][1]][t]);
            }
            for (int c = 0; c < coders; c++) {
                unit.set(c, categories[c][t]);
            }
            alpha.addUnit(unit);
        }
        tokens += n;
    }

    /** Adds another article's (or set's) counts, so an article is counted once for itself and the pool. */
    void addAll(AgreementCounts other) {
        if (other.coders != coders) {
            throw new IllegalArgumentException("counts of " + other.coders + " coders, not " + coders);
        }
        labels.addAll(other.labels);
        addAll(spans, other.spans, coders);
        addAll(exact, other.exact, pairs.length);
        addAll(overlap, other.overlap, pairs.length);
        for (int p = 0; p < pairs.length; p++) {
            kappas[p].addAll(other.kappas[p]);
        }
        alpha.addAll(other.alpha);
        tokens += other.tokens;
    }

    static void addAll(Map<String, long[]> into, Map<String, long[]> from, int size) {
        from.forEach((label, counts) -> {
            long[] sum = into.computeIfAbsent(label, k -> new long[size]);
            for (int i = 0; i < size; i++) {
                sum[i] += counts[i];
            }
        });
    }

    /** Spans equal in start, end and label, each matched at most once. */
    private void countExact(List<Span> a, List<Span> b, int pair) {
        Map<String, Integer> left = new HashMap<>();
        for (Span s : a) {
            left.merge(s.labelId() + "\u0000" + s.start() + "\u0000" + s.end(), 1, Integer::sum);
        }
        for (Span s : b) {
            String key = s.labelId() + "\u0000" + s.start() + "\u0000" + s.end();
            Integer count = left.get(key);
            if (count != null && count > 0) {
                left.put(key, count - 1);
                exact.computeIfAbsent(s.labelId(), k -> new long[pairs.length])[pair]++;
            }
        }
    }

    /**
     * Spans of one label that overlap (share at least one character), each matched at most once:
     * the size of a maximum matching, found label by label with augmenting paths.
     */
    private void countOverlap(List<Span> a, List<Span> b, int pair) {
        Map<String, List<Span>> byLabelA = new HashMap<>();
        Map<String, List<Span>> byLabelB = new HashMap<>();
        a.forEach(s -> byLabelA.computeIfAbsent(s.labelId(), k -> new ArrayList<>()).add(s));
        b.forEach(s -> byLabelB.computeIfAbsent(s.labelId(), k -> new ArrayList<>()).add(s));
        for (var entry : byLabelA.entrySet()) {
            List<Span> other = byLabelB.get(entry.getKey());
            if (other != null) {
                int matched = maximumMatching(entry.getValue(), other);
                if (matched > 0) {
                    overlap.computeIfAbsent(entry.getKey(), k -> new long[pairs.length])[pair] += matched;
                }
            }
        }
    }

    static int maximumMatching(List<Span> a, List<Span> b) {
        int[] partnerOfB = new int[b.size()];
        Arrays.fill(partnerOfB, -1);
        int matched = 0;
        for (int i = 0; i < a.size(); i++) {
            if (augment(i, a, b, partnerOfB, new boolean[b.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int i, List<Span> a, List<Span> b, int[] partnerOfB, boolean[] seen) {
        Span s = a.get(i);
        for (int j = 0; j < b.size(); j++) {
            Span t = b.get(j);
            if (!seen[j] && s.start() < t.end() && t.start() < s.end()) {
                seen[j] = true;
                if (partnerOfB[j] < 0 || augment(partnerOfB[j], a, b, partnerOfB, seen)) {
                    partnerOfB[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Each token's category for one coder: the label of the shortest of the coder's spans that
     * contains the whole token (ties: the span that starts first, then the smallest label id), or
     * {@link #OUTSIDE}.
     */
    static String[] categories(int[] runs, List<Span> spans) {
        int n = runs.length / 2;
        String[] category = new String[n];
        Span[] best = new Span[n];
        Comparator<Span> better = Comparator.comparingInt(Span::length).thenComparingInt(Span::start)
                .thenComparing(Span::labelId);
        for (Span s : spans) {
            // the first token starting at or after the span's start
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (runs[2 * mid] < s.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int t = lo; t < n && runs[2 * t + 1] <= s.end(); t++) {
                if (best[t] == null || better.compare(s, best[t]) < 0) {
                    best[t] = s;
                }
            }
        }
        for (int t = 0; t < n; t++) {
            category[t] = best[t] == null ? OUTSIDE : best[t].labelId();
        }
        return category;
    }

    // ---- the figures ----

    List<String> labels() {
        return List.copyOf(labels);
    }

    long tokens() {
        return tokens;
    }

    long spans(String label, int coder) {
        long[] counts = label == null ? total(spans, coders) : spans.get(label);
        return counts == null ? 0 : counts[coder];
    }

    /** Exact-span F1, mean over the pairs for which it is defined; label null: all labels. */
    double exactF1(String label) {
        return f1(exact, label);
    }

    double overlapF1(String label) {
        return f1(overlap, label);
    }

    private double f1(Map<String, long[]> matches, String label) {
        long[] matched = label == null ? total(matches, pairs.length) : matches.getOrDefault(label, new long[pairs.length]);
        return meanF1(pairs, matched, coder -> spans(label, coder));
    }

    /**
     * 2 * matched / (items of A + items of B) for each pair, the mean over the pairs for which it is
     * defined (either coder has items), or NaN when none is.
     */
    static double meanF1(int[][] pairs, long[] matched, java.util.function.IntToLongFunction items) {
        double sum = 0;
        int defined = 0;
        for (int p = 0; p < pairs.length; p++) {
            long both = items.applyAsLong(pairs[p][0]) + items.applyAsLong(pairs[p][1]);
            if (both > 0) {
                sum += 2.0 * matched[p] / both;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    /** Cohen's kappa over tokens, mean over the pairs for which it is defined; label null: the categories. */
    double kappa(String label) {
        double sum = 0;
        int defined = 0;
        for (CohenKappa k : kappas) {
            double value = label == null ? k.kappa() : k.kappaOf(label);
            if (!Double.isNaN(value)) {
                sum += value;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    /** Krippendorff's alpha (nominal) over tokens, all coders at once; label null: the categories. */
    double alpha(String label) {
        return label == null ? alpha.alpha() : alpha.alphaOf(label);
    }

    static long[] total(Map<String, long[]> counts, int size) {
        long[] sum = new long[size];
        for (long[] c : counts.values()) {
            for (int i = 0; i < size; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }
}
