package org.hashiya.text;

/**
 * The sentence around a span, for export's {@code context} column: from just after the previous
 * sentence break ({@link Sentences}) to the next one, at most {@link #MAX_AROUND} code points
 * either side of the span, whitespace at both ends left out. Offsets are code points, end
 * exclusive, as everywhere outside the program.
 */
public final class SpanContext {
    /** How far the context reaches beyond the span on either side, in code points. */
    public static final int MAX_AROUND = 100;

    private final String text;
    private final CodePointOffsets offsets;
    private final SentenceBreaks breaks;

    public SpanContext(String text) {
        this.text = text;
        this.offsets = new CodePointOffsets(text);
        this.breaks = new SentenceBreaks(text);
    }

    /** The context of the span [start, end); "" when the span lies outside the text. */
    public String around(int start, int end) {
        TextRange bounds = bounds(start, end);
        return bounds == null ? "" : bounds.of(text);
    }

    /** {@link #around} read in place: a slice of the text, no copy (export writes a million of these). */
    public CharSequence slice(int start, int end) {
        TextRange bounds = bounds(start, end);
        return bounds == null ? "" : new TextSlice(text, bounds.start(), bounds.end());
    }

    /**
     * Where {@link #around} cuts the text, as UTF-16 indices [start, end) into it; null when the
     * span lies outside the text. The span itself is {@link #spanBounds} inside it.
     */
    public TextRange bounds(int start, int end) {
        int length = offsets.codePointLength();
        if (start < 0 || start >= length || end <= start) {
            return null;
        }
        int last = Math.min(end, length);
        // look for the sentence's ends no further than the context may reach
        int floor16 = offsets.toUtf16(Math.max(0, start - MAX_AROUND));
        int ceiling16 = offsets.toUtf16(Math.min(length, last + MAX_AROUND));
        int from16 = breaks.startBefore(offsets.toUtf16(start), floor16);
        int to16 = breaks.endAfter(offsets.toUtf16(last), ceiling16);
        while (from16 < to16 && Character.isWhitespace(text.charAt(from16))) {
            from16++;
        }
        while (to16 > from16 && Character.isWhitespace(text.charAt(to16 - 1))) {
            to16--;
        }
        return new TextRange(from16, to16);
    }

    /** The span [start, end) as UTF-16 indices into the text, cut at its end; null when outside it. */
    public TextRange spanBounds(int start, int end) {
        int length = offsets.codePointLength();
        if (start < 0 || start >= length || end <= start) {
            return null;
        }
        return new TextRange(offsets.toUtf16(start), offsets.toUtf16(Math.min(end, length)));
    }
}
