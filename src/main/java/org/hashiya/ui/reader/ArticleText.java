package org.hashiya.ui.reader;

import java.util.Arrays;

/**
 * An article's stored text (each {@code \n}-separated line a paragraph) and the display document the
 * area shows, with the maps between them. The pane's API speaks stored offsets; the area speaks
 * display offsets. The display document differs from the stored text in two ways, both display-only:
 * <ul>
 * <li>A long paragraph is cut into chunks (display paragraphs) of a few hundred words, at a sentence
 * end where there is one, so the area lays out and virtualizes one chunk at a time instead of a
 * whole 1,000-word paragraph. Chunks are joined by {@code \n} in the display document.
 * <li>A chunk whose first strong letter disagrees with its paragraph's direction (an Arabic paragraph
 * opening with «CNN:» or a Latin name) starts with a mark, RLM or LRM. JavaFX takes a text flow's
 * base direction from its first strong letter; the mark makes it the paragraph's direction, so the
 * chunk wraps and reads like any other paragraph of its direction and {@code rangeShape}/hit tests
 * stay right (forcing the flow's node orientation instead mirrors them; see
 * shared/notes/rtl-in-javafx.md).
 * </ul>
 * The stored text is never changed.
 */
final class ArticleText {
    static final char RLM = '\u200F';
    static final char LRM = '\u200E';
    /** A paragraph longer than this many words is cut into chunks. */
    static final int MAX_CHUNK_WORDS = 300;
    /** A chunk ends at the first sentence end after this many words... */
    static final int MIN_CHUNK_WORDS = 150;
    /** ...or, with no sentence end by {@link #MAX_CHUNK_WORDS}, after this many. */
    static final int PLAIN_CHUNK_WORDS = 250;

    private final String text;
    private final int[] starts;
    private final boolean[] rightToLeft;
    // per chunk (display paragraph)
    private final int[] chunkStart;      // stored offset of its first character
    private final int[] chunkEnd;        // stored offset after its last character
    private final int[] chunkParagraph;  // stored paragraph it belongs to
    private final char[] chunkMark;      // RLM, LRM, or 0 for none
    private final int[] chunkDisplayStart;
    private final int[] firstChunk;      // per stored paragraph
    private final int displayLength;

    ArticleText(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int p = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[p++] = i + 1;
            }
        }
        rightToLeft = new boolean[count];
        firstChunk = new int[count];
        IntList cs = new IntList(count);
        IntList cp = new IntList(count);
        for (p = 0; p < count; p++) {
            rightToLeft[p] = decideRightToLeft(paragraphStart(p), paragraphEnd(p));
            firstChunk[p] = cs.size();
            cutIntoChunks(p, cs, cp);
        }
        int chunks = cs.size();
        chunkStart = cs.toArray();
        chunkParagraph = cp.toArray();
        chunkEnd = new int[chunks];
        chunkMark = new char[chunks];
        chunkDisplayStart = new int[chunks];
        int display = 0;
        for (int k = 0; k < chunks; k++) {
            boolean last = k + 1 == chunks || chunkParagraph[k + 1] != chunkParagraph[k];
            chunkEnd[k] = last ? paragraphEnd(chunkParagraph[k]) : chunkStart[k + 1];
            chunkMark[k] = markFor(rightToLeft[chunkParagraph[k]], firstStrong(chunkStart[k], chunkEnd[k]));
            chunkDisplayStart[k] = display;
            display += displayLength(k) + 1;
        }
        displayLength = display - 1;
    }

    // ---- stored text ----------------------------------------------------------------------------

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    int paragraphCount() {
        return starts.length;
    }

    int paragraphStart(int paragraph) {
        return starts[paragraph];
    }

    /** End of the paragraph's text, before its {@code \n}. */
    int paragraphEnd(int paragraph) {
        return paragraph + 1 < starts.length ? starts[paragraph + 1] - 1 : text.length();
    }

    String paragraph(int paragraph) {
        return text.substring(paragraphStart(paragraph), paragraphEnd(paragraph));
    }

    /** The paragraph holding the offset; an offset on a {@code \n} belongs to the paragraph it ends. */
    int paragraphOf(int offset) {
        checkStored(offset);
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Whether the paragraph reads right to left: it has at least as many right-to-left letters as
     * left-to-right ones, whichever comes first (so «CNN: أشارت ...» is RTL, and an English sentence
     * that opens with an Arabic name is LTR). A paragraph with no letters at all counts as RTL, this
     * being an Arabic reader. JavaFX alone would go by the first strong letter.
     */
    boolean isRightToLeft(int paragraph) {
        return rightToLeft[paragraph];
    }

    // ---- display document -----------------------------------------------------------------------

    /** Number of display paragraphs (chunks). */
    int chunkCount() {
        return chunkStart.length;
    }

    int displayLength() {
        return displayLength;
    }

    /** The chunk's text as the area shows it: its mark, if any, then its stored text. */
    String chunkDisplayText(int chunk) {
        String stored = text.substring(chunkStart[chunk], chunkEnd[chunk]);
        return chunkMark[chunk] == 0 ? stored : chunkMark[chunk] + stored;
    }

    int chunkDisplayStart(int chunk) {
        return chunkDisplayStart[chunk];
    }

    /** Display length of the chunk, without the {@code \n} after it. */
    int displayLength(int chunk) {
        return chunkEnd[chunk] - chunkStart[chunk] + (chunkMark[chunk] == 0 ? 0 : 1);
    }

    /** The stored offset column 0 of the chunk's display text stands for: one before its start when a mark leads it. */
    int columnZero(int chunk) {
        return chunkStart[chunk] - (chunkMark[chunk] == 0 ? 0 : 1);
    }

    int chunkStoredStart(int chunk) {
        return chunkStart[chunk];
    }

    int chunkStoredEnd(int chunk) {
        return chunkEnd[chunk];
    }

    /** The stored paragraph a chunk is part of. */
    int paragraphOfChunk(int chunk) {
        return chunkParagraph[chunk];
    }

    int firstChunkOf(int paragraph) {
        return firstChunk[paragraph];
    }

    /** Whether the chunk is the last of its paragraph (only those get the space between paragraphs). */
    boolean endsParagraph(int chunk) {
        return chunk + 1 == chunkStart.length || chunkParagraph[chunk + 1] != chunkParagraph[chunk];
    }

    boolean chunkIsRightToLeft(int chunk) {
        return rightToLeft[chunkParagraph[chunk]];
    }

    /**
     * The chunk holding a stored offset: the one it starts or lies inside; the end of a paragraph
     * (its {@code \n}) belongs to the paragraph's last chunk.
     */
    int chunkOf(int stored) {
        checkStored(stored);
        int i = Arrays.binarySearch(chunkStart, stored);
        if (i >= 0) {
            // an empty paragraph's chunk shares its start with nothing else; take the last equal one
            while (i + 1 < chunkStart.length && chunkStart[i + 1] == stored) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** The chunk holding a display offset; the {@code \n} after a chunk belongs to that chunk. */
    int chunkOfDisplay(int display) {
        checkDisplay(display);
        int i = Arrays.binarySearch(chunkDisplayStart, display);
        return i >= 0 ? i : -i - 2;
    }

    /** Stored offset to display offset (after a chunk's mark). */
    int toDisplay(int stored) {
        int k = chunkOf(stored);
        return chunkDisplayStart[k] + (chunkMark[k] == 0 ? 0 : 1) + stored - chunkStart[k];
    }

    /** Display offset to stored offset; a position before a mark maps to the chunk start. */
    int toStored(int display) {
        int k = chunkOfDisplay(display);
        int column = display - chunkDisplayStart[k] - (chunkMark[k] == 0 ? 0 : 1);
        return chunkStart[k] + Math.max(0, Math.min(chunkEnd[k] - chunkStart[k], column));
    }

    // ---- building -------------------------------------------------------------------------------

    private boolean decideRightToLeft(int from, int to) {
        int balance = 0; // right-to-left letters minus left-to-right ones
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (isRtl(d)) {
                balance++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                balance--;
            }
            i += Character.charCount(cp);
        }
        return balance >= 0;
    }

    /** Directionality of the first strong letter in [from, to), or DIRECTIONALITY_UNDEFINED if none. */
    private byte firstStrong(int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (isRtl(d)) {
                return Character.DIRECTIONALITY_RIGHT_TO_LEFT;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return d;
            }
            i += Character.charCount(cp);
        }
        return Character.DIRECTIONALITY_UNDEFINED;
    }

    private static boolean isRtl(byte d) {
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static char markFor(boolean paragraphRtl, byte chunkFirstStrong) {
        if (paragraphRtl) {
            return chunkFirstStrong == Character.DIRECTIONALITY_RIGHT_TO_LEFT ? 0 : RLM;
        }
        return chunkFirstStrong == Character.DIRECTIONALITY_RIGHT_TO_LEFT ? LRM : 0;
    }

    /**
     * Adds the chunk starts of a paragraph. A chunk ends after a word (with its trailing space): the
     * first sentence end after {@link #MIN_CHUNK_WORDS} words, else after {@link #PLAIN_CHUNK_WORDS};
     * the last chunk is never shorter than {@link #MIN_CHUNK_WORDS} words, it takes the rest instead.
     */
    private void cutIntoChunks(int paragraph, IntList starts, IntList paragraphs) {
        int from = paragraphStart(paragraph);
        int to = paragraphEnd(paragraph);
        starts.add(from);
        paragraphs.add(paragraph);
        if (to - from < MAX_CHUNK_WORDS * 2) {
            return; // too short to hold that many words
        }
        int[] words = WordSegments.lengths(text.substring(from, to));
        int chunkWords = 0;
        int at = from;
        int candidate = -1;
        for (int w = 0; w < words.length; w++) {
            at += words[w];
            chunkWords++;
            int left = words.length - 1 - w;
            if (left < MIN_CHUNK_WORDS) {
                break;
            }
            if (chunkWords == PLAIN_CHUNK_WORDS) {
                candidate = at;
            }
            boolean sentenceEnd = chunkWords >= MIN_CHUNK_WORDS && endsSentence(at);
            if (sentenceEnd || chunkWords == MAX_CHUNK_WORDS) {
                int cut = sentenceEnd ? at : candidate;
                starts.add(cut);
                paragraphs.add(paragraph);
                chunkWords = sentenceEnd ? 0 : w - wordIndexAt(words, from, cut) + 1;
                candidate = -1;
            }
        }
    }

    /** Number of the word whose segment starts at {@code offset}, counting from the paragraph start. */
    private static int wordIndexAt(int[] words, int from, int offset) {
        int at = from;
        for (int w = 0; w < words.length; w++) {
            if (at >= offset) {
                return w;
            }
            at += words[w];
        }
        return words.length;
    }

    /** Whether the word segment ending at {@code segmentEnd} ends a sentence. */
    private boolean endsSentence(int segmentEnd) {
        int i = segmentEnd;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4' || c == '\u2026';
    }

    private void checkStored(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
    }

    private void checkDisplay(int offset) {
        if (offset < 0 || offset > displayLength) {
            throw new IndexOutOfBoundsException("display offset " + offset + " outside 0.." + displayLength);
        }
    }

    /** A growable int array, to build the chunk tables without boxing. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
