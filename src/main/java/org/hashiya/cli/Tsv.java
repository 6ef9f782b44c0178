package org.hashiya.cli;

import java.util.StringJoiner;

/**
 * Tab-separated records: no header, one record a line; a tab, newline or backslash inside a field
 * is written {@code \t}, {@code \n}, {@code \\} so every record stays on one line.
 */
final class Tsv {
    private Tsv() {
    }

    static String escape(String field) {
        StringBuilder out = null;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(field.length() + 8).append(field, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? field : out.toString();
    }

    static String record(Object... fields) {
        StringJoiner line = new StringJoiner("\t");
        for (Object field : fields) {
            line.add(escape(String.valueOf(field)));
        }
        return line.toString();
    }
}
