package org.hashiya.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats the rows as a Markdown table plus, per operation, how its cost grows with size. */
public final class Report {
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notMeasured = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
    }

    public void notMeasured(String what, String why) {
        notMeasured.add(what + ": " + why);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| what | size | median | spread | throughput | peak heap | target | met |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.what()).append(r.note() == null ? "" : " (" + r.note() + ")")
              .append(" | ").append(r.size()).append(' ').append(r.sizeUnit())
              .append(" | ").append(time(r.stats().median()))
              .append(" | ±").append(String.format(Locale.ROOT, "%.0f%%", 100 * r.stats().spread() / 2))
              .append(" | ").append(String.format(Locale.ROOT, "%,.0f %s/s", r.throughput(), r.workUnit()))
              .append(" | ").append(r.stats().peakHeapBytes() == 0 ? "–" : mb(r.stats().peakHeapBytes()))
              .append(" | ").append(r.target() == null ? "" : r.target())
              .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**NO**")
              .append(" |\n");
        }
        return sb.toString();
    }

    /**
     * For each operation measured at several sizes: the exponent k in time ~ size^k between
     * neighbouring sizes (1 = linear, 0 = constant, 2 = quadratic).
     */
    public String growth() {
        Map<String, List<Row>> byWhat = new LinkedHashMap<>();
        for (Row r : rows) {
            byWhat.computeIfAbsent(r.what(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder();
        for (var e : byWhat.entrySet()) {
            List<Row> series = e.getValue();
            if (series.size() < 2) {
                continue;
            }
            sb.append("- ").append(e.getKey()).append(": ");
            List<String> steps = new ArrayList<>();
            double worst = 0;
            for (int i = 1; i < series.size(); i++) {
                double k = exponent(series.get(i - 1), series.get(i));
                worst = Math.max(worst, k);
                steps.add(String.format(Locale.ROOT, "%d→%d k=%.2f", series.get(i - 1).size(), series.get(i).size(), k));
            }
            sb.append(String.join(", ", steps)).append(" — ").append(verdict(worst)).append('\n');
        }
        return sb.toString();
    }

    public static double exponent(Row smaller, Row larger) {
        double t = larger.stats().median() / Math.max(smaller.stats().median(), 1e-9);
        double n = (double) larger.size() / smaller.size();
        return Math.log(t) / Math.log(n);
    }

    /** A rough reading of the exponent; small sizes are noisy, so only clear cases get a name. */
    static String verdict(double worstExponent) {
        if (worstExponent < 0.5) {
            return "about constant";
        }
        if (worstExponent <= 1.25) {
            return "linear";
        }
        if (worstExponent <= 1.6) {
            return "somewhat worse than linear";
        }
        return "superlinear: look at it";
    }

    public String notMeasuredList() {
        StringBuilder sb = new StringBuilder();
        for (String s : notMeasured) {
            sb.append("- ").append(s).append('\n');
        }
        return sb.toString();
    }

    public String markdown() {
        return table() + "\nGrowth (time ~ size^k between neighbouring sizes):\n\n" + growth()
                + (notMeasured.isEmpty() ? "" : "\nNot measured yet:\n\n" + notMeasuredList());
    }

    static String time(double seconds) {
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        if (seconds >= 1e-3) {
            return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
        }
        if (seconds >= 1e-6) {
            return String.format(Locale.ROOT, "%.1f µs", seconds * 1e6);
        }
        return String.format(Locale.ROOT, "%.1f ns", seconds * 1e9);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
