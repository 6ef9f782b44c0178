package org.hashiya.text;

/**
 * Converts between the offsets that leave the program (Unicode code points, as Python counts
 * them) and Java's UTF-16 indices, for one text, in constant time both ways. Arabic lives in the
 * Basic Multilingual Plane, so the two only differ after an emoji or another supplementary
 * character: for such texts two index tables are built once; for all others the conversion is the
 * identity and costs nothing.
 */
public final class CodePointOffsets {
    private final int utf16Length;
    private final int[] utf16OfCodePoint;  // null when every character is in the BMP
    private final int[] codePointOfUtf16;

    public CodePointOffsets(String text) {
        utf16Length = text.length();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            utf16OfCodePoint = null;
            codePointOfUtf16 = null;
            return;
        }
        utf16OfCodePoint = new int[codePoints + 1];
        codePointOfUtf16 = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            utf16OfCodePoint[cp] = i;
            int width = Character.charCount(text.codePointAt(i));
            for (int k = 0; k < width; k++) {
                codePointOfUtf16[i + k] = cp; // the low half of a surrogate pair maps to its code point
            }
            i += width;
            cp++;
        }
        utf16OfCodePoint[codePoints] = text.length();
        codePointOfUtf16[text.length()] = codePoints;
    }

    /** Number of code points in the text. */
    public int codePointLength() {
        return utf16OfCodePoint == null ? utf16Length : utf16OfCodePoint.length - 1;
    }

    /** The code point at or containing this UTF-16 index. */
    public int toCodePoint(int utf16Index) {
        checkRange(utf16Index, utf16Length);
        return codePointOfUtf16 == null ? utf16Index : codePointOfUtf16[utf16Index];
    }

    public int toUtf16(int codePointIndex) {
        checkRange(codePointIndex, codePointLength());
        return utf16OfCodePoint == null ? codePointIndex : utf16OfCodePoint[codePointIndex];
    }

    private static void checkRange(int index, int max) {
        if (index < 0 || index > max) {
            throw new IndexOutOfBoundsException("offset " + index + " outside 0.." + max);
        }
    }
}
