package org.hashiya.ui.export;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the article ids a user types: numbers and ranges separated by commas (Latin or Arabic) or
 * spaces, "3, 10-20" or «٣، ١٠-٢٠». Blank means no condition. Throws
 * {@link IllegalArgumentException} with a one-line message naming the part it cannot read.
 */
final class ArticleIds {
    /** A range wider than this is surely a typing slip (and would make a huge filter). */
    static final long MAX_RANGE = 100_000;

    private ArticleIds() {
    }

    static Set<Long> parse(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.strip().split("[,،\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-', 1);
            if (dash < 0) {
                ids.add(number(part, part));
                continue;
            }
            long first = number(part.substring(0, dash), part);
            long last = number(part.substring(dash + 1), part);
            if (last < first) {
                throw new IllegalArgumentException("article ids: the range " + part + " ends before it starts");
            }
            if (last - first >= MAX_RANGE) {
                throw new IllegalArgumentException("article ids: the range " + part + " is wider than "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_RANGE) + " ids");
            }
            for (long id = first; id <= last; id++) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static long number(String digits, String part) {
        try {
            long id = Long.parseLong(digits); // reads Arabic-Indic digits too
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("article ids: '" + part + "' is not an id or a range such as 10-20");
    }
}
