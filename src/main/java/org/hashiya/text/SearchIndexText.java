package org.hashiya.text;

import java.util.List;

/**
 * The normalized copy of an article that a full-text index holds, and the terms to look up in it.
 * Each stored word becomes one index key ({@link Proclitics#indexKey}): its search key with the
 * proclitics peeled off, words in text order, separated by single spaces. Keys hold only letters
 * and digits, so any tokenizer that splits on ASCII spaces reads them back exactly.
 *
 * <p>An index finds candidate articles (every article that has a match, and a few that only look
 * alike); {@link ArabicPhraseMatcher} on the stored text then gives the exact matches and their
 * stored offsets. The index never stores offsets of its own, so it can never disagree with the text.
 */
public final class SearchIndexText {
    private SearchIndexText() {
    }

    /** The normalized copy of {@code storedText}. */
    public static String of(String storedText) {
        StringBuilder copy = new StringBuilder(storedText.length());
        SearchWords.scan(storedText, (start, end, key) -> {
            if (!copy.isEmpty()) {
                copy.append(' ');
            }
            copy.append(key, Proclitics.peeled(key), key.length());
        });
        return copy.toString();
    }

    /** The index keys of the query's words, in order: a candidate holds them as a phrase. */
    public static List<String> terms(ArabicPhraseMatcher matcher) {
        return matcher.queryKeys().stream().map(Proclitics::indexKey).toList();
    }
}
