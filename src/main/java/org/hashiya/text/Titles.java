package org.hashiya.text;

/** Default titles for articles that bring none. */
public final class Titles {
    static final int MAX_TITLE_CODE_POINTS = 200;

    private Titles() {
    }

    /** The first non-blank line, stripped, cut to a readable length; empty if there is none. */
    public static String firstNonEmptyLine(String text) {
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                if (stripped.codePointCount(0, stripped.length()) > MAX_TITLE_CODE_POINTS) {
                    return stripped.substring(0, stripped.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS)) + "…";
                }
                return stripped;
            }
        }
        return "";
    }
}
