package org.hashiya.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;

/**
 * Spans at the density researchers make them: a span of one to four words about every 8-15 words
 * (or spread to an asked-for count), labels drawn from the schema's active labels, and about one
 * span in eight accompanied by a second one nested inside it or overlapping its end. Spans of
 * article {@code id} depend only on the seed, the id and the text, so a checker can regenerate them.
 */
public final class SpanGenerator {
    public static final String ANNOTATOR = "bench";
    private static final Instant CREATED_AT = Instant.parse("2026-01-02T00:00:00Z");

    private final long seed;
    private final List<String> labelIds;

    public SpanGenerator(long seed, LabelSchema schema) {
        this.seed = seed;
        this.labelIds = schema.active().stream().map(SpanLabel::id).toList();
        if (labelIds.isEmpty()) {
            throw new IllegalArgumentException("the schema has no active labels to annotate with");
        }
    }

    /** Spans at the natural density: one started every 8-15 words. */
    public List<NewSpan> spans(long articleId, String text) {
        return generate(articleId, text, 8, 15, Integer.MAX_VALUE);
    }

    /** Exactly {@code count} spans spread evenly over the text (gaps vary ±30%), or fewer if the text has too few words. */
    public List<NewSpan> spans(long articleId, String text, int count) {
        int words = words(text.codePoints().toArray()).size() / 2;
        List<NewSpan> spans = List.of();
        // the gap that spreads them over the whole text, narrowed until the count is reached
        for (double gap = (double) words / Math.max(1, count); spans.size() < count && gap >= 1; gap *= 0.9) {
            int min = Math.max(1, (int) Math.floor(gap * 0.7));
            int max = Math.max(min, (int) Math.ceil(gap * 1.3));
            spans = generate(articleId, text, min, max, count);
        }
        return spans;
    }

    private List<NewSpan> generate(long articleId, String text, int minGap, int maxGap, int limit) {
        Random random = new Random(seed * 31 + articleId);
        int[] cps = text.codePoints().toArray();
        List<Integer> w = words(cps); // start0, end0, start1, end1, ... in code points
        int n = w.size() / 2;
        List<NewSpan> spans = new ArrayList<>();
        int word = random.nextInt(minGap);
        while (word < n && spans.size() < limit) {
            int length = 1 + random.nextInt(Math.min(4, n - word));
            int last = word + length - 1;
            spans.add(span(articleId, cps, w.get(2 * word), w.get(2 * last + 1), random));
            if (random.nextInt(8) == 0 && spans.size() < limit) {
                if (length > 1) { // nested: one word inside, another label (an actor inside an event)
                    int inner = word + random.nextInt(length);
                    spans.add(span(articleId, cps, w.get(2 * inner), w.get(2 * inner + 1), random));
                } else if (last + 2 < n) { // overlapping: from this word to two words past it
                    spans.add(span(articleId, cps, w.get(2 * word), w.get(2 * (last + 2) + 1), random));
                }
            }
            word += minGap + random.nextInt(maxGap - minGap + 1);
        }
        return spans;
    }

    private NewSpan span(long articleId, int[] cps, int start, int end, Random random) {
        String label = labelIds.get(random.nextInt(labelIds.size()));
        return new NewSpan(articleId, label, start, end, new String(cps, start, end - start), ANNOTATOR, "", CREATED_AT);
    }

    /** Word boundaries (runs of non-whitespace) in code points: start, end, start, end, ... */
    private static List<Integer> words(int[] cps) {
        List<Integer> bounds = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean space = i == cps.length || Character.isWhitespace(cps[i]);
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                bounds.add(start);
                bounds.add(i);
                start = -1;
            }
        }
        return bounds;
    }
}
