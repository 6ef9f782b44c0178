package org.hashiya.io.annotated;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hashiya.domain.Span;
import org.hashiya.text.Token;

/**
 * BIO tags for one article's tokens. A token belongs to a span when the span covers any of its
 * characters. Spans that nest or overlap are flattened by keeping the outermost: spans are taken
 * longest first (then earliest start), and a span that touches a token already taken is left out
 * whole. A kept span's first token is {@code B-LABEL}, the rest {@code I-LABEL}; other tokens are
 * {@code O}. Where tokens are split into sentences, a span that goes on across a sentence break
 * begins again with {@code B-LABEL} at the new sentence's first token ({@link #beginEachSentence}),
 * since a CoNLL sentence that starts with {@code I-} is invalid BIO.
 */
final class BioTagger {
    static final String OUTSIDE = "O";

    private BioTagger() {
    }

    /** One tag per token, in token order. Offsets of tokens and spans are both code points. */
    static String[] tags(List<Token> tokens, List<Span> spans) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, OUTSIDE);
        int[] starts = tokens.stream().mapToInt(Token::start).toArray();
        List<Span> outermostFirst = spans.stream()
                .sorted(Comparator.comparingInt(Span::length).reversed()
                        .thenComparingInt(Span::start)
                        .thenComparingLong(Span::id))
                .toList();
        for (Span span : outermostFirst) {
            int first = firstTokenEndingAfter(tokens, starts, span.start());
            int last = first;
            while (last < tokens.size() && tokens.get(last).start() < span.end()) {
                last++;
            }
            if (first == last || !allOutside(tags, first, last)) {
                continue;
            }
            tags[first] = "B-" + span.labelId();
            for (int i = first + 1; i < last; i++) {
                tags[i] = "I-" + span.labelId();
            }
        }
        return tags;
    }

    /**
     * Makes each sentence's first tag a {@code B-}: {@code tags} are {@link #tags}' for the tokens of
     * {@code sentences} in order, and an {@code I-} there is a span begun in an earlier sentence.
     */
    static String[] beginEachSentence(String[] tags, List<List<Token>> sentences) {
        int first = 0;
        for (List<Token> sentence : sentences) {
            if (!sentence.isEmpty() && tags[first].startsWith("I-")) {
                tags[first] = "B-" + tags[first].substring(2);
            }
            first += sentence.size();
        }
        return tags;
    }

    /** Index of the first token whose end lies after {@code offset} (tokens are in order, disjoint). */
    private static int firstTokenEndingAfter(List<Token> tokens, int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) {
            i = -i - 2;  // the token starting before offset, which may still cover it
        }
        i = Math.max(i, 0);
        while (i < tokens.size() && tokens.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    private static boolean allOutside(String[] tags, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tags[i].equals(OUTSIDE)) {
                return false;
            }
        }
        return true;
    }
}
