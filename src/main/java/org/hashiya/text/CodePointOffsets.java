package org.hashiya.text;

/**
 * Converts between the offsets that leave the program (Unicode code points, as Python counts
 * them) and Java's UTF-16 indices, for one text. Arabic lives in the Basic Multilingual Plane, so
 * the two only differ after an emoji or another supplementary character; the common case is a
 * single comparison.
 */
public final class CodePointOffsets {
    private final String text;
    private final boolean allBmp;

    public CodePointOffsets(String text) {
        this.text = text;
        this.allBmp = text.codePointCount(0, text.length()) == text.length();
    }

    /** Number of code points in the text. */
    public int codePointLength() {
        return allBmp ? text.length() : text.codePointCount(0, text.length());
    }

    public int toCodePoint(int utf16Index) {
        checkRange(utf16Index, text.length());
        return allBmp ? utf16Index : text.codePointCount(0, utf16Index);
    }

    public int toUtf16(int codePointIndex) {
        if (allBmp) {
            checkRange(codePointIndex, text.length());
            return codePointIndex;
        }
        checkRange(codePointIndex, codePointLength());
        return text.offsetByCodePoints(0, codePointIndex);
    }

    private static void checkRange(int index, int max) {
        if (index < 0 || index > max) {
            throw new IndexOutOfBoundsException("offset " + index + " outside 0.." + max);
        }
    }
}
