package org.hashiya.service.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.Library;

/**
 * Agreement between named coders, over the articles every one of them annotated (has at least one
 * span on), pooled: every figure counts all spans, or all tokens, of those articles together.
 *
 * <ul>
 * <li>Exact-span F1: spans match when article, start, end and label are equal (each matched at most
 * once); F1 = 2 * matches / (spans of A + spans of B).
 * <li>Overlap F1: spans match when they share a character and a label; the matches are a maximum
 * matching (each span matched at most once).
 * <li>Tokens: maximal runs of letters, marks and numbers ({@code Tokenizer.wordRuns}). A token's
 * category for a coder is the label of the shortest of their spans that contains the whole token
 * (ties: the span that starts first, then the smallest label id), or {@code O}.
 * <li>Cohen's kappa over the tokens' categories (two coders); Krippendorff's alpha, nominal, all
 * coders at once. Per label, both are of the binary judgement "the token's category is the label".
 * </ul>
 * With more than two coders, F1 and kappa are means over the pairs (pairs for which a figure is
 * undefined, e.g. neither coder used the label, are left out of the mean).
 *
 * <p>Role agreement, when the coders filled event roles on those articles: an event belongs to the
 * coder of its trigger span; two coders' arguments match when the role, the trigger span (article,
 * start, end, label) and the filler span (article, start, end, label) are equal, each matched at
 * most once; F1 = 2 * matches / (arguments of A + arguments of B), pooled, mean over pairs. One
 * line per role ({@code role:NAME}, sorted) and {@code role:*} for all roles, after the label lines
 * and before {@code ALL}.
 */
public final class AgreementService {
    private final Library library;

    public AgreementService(Library library) {
        this.library = library;
    }

    /**
     * Agreement of {@code coders} (two or more, distinct) on {@code articles} (empty: all articles).
     * Throws IllegalArgumentException naming the problem when fewer than two coders are given.
     */
    public AgreementReport measure(List<String> coders, Collection<Long> articles) {
        List<String> names = List.copyOf(new LinkedHashSet<>(coders));
        if (names.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two different coders; given: "
                    + String.join(", ", coders));
        }
        AgreementCounts pooled = new AgreementCounts(names.size());
        RoleCounts roles = new RoleCounts(names.size());
        Map<Long, List<Event>> events = eventsByArticle(); // one read, not one per article
        List<AgreementReport.ArticleAgreement> perArticle = new ArrayList<>();
        SpanFilter filter = SpanFilter.ALL.withAnnotators(names).withArticles(articles);
        library.selection().forEachArticle(filter, article -> {
            List<List<Span>> byCoder = byCoder(article, names);
            if (byCoder.stream().anyMatch(List::isEmpty)) {
                return; // not every coder annotated it
            }
            String text = article.article().text();
            AgreementCounts own = new AgreementCounts(names.size());
            own.add(text, byCoder);
            pooled.addAll(own); // counted once: its tokens and matches pooled from its own counts
            List<Event> eventsHere = events.get(article.article().id());
            if (eventsHere != null) {
                roles.add(arguments(article, eventsHere, names));
            }
            perArticle.add(new AgreementReport.ArticleAgreement(article.article().id(),
                    article.article().metadata().title(), own.tokens(), row(own, null)));
        });
        List<AgreementRow> rows = new ArrayList<>();
        for (String label : pooled.labels()) {
            rows.add(row(pooled, label));
        }
        if (!roles.roles().isEmpty()) {
            for (String role : roles.roles()) {
                rows.add(AgreementRow.role(role, roles.f1(role), roles.arguments(role, 0), roles.arguments(role, 1)));
            }
            rows.add(AgreementRow.role(null, roles.f1(null), roles.arguments(null, 0), roles.arguments(null, 1)));
        }
        rows.add(row(pooled, null));
        return new AgreementReport(names, perArticle.size(), pooled.tokens(), rows, perArticle);
    }

    private static List<List<Span>> byCoder(AnnotatedArticle article, List<String> names) {
        List<List<Span>> byCoder = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            byCoder.add(new ArrayList<>());
        }
        for (Span s : article.spans()) {
            int coder = names.indexOf(s.annotator());
            if (coder >= 0) {
                byCoder.get(coder).add(s);
            }
        }
        return byCoder;
    }

    /**
     * Each coder's event arguments on the article: the events whose trigger is one of the coder's
     * spans there, with their fillers (found among the coders' spans, else in the library).
     */
    private Map<Long, List<Event>> eventsByArticle() {
        Map<Long, List<Event>> byArticle = new HashMap<>();
        if (library.events().count() > 0) {
            library.events().forEach(e -> byArticle.computeIfAbsent(e.articleId(), k -> new ArrayList<>()).add(e));
        }
        return byArticle;
    }

    private List<List<RoleCounts.Argument>> arguments(AnnotatedArticle article, List<Event> events, List<String> names) {
        Map<Long, Span> spans = new HashMap<>();
        article.spans().forEach(s -> spans.put(s.id(), s));
        List<List<RoleCounts.Argument>> byCoder = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            byCoder.add(new ArrayList<>());
        }
        for (Event event : events) {
            Span trigger = spans.get(event.triggerSpanId());
            if (trigger == null) {
                continue; // another annotator's event
            }
            for (EventArgument argument : event.arguments()) {
                Span filler = spans.get(argument.fillerSpanId());
                if (filler == null) {
                    filler = library.spans().find(argument.fillerSpanId()).orElse(null);
                }
                if (filler != null) {
                    byCoder.get(names.indexOf(trigger.annotator())).add(RoleCounts.Argument.of(argument.role(), trigger, filler));
                }
            }
        }
        return byCoder;
    }

    private static AgreementRow row(AgreementCounts counts, String label) {
        return new AgreementRow(label == null ? AgreementRow.ALL : label, counts.exactF1(label), counts.kappa(label),
                counts.alpha(label), counts.overlapF1(label), counts.spans(label, 0), counts.spans(label, 1));
    }
}
