package org.hashiya.ui.stats;

/** The charts of the statistics window, each with its title and the file name it is saved under. */
public enum ChartId {
    LABELS("Spans per label", "spans-per-label"),
    KINDS("Spans per label kind", "spans-per-kind"),
    ANNOTATORS("Spans per annotator", "spans-per-annotator"),
    STATUSES("Articles per status", "articles-per-status"),
    SPANS_PER_ARTICLE("Articles by number of spans", "spans-per-article"),
    ACTIVITY("Spans created per day (UTC), per annotator", "activity-per-day");

    private final String title;
    private final String fileName;

    ChartId(String title, String fileName) {
        this.title = title;
        this.fileName = fileName;
    }

    public String title() {
        return title;
    }

    /** A file name without extension, e.g. {@code spans-per-label}. */
    public String fileName() {
        return fileName;
    }
}
