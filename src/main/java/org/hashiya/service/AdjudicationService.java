package org.hashiya.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.hashiya.domain.Article;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;

/**
 * Compares two coders' spans of an article and opens it for adjudication into a third, "gold"
 * annotator; see {@link Adjudicator}.
 */
public final class AdjudicationService {
    private final Library library;
    private final Clock clock;

    public AdjudicationService(Library library) {
        this(library, Clock.systemUTC());
    }

    public AdjudicationService(Library library, Clock clock) {
        this.library = Objects.requireNonNull(library);
        this.clock = clock;
    }

    /** The annotators with at least one span on the article, sorted. */
    public List<String> annotatorsOf(long articleId) {
        TreeSet<String> names = new TreeSet<>();
        for (Span span : library.spans().findByArticle(articleId)) {
            names.add(span.annotator());
        }
        return List.copyOf(names);
    }

    /** The article's title (for a window's title). */
    public String titleOf(long articleId) {
        return library.articles().find(articleId).map(Article::title).orElse("");
    }

    public LabelSchema schema() {
        return library.labels().schema();
    }

    /**
     * Compares coder A's and coder B's spans of the article and opens it for adjudication into
     * {@code gold}, which must differ from both coders so their codings stay untouched.
     */
    public Adjudicator open(long articleId, String coderA, String coderB, String gold) {
        String a = clean(coderA);
        String b = clean(coderB);
        String g = clean(gold);
        if (a.isEmpty() || b.isEmpty()) {
            throw new AnnotationException("Choose two coders to compare.");
        }
        if (a.equals(b)) {
            throw new AnnotationException("Choose two different coders to compare (both are " + a + ").");
        }
        if (g.isEmpty()) {
            throw new AnnotationException("Name the gold annotator the adjudicated spans are stored under.");
        }
        if (g.equals(a) || g.equals(b)) {
            throw new AnnotationException("The gold annotator must differ from both coders, so their codings stay"
                    + " untouched: choose another name than " + g + ".");
        }
        Article article = library.articles().find(articleId)
                .orElseThrow(() -> new AnnotationException("no article " + articleId + " in this library"));
        List<Span> all = library.spans().findByArticle(articleId);
        List<Span> spansA = all.stream().filter(s -> s.annotator().equals(a)).toList();
        List<Span> spansB = all.stream().filter(s -> s.annotator().equals(b)).toList();
        return new Adjudicator(library, article, a, b, g, clock, CoderComparison.compare(spansA, spansB));
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip();
    }
}
