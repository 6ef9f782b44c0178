package org.hashiya.ui.compare;

import org.hashiya.service.ComparisonKind;

/**
 * One disagreement as the side list shows it: its kind, what each coder said there (label names),
 * the text of the place on one line, and whether and how it is settled. {@code item} is its index
 * among the comparison's items; {@code utf16Start}/{@code utf16End} its place in the text shown.
 */
public record DisagreementRow(int item, ComparisonKind kind, String coderA, String coderB, String text,
                              boolean settled, String outcome, int utf16Start, int utf16End) {
}
