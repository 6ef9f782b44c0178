package org.hashiya.ui.stats;

/**
 * One bar of a bar chart: its category text (unique within the chart), its value, its fill
 * ({@code #rrggbb}, or empty for the chart's CSS colour) and the tooltip shown over it.
 */
public record Bar(String category, long value, String colour, String tip) {
}
