package org.hashiya.text;

/** Unifies CRLF and lone CR to LF; the only change Hashiya ever makes to an article's text. */
public final class LineEndings {
    private LineEndings() {
    }

    public static String unify(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
