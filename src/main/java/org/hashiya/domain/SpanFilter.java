package org.hashiya.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which spans and articles a researcher wants: the one selection shared by the command line, the
 * workbench and export. Conditions of different kinds combine (AND); the values of one kind are
 * alternatives (OR). An empty set or a null date means "no condition".
 *
 * <p>Article conditions ({@code articles}, {@code statuses}, {@code relevances}, {@code tags})
 * choose articles. Span conditions ({@code labels}, {@code kinds}, {@code annotators},
 * {@code from}/{@code to} on the day a span was created, in UTC, both inclusive) choose spans;
 * when any span condition is set, only articles with at least one chosen span are chosen.
 */
public record SpanFilter(Set<String> labels, Set<LabelKind> kinds, Set<Long> articles,
                         Set<ArticleStatus> statuses, Set<Relevance> relevances, Set<String> tags,
                         Set<String> annotators, LocalDate from, LocalDate to) {

    /** Everything in the library. */
    public static final SpanFilter ALL = new SpanFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null);

    public SpanFilter {
        labels = copy(labels);
        kinds = copy(kinds);
        articles = copy(articles);
        statuses = copy(statuses);
        relevances = copy(relevances);
        tags = copy(tags);
        annotators = copy(annotators);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private static <T> Set<T> copy(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(values));
    }

    /** True when some condition on spans (label, kind, annotator, date) is set. */
    public boolean hasSpanConditions() {
        return !labels.isEmpty() || !kinds.isEmpty() || !annotators.isEmpty() || from != null || to != null;
    }

    /** True when nothing is filtered out. */
    public boolean isEverything() {
        return !hasSpanConditions() && articles.isEmpty() && statuses.isEmpty() && relevances.isEmpty()
                && tags.isEmpty();
    }

    public SpanFilter withLabels(Collection<String> newLabels) {
        return new SpanFilter(Set.copyOf(newLabels), kinds, articles, statuses, relevances, tags, annotators, from, to);
    }

    public SpanFilter withKinds(Collection<LabelKind> newKinds) {
        return new SpanFilter(labels, Set.copyOf(newKinds), articles, statuses, relevances, tags, annotators, from, to);
    }

    public SpanFilter withArticles(Collection<Long> newArticles) {
        return new SpanFilter(labels, kinds, Set.copyOf(newArticles), statuses, relevances, tags, annotators, from, to);
    }

    public SpanFilter withStatuses(Collection<ArticleStatus> newStatuses) {
        return new SpanFilter(labels, kinds, articles, Set.copyOf(newStatuses), relevances, tags, annotators, from, to);
    }

    public SpanFilter withRelevances(Collection<Relevance> newRelevances) {
        return new SpanFilter(labels, kinds, articles, statuses, Set.copyOf(newRelevances), tags, annotators, from, to);
    }

    public SpanFilter withTags(Collection<String> newTags) {
        return new SpanFilter(labels, kinds, articles, statuses, relevances, Set.copyOf(newTags), annotators, from, to);
    }

    public SpanFilter withAnnotators(Collection<String> newAnnotators) {
        return new SpanFilter(labels, kinds, articles, statuses, relevances, tags, Set.copyOf(newAnnotators), from, to);
    }

    public SpanFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new SpanFilter(labels, kinds, articles, statuses, relevances, tags, annotators, newFrom, newTo);
    }
}
