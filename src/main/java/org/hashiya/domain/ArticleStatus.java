package org.hashiya.domain;

import java.util.Locale;

/** Where an article stands in the annotation workflow. The lowercase name is what leaves the program. */
public enum ArticleStatus {
    NEW, IN_PROGRESS, DONE, REVIEWED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromId(String id) {
        for (ArticleStatus s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown article status: " + id);
    }
}
