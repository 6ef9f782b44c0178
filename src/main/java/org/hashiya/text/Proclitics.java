package org.hashiya.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every way a word can be written with Arabic proclitics attached, as search keys
 * ({@link SearchNormalizer}): a conjunction (و or ف), then a preposition (ب, ك or ل), then the
 * article ال, each optional and in that order. Two spellings follow Arabic orthography: ل before
 * ال is written «لل» («للتحالف» = ل + التحالف), and before a word that itself starts with ل the
 * article's ل merges too («للجنة» = ل + اللجنة, «لله» = ل + الله).
 *
 * <p>Why not Lucene's {@code ArabicStemmer}: it strips at most one prefix from a fixed list (ال وال
 * بال كال فال لل و), so «وبالتحالف» only loses its و, and it reads «للجنة» as لل + جنة; it also
 * strips suffixes, which would make different words equal. Its prefix list is contained here.
 */
final class Proclitics {
    static final String ARTICLE = "ال";
    private static final List<String> CONJUNCTIONS = List.of("", "و", "ف");
    private static final List<String> PREPOSITIONS = List.of("", "ب", "ك", "ل");
    /** A proclitic is only taken off a word of at least this many letters, as Lucene's stemmer does. */
    private static final int MIN_STEM = 2;

    private Proclitics() {
    }

    /**
     * The search keys of every written form of {@code queryKey} with proclitics attached, the bare
     * word included. A query word with the article («التحالف») finds only forms with the article
     * («وبالتحالف», «للتحالف»); a word without it («تحالف») finds forms with and without it.
     */
    static Set<String> writtenForms(String queryKey) {
        boolean withArticle = queryKey.startsWith(ARTICLE) && queryKey.length() >= ARTICLE.length() + MIN_STEM;
        String stem = withArticle ? queryKey.substring(ARTICLE.length()) : queryKey;
        Set<String> forms = new LinkedHashSet<>();
        forms.add(queryKey);
        if (stem.length() < MIN_STEM) {
            return forms;
        }
        for (String conjunction : CONJUNCTIONS) {
            for (String preposition : PREPOSITIONS) {
                if (!withArticle) {
                    forms.add(conjunction + preposition + stem);
                }
                forms.add(conjunction + withArticle(preposition, stem));
            }
        }
        return forms;
    }

    /**
     * One key for every written form of a word, for an index: the proclitic letters (و ف ب ك ل, and
     * ال) peeled off the front one at a time while at least two letters remain. Any form that
     * {@link #writtenForms} accepts for a query word peels down to the same key as the query word
     * itself («وبالتحالف», «للتحالف», «التحالف» → «تحالف»; «للجنة», «اللجنة» → «جنة»), so looking
     * the key up never misses a match. It over-reaches («كتاب» → «تاب»): the matcher decides.
     */
    static String indexKey(String key) {
        return key.substring(peeled(key));
    }

    /** How many leading characters {@link #indexKey} peels off {@code key}. */
    static int peeled(CharSequence key) {
        int from = 0;
        int length = key.length();
        while (true) {
            int rest = length - from;
            if (rest - 2 >= MIN_STEM && key.charAt(from) == 'ا' && key.charAt(from + 1) == 'ل') {
                from += 2;
            } else if (rest - 1 >= MIN_STEM && isProcliticLetter(key.charAt(from))) {
                from++;
            } else {
                return from;
            }
        }
    }

    private static boolean isProcliticLetter(char c) {
        return c == 'و' || c == 'ف' || c == 'ب' || c == 'ك' || c == 'ل';
    }

    /** The preposition, the article and the stem as Arabic writes them together. */
    private static String withArticle(String preposition, String stem) {
        if (!preposition.equals("ل")) {
            return preposition + ARTICLE + stem;
        }
        return stem.startsWith("ل") ? "ل" + stem : "لل" + stem;
    }
}
