package org.hashiya.text;

/**
 * A stretch of a text, UTF-16 indices [start, end), read in place: a CSV cell or a JSON value
 * written from it costs no copy of the characters. {@link #toString()} makes the copy when one
 * is really needed.
 */
public final class TextSlice implements CharSequence {
    private final String text;
    private final int start;
    private final int end;

    public TextSlice(String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("slice " + start + ".." + end + " of a text of " + text.length());
        }
        this.text = text;
        this.start = start;
        this.end = end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= end - start) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to < from || to > end - start) {
            throw new IndexOutOfBoundsException("subSequence " + from + ".." + to + " of " + (end - start));
        }
        return new TextSlice(text, start + from, start + to);
    }

    /** Copies chars [from, to) of the slice into {@code dst} at {@code at}, as {@link String#getChars} does. */
    public void getChars(int from, int to, char[] dst, int at) {
        if (from < 0 || to < from || to > end - start) {
            throw new IndexOutOfBoundsException("getChars " + from + ".." + to + " of " + (end - start));
        }
        text.getChars(start + from, start + to, dst, at);
    }

    @Override
    public boolean isEmpty() {
        return start == end;
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
