package org.hashiya.service.agreement;

import java.util.List;
import java.util.Locale;

/**
 * One line of the agreement table: a label (or {@code ALL}) and its figures; a figure that is
 * undefined (no spans of the label, one category throughout) is NaN. {@code spansA} and
 * {@code spansB} count the first two coders' spans.
 *
 * <p>A role line ({@code role:NAME}, or {@link #ALL_ROLES} for every role together) holds role
 * agreement: {@code f1} over event arguments, {@code spansA}/{@code spansB} the first two coders'
 * arguments in that role; kappa, alpha and overlap F1 are not measured for roles (NaN here, empty
 * cells in {@link #cells()}). Label ids are capitals, digits and _, so a role line never reads as
 * a label's.
 */
public record AgreementRow(String label, double f1, double kappa, double alpha, double overlapF1, long spansA,
                           long spansB) {
    public static final String ALL = "ALL";
    public static final String ROLE_PREFIX = "role:";
    /** The line of every role together. */
    public static final String ALL_ROLES = ROLE_PREFIX + "*";

    /** The line of role {@code name} (null: every role). */
    static AgreementRow role(String name, double f1, long argumentsA, long argumentsB) {
        return new AgreementRow(name == null ? ALL_ROLES : ROLE_PREFIX + name, f1, Double.NaN, Double.NaN, Double.NaN,
                argumentsA, argumentsB);
    }

    public boolean isRole() {
        return label.startsWith(ROLE_PREFIX);
    }

    /**
     * label, f1, kappa, alpha, overlap_f1, spans_a, spans_b as shown and written: two decimals,
     * {@code NA} when undefined; for a role line kappa, alpha and overlap_f1 are empty.
     */
    public List<String> cells() {
        boolean role = isRole();
        return List.of(label, figure(f1), role ? "" : figure(kappa), role ? "" : figure(alpha),
                role ? "" : figure(overlapF1), Long.toString(spansA), Long.toString(spansB));
    }

    /** A figure with two decimals, or {@code NA} when undefined. */
    public static String figure(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        String shown = String.format(Locale.ROOT, "%.2f", value);
        return shown.equals("-0.00") ? "0.00" : shown;
    }
}
