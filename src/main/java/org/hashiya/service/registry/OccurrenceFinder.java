package org.hashiya.service.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;

/**
 * "Annotate all occurrences": finds every mention of a registry entry's name and aliases in one
 * article or the whole library and proposes spans; accepting makes them spans of the entry's label
 * linked to the entry, as one undoable step of the registry.
 *
 * <p>Matching is {@code text.ArabicPhraseMatcher}, as search does: «التحالف» finds «وبالتحالف» and
 * «للتحالف» (the proposal covering the whole stored word), never the inside of another word. The
 * search index narrows the library down to the articles holding any of the names, in one query.
 * Mentions already linked to this entry by a span of its label are not proposed again.
 */
public final class OccurrenceFinder {
    private final Library library;
    private final SearchService search;
    private final RegistryService registry;

    public OccurrenceFinder(Library library, RegistryService registry) {
        this.library = library;
        this.search = new SearchService(library);
        this.registry = registry;
    }

    public SearchService search() {
        return search;
    }

    /** The registry whose undo history accepting adds to. */
    public RegistryService registry() {
        return registry;
    }

    /**
     * Hands each proposal for {@code entry} to {@code onProposal} (in {@code articleId} only unless
     * null), ordered by article and offset, until it returns false.
     */
    public void find(RegistryEntry entry, Long articleId, Predicate<Occurrence> onProposal) {
        if (articleId != null && library.articles().find(articleId).isEmpty()) {
            throw new AnnotationException("no article " + articleId + " in " + library.file());
        }
        String label = registry.labelFor(entry);
        ArticleSpans spans = new ArticleSpans();
        search.searchAny(entry.namesToMatch(), articleId, hit -> {
            Span same = spans.sameRange(hit.articleId(), label, hit.start(), hit.end());
            if (same != null && spans.links.getOrDefault(same.id(), 0L) == entry.id()) {
                return true; // already annotated and linked
            }
            return onProposal.test(new Occurrence(hit, same == null ? 0 : same.id()));
        });
    }

    /** Every proposal for {@code entry}, in article order. */
    public List<Occurrence> find(RegistryEntry entry, Long articleId) {
        List<Occurrence> all = new ArrayList<>();
        find(entry, articleId, all::add);
        return all;
    }

    /** What accepting did: spans made, spans that existed and were linked. */
    public record Accepted(int created, int linked) {
    }

    /**
     * Makes each proposal a span of the entry's label by {@code annotator} linked to the entry (an
     * existing span of that label on the same characters is linked instead), as one undo step.
     */
    public Accepted accept(RegistryEntry entry, List<Occurrence> proposals, String annotator, Clock clock) {
        String label = registry.labelFor(entry);
        if (library.labels().schema().byId(label).isEmpty()) {
            throw new AnnotationException("label " + label + " is not in the schema");
        }
        List<NewSpan> toMake = new ArrayList<>();
        List<Long> toLink = new ArrayList<>();
        List<RegistryEdit.LinkChange> links = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        ArticleSpans spans = new ArticleSpans();
        for (Occurrence proposal : proposals) {
            if (!seen.add(proposal.articleId() + ":" + proposal.start() + ":" + proposal.end())) {
                continue; // the same characters proposed twice make one span
            }
            Span span = spans.sameRange(proposal.articleId(), label, proposal.start(), proposal.end());
            if (span == null) {
                toMake.add(new NewSpan(proposal.articleId(), label, proposal.start(), proposal.end(),
                        proposal.hit().matchedText(), annotator, "", clock.instant()));
                continue;
            }
            Optional<Long> before = Optional.ofNullable(spans.links.get(span.id()));
            if (before.isEmpty() || before.get() != entry.id()) {
                toLink.add(span.id());
                links.add(new RegistryEdit.LinkChange(span.id(), before, Optional.of(entry.id())));
            }
        }
        List<Span> made;
        try {
            made = library.registry().addLinkedSpans(toMake, toLink, entry.id());
        } catch (org.hashiya.store.LibraryException e) {
            throw new AnnotationException(e.getMessage());
        }
        for (Span span : made) {
            links.add(new RegistryEdit.LinkChange(span.id(), Optional.empty(), Optional.of(entry.id())));
        }
        registry.recordAccepted("annotate " + proposals.size() + " occurrences of «" + entry.name() + "»", made, links);
        return new Accepted(made.size(), toLink.size());
    }

    /** Spans and links of the articles met, read once per article. */
    private final class ArticleSpans {
        private final Map<Long, List<Span>> byArticle = new HashMap<>();
        final Map<Long, Long> links = new HashMap<>();

        Span sameRange(long articleId, String label, int start, int end) {
            List<Span> spans = byArticle.computeIfAbsent(articleId, id -> {
                links.putAll(library.registry().linksOfArticle(id));
                return new ArrayList<>(library.spans().findByArticle(id));
            });
            for (Span s : spans) {
                if (s.start() == start && s.end() == end && s.labelId().equals(label)) {
                    return s;
                }
            }
            return null;
        }
    }
}
