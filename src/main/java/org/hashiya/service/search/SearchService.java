package org.hashiya.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.hashiya.store.Library;
import org.hashiya.store.SearchIndexRepository;
import org.hashiya.text.ArabicPhraseMatcher;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.PhraseMatch;
import org.hashiya.text.SearchIndexText;
import org.hashiya.text.SearchWords;
import org.hashiya.text.Sentences;

/**
 * Searches a library's articles for a word or phrase. The index narrows the articles down to
 * candidates; the matcher reads each candidate's stored text and reports exactly where the words
 * are, so every hit's offsets and text are the stored ones. Articles the index does not hold yet
 * (a library made by an older version) are found only after {@link #buildIndex}.
 */
public final class SearchService {
    /** Articles indexed per transaction while catching up: a few MB of text, a fraction of a second. */
    static final int INDEX_BATCH = 500;

    private final SearchIndexRepository index;

    public SearchService(Library library) {
        this.index = library.searchIndex();
    }

    /** False for a query with nothing to look for (blank, or only punctuation). */
    public static boolean hasWords(String query) {
        return !ArabicPhraseMatcher.compile(query).isEmpty();
    }

    /** How many articles are not in the index yet. */
    public int articlesToIndex() {
        return index.countNotIndexed();
    }

    /**
     * Indexes every article not in the index yet, one batch per transaction, reporting progress
     * after each; stops early (keeping what is done) when {@code cancelled} says so. Returns how
     * many articles it indexed.
     */
    public int buildIndex(IndexListener listener, BooleanSupplier cancelled) {
        return buildIndex(listener, cancelled, INDEX_BATCH);
    }

    /**
     * As {@link #buildIndex(IndexListener, BooleanSupplier)}, {@code batch} articles a transaction:
     * smaller batches hold the library for less time each, so a window using it meanwhile stays
     * responsive.
     */
    public int buildIndex(IndexListener listener, BooleanSupplier cancelled, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1: " + batch);
        }
        int total = index.countNotIndexed();
        int done = 0;
        while (done < total && !cancelled.getAsBoolean()) {
            int indexed = index.indexSome(batch);
            if (indexed == 0) {
                break;
            }
            done += indexed;
            listener.indexed(Math.min(done, total), total);
        }
        return done;
    }

    /**
     * Hands every hit of {@code query} to {@code onHit}, ordered by article and offset, until it
     * returns false. A query without words finds nothing.
     */
    public void search(String query, Predicate<SearchHit> onHit) {
        ArabicPhraseMatcher matcher = ArabicPhraseMatcher.compile(query);
        if (matcher.isEmpty()) {
            return;
        }
        index.forEachCandidate(SearchIndexText.terms(matcher), (articleId, text) -> {
            List<PhraseMatch> matches = matcher.findAll(text);
            if (matches.isEmpty()) {
                return true;
            }
            CodePointOffsets offsets = new CodePointOffsets(text);
            for (PhraseMatch match : matches) {
                if (!onHit.test(hit(articleId, text, offsets, match))) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Every hit of {@code query} in one article's text as given (the article open in the reading
     * pane), ordered by offset: the same matcher as a library search, without the index.
     */
    public List<SearchHit> searchText(long articleId, String text, String query) {
        ArabicPhraseMatcher matcher = ArabicPhraseMatcher.compile(query);
        if (matcher.isEmpty() || text == null) {
            return List.of();
        }
        List<PhraseMatch> matches = matcher.findAll(text);
        List<SearchHit> hits = new ArrayList<>(matches.size());
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (PhraseMatch match : matches) {
            hits.add(hit(articleId, text, offsets, match));
        }
        return hits;
    }

    /**
     * Hands every place any of {@code queries} is found to {@code onHit} (within article
     * {@code articleId} only, unless it is null), ordered by article and offset, until it returns
     * false: one index query for all of them, each candidate's text read once. Where two queries
     * find overlapping words (a name inside a longer alias) the earlier, then longer, match counts.
     */
    public void searchAny(List<String> queries, Long articleId, Predicate<SearchHit> onHit) {
        List<ArabicPhraseMatcher> matchers = queries.stream().map(ArabicPhraseMatcher::compile)
                .filter(m -> !m.isEmpty()).toList();
        if (matchers.isEmpty()) {
            return;
        }
        List<List<String>> phrases = matchers.stream().map(SearchIndexText::terms).toList();
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (ArabicPhraseMatcher matcher : matchers) {
            for (int k = 0; k < matcher.queryKeys().size(); k++) {
                forms.addAll(matcher.wordForms(k));
            }
        }
        SearchWords.Vocabulary vocabulary = new SearchWords.Vocabulary(forms);
        java.util.function.BiFunction<Long, String, List<SearchHit>> hitsOf = (id, text) -> {
            SearchWords words = SearchWords.of(text, vocabulary); // only the names' words keep their keys
            List<PhraseMatch> matches = new ArrayList<>();
            for (ArabicPhraseMatcher matcher : matchers) {
                matches.addAll(matcher.findAll(words));
            }
            if (matches.isEmpty()) {
                return List.of();
            }
            matches.sort(Comparator.comparingInt(PhraseMatch::start).thenComparing(PhraseMatch::end, Comparator.reverseOrder()));
            CodePointOffsets offsets = new CodePointOffsets(text);
            List<SearchHit> hits = new ArrayList<>();
            int covered = 0;
            for (PhraseMatch match : matches) {
                if (match.start() >= covered) {
                    covered = match.end();
                    hits.add(hit(id, text, offsets, match));
                }
            }
            return hits;
        };
        CandidateBatches batches = new CandidateBatches(hitsOf, onHit);
        if (articleId == null) {
            index.forEachCandidateOfAny(phrases, batches::add);
        } else {
            index.forEachCandidateOfAny(phrases, articleId, batches::add);
        }
        batches.finish();
    }

    /**
     * Candidates matched a batch at a time on every core (the matching of a whole library's
     * mentions is CPU work: on 2 cores it takes about half the time), their hits handed on in
     * article order; the first batches are small so that the first hits come at once.
     */
    private static final class CandidateBatches {
        private static final int FIRST = 4;
        private static final int LARGEST = 64;
        private final java.util.function.BiFunction<Long, String, List<SearchHit>> hitsOf;
        private final Predicate<SearchHit> onHit;
        private final List<Long> ids = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private int size = FIRST;
        private boolean stopped;

        CandidateBatches(java.util.function.BiFunction<Long, String, List<SearchHit>> hitsOf, Predicate<SearchHit> onHit) {
            this.hitsOf = hitsOf;
            this.onHit = onHit;
        }

        boolean add(long articleId, String text) {
            ids.add(articleId);
            texts.add(text);
            return ids.size() < size || hand();
        }

        void finish() {
            if (!stopped && !ids.isEmpty()) {
                hand();
            }
        }

        private boolean hand() {
            List<List<SearchHit>> found = ids.size() == 1 ? List.of(hitsOf.apply(ids.get(0), texts.get(0)))
                    : java.util.stream.IntStream.range(0, ids.size()).parallel()
                    .mapToObj(i -> hitsOf.apply(ids.get(i), texts.get(i))).toList();
            ids.clear();
            texts.clear();
            size = Math.min(LARGEST, size * 2);
            for (List<SearchHit> hits : found) {
                for (SearchHit hit : hits) {
                    if (!onHit.test(hit)) {
                        stopped = true;
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** The first {@code limit} hits, ordered by article and offset. */
    public List<SearchHit> search(String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        if (limit > 0) {
            search(query, hit -> {
                hits.add(hit);
                return hits.size() < limit;
            });
        }
        return hits;
    }

    private static SearchHit hit(long articleId, String text, CodePointOffsets offsets, PhraseMatch match) {
        int from = offsets.toUtf16(match.start());
        int to = offsets.toUtf16(match.end());
        int sentenceStart = Sentences.startBefore(text, from);
        String sentence = text.substring(sentenceStart, Sentences.endAfter(text, to));
        String context = sentence.strip();
        int contextStart = from - sentenceStart - (sentence.length() - sentence.stripLeading().length());
        return new SearchHit(articleId, match.start(), match.end(), text.substring(from, to), context, contextStart);
    }
}
