package org.hashiya.service.agreement;

import java.util.Locale;

/**
 * One line of the agreement table: a label (or {@code ALL}) and its figures; a figure that is
 * undefined (no spans of the label, one category throughout) is NaN. {@code spansA} and
 * {@code spansB} count the first two coders' spans.
 */
public record AgreementRow(String label, double f1, double kappa, double alpha, double overlapF1, long spansA,
                           long spansB) {
    public static final String ALL = "ALL";

    /** A figure with two decimals, or {@code NA} when undefined. */
    public static String figure(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        String shown = String.format(Locale.ROOT, "%.2f", value);
        return shown.equals("-0.00") ? "0.00" : shown;
    }
}
