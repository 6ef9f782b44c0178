package org.hashiya.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.SpanFilter;
import picocli.CommandLine.Option;

/**
 * The selection options {@code export} and {@code spans} share; each may be repeated (values of
 * one option are alternatives, different options combine). They become one {@link SpanFilter}.
 */
final class FilterOptions {
    @Option(names = "--label", paramLabel = "ID", description = "Only spans with this label id (repeatable).")
    List<String> labels = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "Only spans whose label is of this kind: actor, event, place, time, other (repeatable).")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeatable).")
    List<Long> articles = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", description = "Only articles with this status: new, in_progress, done, reviewed (repeatable).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--relevance", paramLabel = "R", description = "Only articles judged relevant, not_relevant, or unset (repeatable).")
    List<String> relevances = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", description = "Only articles with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only spans by this annotator (repeatable).")
    List<String> annotators = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only spans created on or after this day (YYYY-MM-DD, UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only spans created on or before this day (YYYY-MM-DD, UTC).")
    String to;

    /** The filter; throws {@link IllegalArgumentException} with a one-line reason for a bad value. */
    SpanFilter toFilter() {
        List<LabelKind> kindValues = kinds.stream().map(LabelKind::fromId).toList();
        List<ArticleStatus> statusValues = new ArrayList<>();
        for (String s : statuses) {
            try {
                statusValues.add(ArticleStatus.fromId(s.strip().toLowerCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status '" + s + "' is not one of new, in_progress, done, reviewed");
            }
        }
        List<Relevance> relevanceValues = relevances.stream().map(Relevance::fromId).toList();
        return new SpanFilter(java.util.Set.copyOf(labels), java.util.Set.copyOf(kindValues),
                java.util.Set.copyOf(articles), java.util.Set.copyOf(statusValues),
                java.util.Set.copyOf(relevanceValues), java.util.Set.copyOf(tags), java.util.Set.copyOf(annotators),
                day("--from", from), day("--to", to));
    }

    private static LocalDate day(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
