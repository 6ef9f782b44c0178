package org.hashiya.ui.annotate;

import org.hashiya.domain.Span;

/** One line of the span list: the span with its label's name and "#rrggbb" colour looked up once. */
public record SpanRow(Span span, String labelName, String colour) {
}
