package org.hashiya.text;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A search key for Arabic: alef variants, alef maksura, teh marbuta folded, tatweel and harakat
 * removed (Lucene's ArabicNormalizer), Latin lowercased. Only ever applied to a copy: stored text
 * is never normalized.
 */
public final class SearchNormalizer {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    private SearchNormalizer() {
    }

    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        int length = ARABIC.normalize(chars, chars.length);
        return new String(chars, 0, length).toLowerCase(Locale.ROOT);
    }
}
