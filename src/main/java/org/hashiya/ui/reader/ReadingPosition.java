package org.hashiya.ui.reader;

/**
 * Where the reader is: the first visible paragraph and how many pixels of it are scrolled above the
 * top of the view. Stable across sessions as long as the text and zoom are the same.
 */
public record ReadingPosition(int paragraph, double offsetPx) {
    public static final ReadingPosition TOP = new ReadingPosition(0, 0);

    public ReadingPosition {
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph " + paragraph + " < 0");
        }
    }
}
