package org.hashiya.service.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes a labeled set leaves the program in; {@link #id()} is what the command line names. */
public enum ExportFormat {
    SPANS_CSV("spans-csv", "one row per span (CSV)", false, "csv"),
    ARTICLES_CSV("articles-csv", "one row per article (CSV)", false, "csv"),
    ARTICLE_CODINGS_CSV("article-codings-csv", "one row per article and coder: status, relevance, tags, note (CSV)",
            false, "csv"),
    EVENTS_CSV("events-csv", "one row per event role filler, tidy long form (CSV)", false, "csv"),
    JSONL("jsonl", "one article per line, doccano-compatible (JSONL)", false, "jsonl"),
    BRAT("brat", "a brat standoff folder (.txt + .ann)", true, ""),
    CONLL("conll", "token-level BIO tags, CoNLL-2003 columns", false, "conll");

    private final String id;
    private final String description;
    private final boolean folder;
    private final String extension;

    ExportFormat(String id, String description, boolean folder, String extension) {
        this.id = id;
        this.description = description;
        this.folder = folder;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** True when the export is a folder of files rather than one file. */
    public boolean writesFolder() {
        return folder;
    }

    /** The usual file name extension without its dot ("" for a folder). */
    public String extension() {
        return extension;
    }

    /** True when each row is an event argument (the count is of events). */
    public boolean rowsAreEvents() {
        return this == EVENTS_CSV;
    }

    /** True when each row is a span (the count and preview are of spans, not articles). */
    public boolean rowsAreSpans() {
        return this == SPANS_CSV;
    }

    /** True when each row is one coder's annotation of an article (yours, and those merges brought in). */
    public boolean rowsAreCodings() {
        return this == ARTICLE_CODINGS_CSV;
    }

    /** True for the CSV formats, where the Excel option applies. */
    public boolean isCsv() {
        return this == SPANS_CSV || this == ARTICLES_CSV || this == ARTICLE_CODINGS_CSV || this == EVENTS_CSV;
    }

    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("format '" + id + "' is not one of "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
