package org.hashiya.service.export;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an export wrote: {@code rows} (spans for spans-csv, articles for articles-csv, JSONL and
 * brat, tokens for CoNLL, event arguments for events-csv, articles and coders for article-codings-csv), {@code articles} and {@code spans} written, the target and the time it
 * took. A cancelled export wrote nothing at the target.
 */
public record ExportReport(ExportFormat format, long rows, long articles, long spans, Path target, Duration took,
                           boolean cancelled) {

    /** One line for a person: "Wrote 1,234 spans of 56 articles to /x/spans.csv in 0.4 s". */
    public String summary() {
        if (cancelled) {
            return "Export cancelled: nothing written to " + target;
        }
        String what = switch (format) {
            case SPANS_CSV -> plural(rows, "span", "spans") + " of " + plural(articles, "article", "articles");
            case CONLL -> plural(rows, "token", "tokens") + " of " + plural(articles, "article", "articles");
            case ARTICLE_CODINGS_CSV -> plural(rows, "row", "rows") + " of article codings from "
                    + plural(articles, "article", "articles");
            case EVENTS_CSV -> plural(rows, "row", "rows") + " of events and their roles from "
                    + plural(articles, "article", "articles");
            default -> plural(articles, "article", "articles") + " with " + plural(spans, "span", "spans");
        };
        return String.format(java.util.Locale.ROOT, "Wrote %s (%s) to %s in %.1f s", what, format.id(), target,
                took.toMillis() / 1000.0);
    }

    private static String plural(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
