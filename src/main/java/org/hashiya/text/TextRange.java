package org.hashiya.text;

/** A half-open range of UTF-16 indices into one text: {@code start} included, {@code end} excluded. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
