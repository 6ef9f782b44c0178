package org.hashiya.ui.reader;

import java.util.Arrays;

/**
 * An article's text split into paragraphs (each {@code \n}-separated line is one), with the maps
 * between document offsets and (paragraph, column). The area holds exactly this text, so document
 * offsets and area offsets coincide; the paragraph index is the area's paragraph index.
 */
final class ArticleText {
    private final String text;
    private final int[] starts;

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
    }

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
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Whether the paragraph reads right to left: its first strong letter is Arabic/Hebrew. */
    boolean isRightToLeft(int paragraph) {
        int end = paragraphEnd(paragraph);
        for (int i = paragraphStart(paragraph); i < end; ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
