package org.hashiya.ui.review;

import java.util.LinkedHashSet;
import java.util.Set;

/** Article ids as people type them: numbers and ranges separated by commas or spaces, "3, 10-20". */
final class ArticleIdList {
    /** A range may name at most this many articles. */
    static final int MAX_RANGE = 100_000;

    private ArticleIdList() {
    }

    /** The ids, in the order typed; empty for blank text. Throws with a message for the user otherwise. */
    static Set<Long> parse(String typed) {
        Set<Long> ids = new LinkedHashSet<>();
        if (typed == null || typed.isBlank()) {
            return ids;
        }
        for (String part : typed.strip().split("[,،\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            try {
                if (ends.length == 1) {
                    ids.add(positive(ends[0], part));
                } else if (ends.length == 2) {
                    long from = positive(ends[0], part);
                    long to = positive(ends[1], part);
                    if (to < from || to - from >= MAX_RANGE) {
                        throw new IllegalArgumentException("Article ids: " + part + " is not a range of up to "
                                + MAX_RANGE + " ids.");
                    }
                    for (long id = from; id <= to; id++) {
                        ids.add(id);
                    }
                } else {
                    throw new IllegalArgumentException("Article ids: cannot read «" + part + "»; write e.g. 3, 10-20.");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Article ids: cannot read «" + part + "»; write e.g. 3, 10-20.");
            }
        }
        return ids;
    }

    private static long positive(String digits, String part) {
        long id = Long.parseLong(digits.strip());
        if (id <= 0) {
            throw new IllegalArgumentException("Article ids start at 1, not «" + part + "».");
        }
        return id;
    }
}
