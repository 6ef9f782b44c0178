package org.hashiya.service.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's kappa of two coders from their confusion counts (how many units A put in category a and
 * B in b): kappa = (p_o - p_e) / (1 - p_e), p_o the share of units both put in one category, p_e
 * = sum over categories of (A's share in it) * (B's share in it). Undefined (NaN) when p_e is 1
 * (both coders used one and the same category throughout).
 */
final class CohenKappa {
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private long units;

    void add(String a, String b) {
        counts.computeIfAbsent(a, x -> new HashMap<>()).merge(b, 1L, Long::sum);
        units++;
    }

    /** Adds another table's counts to this one, as if its pairs had been added here. */
    void addAll(CohenKappa other) {
        other.counts.forEach((a, row) -> row.forEach((b, n) ->
                counts.computeIfAbsent(a, x -> new HashMap<>()).merge(b, n, Long::sum)));
        units += other.units;
    }

    double kappa() {
        if (units == 0) {
            return Double.NaN;
        }
        Map<String, Long> rows = new HashMap<>();
        Map<String, Long> columns = new HashMap<>();
        long same = 0;
        for (var row : counts.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                rows.merge(row.getKey(), cell.getValue(), Long::sum);
                columns.merge(cell.getKey(), cell.getValue(), Long::sum);
                if (row.getKey().equals(cell.getKey())) {
                    same += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var row : rows.entrySet()) {
            expected += (double) row.getValue() / units * columns.getOrDefault(row.getKey(), 0L) / units;
        }
        return kappa((double) same / units, expected);
    }

    /** Kappa of the binary judgement "the category is {@code category}". */
    double kappaOf(String category) {
        if (units == 0) {
            return Double.NaN;
        }
        long both = 0;
        long byA = 0;
        long byB = 0;
        for (var row : counts.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                boolean a = row.getKey().equals(category);
                boolean b = cell.getKey().equals(category);
                if (a) {
                    byA += cell.getValue();
                }
                if (b) {
                    byB += cell.getValue();
                }
                if (a && b) {
                    both += cell.getValue();
                }
            }
        }
        long neither = units - byA - byB + both;
        double observed = (double) (both + neither) / units;
        double pa = (double) byA / units;
        double pb = (double) byB / units;
        return kappa(observed, pa * pb + (1 - pa) * (1 - pb));
    }

    private static double kappa(double observed, double expected) {
        return expected > 1 - 1e-12 ? Double.NaN : (observed - expected) / (1 - expected);
    }
}
