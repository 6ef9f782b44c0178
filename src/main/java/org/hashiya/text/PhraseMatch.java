package org.hashiya.text;

/**
 * Where a search hit lies in a stored text, in Unicode code points (as offsets that leave the
 * program are counted), {@code start} included, {@code end} excluded. It covers whole stored words,
 * their proclitics and harakat included.
 */
public record PhraseMatch(int start, int end) {
    public PhraseMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match " + start + ".." + end);
        }
    }

    /** The stored characters the match covers. */
    public String of(String text) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
