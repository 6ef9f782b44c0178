package org.hashiya.service.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data, built from a coincidence matrix one unit at a time, so
 * millions of units take no memory beyond the matrix. A unit's values are the codes its coders
 * gave (null: a coder gave none); a unit with fewer than two values is not pairable and left out.
 * Each ordered pair of values (c, k) from different coders of a unit with m values adds
 * 1/(m - 1) to o[c][k]. Then with n_c = sum_k o[c][k] and n = sum_c n_c:
 * alpha = 1 - (n - 1) * sum_{c != k} o[c][k] / sum_{c != k} n_c * n_k,
 * undefined (NaN) when every value is the same (no expected disagreement).
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011.)
 */
final class NominalAlpha {
    private final Map<String, Map<String, Double>> coincidences = new HashMap<>();

    void addUnit(List<String> values) {
        int m = 0;
        for (String v : values) {
            if (v != null) {
                m++;
            }
        }
        if (m < 2) {
            return;
        }
        double weight = 1.0 / (m - 1);
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                if (i != j && values.get(i) != null && values.get(j) != null) {
                    add(values.get(i), values.get(j), weight);
                }
            }
        }
    }

    /** Adds {@code weight} to o[c][k]: for callers that count many identical units at once. */
    void add(String c, String k, double weight) {
        coincidences.computeIfAbsent(c, x -> new HashMap<>()).merge(k, weight, Double::sum);
    }

    /** Adds another matrix's coincidences to this one, as if its units had been added here. */
    void addAll(NominalAlpha other) {
        other.coincidences.forEach((c, row) -> row.forEach((k, w) -> add(c, k, w)));
    }

    /** Alpha over all values. */
    double alpha() {
        double n = 0;
        double observed = 0;
        Map<String, Double> totals = new HashMap<>();
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                n += cell.getValue();
                totals.merge(row.getKey(), cell.getValue(), Double::sum);
                if (!row.getKey().equals(cell.getKey())) {
                    observed += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var c : totals.entrySet()) {
            for (var k : totals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        return expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
    }

    /** Alpha of the binary judgement "the value is {@code value}": the other values merged into one. */
    double alphaOf(String value) {
        double n = 0;
        double inValue = 0;     // n_value
        double across = 0;      // o[value][other]
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                n += cell.getValue();
                if (row.getKey().equals(value)) {
                    inValue += cell.getValue();
                    if (!cell.getKey().equals(value)) {
                        across += cell.getValue();
                    }
                }
            }
        }
        double expected = 2 * inValue * (n - inValue);
        return expected == 0 ? Double.NaN : 1 - (n - 1) * 2 * across / expected;
    }
}
