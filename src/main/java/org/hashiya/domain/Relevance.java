package org.hashiya.domain;

import java.util.Locale;

/** A researcher's verdict on whether an article matters for the study; UNSET until given. */
public enum Relevance {
    UNSET, RELEVANT, NOT_RELEVANT;

    /** What leaves the program: {@code relevant}, {@code not_relevant}, or "" when unset. */
    public String id() {
        return this == UNSET ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()} back, in any letter case; "" or {@code unset} is UNSET. */
    public static Relevance fromId(String id) {
        String wanted = id == null ? "" : id.strip();
        if (wanted.isEmpty() || wanted.equalsIgnoreCase("unset")) {
            return UNSET;
        }
        for (Relevance r : values()) {
            if (r != UNSET && r.id().equalsIgnoreCase(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException("relevance '" + id + "' is not one of relevant, not_relevant, unset");
    }
}
