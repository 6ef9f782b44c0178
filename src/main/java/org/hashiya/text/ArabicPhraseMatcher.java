package org.hashiya.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a word or phrase in Arabic text the way a reader means it, for the review search,
 * {@code hashiya search} and "annotate all occurrences".
 *
 * <ul>
 *   <li>Spelling is compared through {@link SearchNormalizer}: diacritics and tatweel ignored; alef
 *       forms, ى/ي, ة/ه, Persian letters and digits folded.</li>
 *   <li>A text word matches a query word if it is the query word with proclitics attached
 *       ({@link Proclitics}): «التحالف» finds «وبالتحالف» and «للتحالف». Never a word that merely
 *       contains the query: «علم» finds «والعلم» but not «العلماء» nor «معلم».</li>
 *   <li>Several query words are a phrase: consecutive text words, each matched as above, with only
 *       spaces or punctuation between them and no line break.</li>
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ArabicPhraseMatcher {
    private final List<String> queryKeys;
    private final List<Set<String>> forms;

    private ArabicPhraseMatcher(List<String> queryKeys) {
        this.queryKeys = List.copyOf(queryKeys);
        this.forms = queryKeys.stream().map(Proclitics::writtenForms).toList();
    }

    /** A matcher for the words of {@code query}; punctuation in the query is ignored. */
    public static ArabicPhraseMatcher compile(String query) {
        return new ArabicPhraseMatcher(SearchWords.of(query).words().stream().map(SearchWords.Word::key).toList());
    }

    /** True if the query has no word at all (blank, or only punctuation): it matches nothing. */
    public boolean isEmpty() {
        return queryKeys.isEmpty();
    }

    /** The query's words as search keys, in order. */
    public List<String> queryKeys() {
        return queryKeys;
    }

    /**
     * Every search key a text word may have to match query word {@code index}: the word itself and
     * its forms with proclitics. An index can look these up to find candidate texts.
     */
    public Set<String> wordForms(int index) {
        return forms.get(index);
    }

    /** Every match in {@code text}, in text order, never overlapping. */
    public List<PhraseMatch> findAll(String text) {
        return findAll(SearchWords.of(text));
    }

    /** Every match in an already cut text, in text order, never overlapping. */
    public List<PhraseMatch> findAll(SearchWords text) {
        List<PhraseMatch> matches = new ArrayList<>();
        if (isEmpty()) {
            return matches;
        }
        List<SearchWords.Word> words = text.words();
        CodePointOffsets offsets = null;
        int last = words.size() - queryKeys.size();
        for (int i = 0; i <= last; i++) {
            if (matchesAt(text, i)) {
                if (offsets == null) {
                    offsets = new CodePointOffsets(text.text());
                }
                int end = i + queryKeys.size() - 1;
                matches.add(new PhraseMatch(offsets.toCodePoint(words.get(i).start()),
                        offsets.toCodePoint(words.get(end).end())));
                i = end;
            }
        }
        return matches;
    }

    private boolean matchesAt(SearchWords text, int first) {
        for (int k = 0; k < queryKeys.size(); k++) {
            if (!forms.get(k).contains(text.words().get(first + k).key())) {
                return false;
            }
            if (k > 0 && text.lineBreakBetween(first + k - 1, first + k)) {
                return false;
            }
        }
        return true;
    }
}
