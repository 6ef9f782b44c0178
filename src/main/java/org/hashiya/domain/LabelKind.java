package org.hashiya.domain;

import java.util.Locale;

/** What a label marks. The lowercase name is what leaves the program (schema JSON, CLI). */
public enum LabelKind {
    ACTOR, EVENT, PLACE, TIME, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the id in any letter case; throws with the list of valid ids otherwise. */
    public static LabelKind fromId(String id) {
        for (LabelKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind '" + id + "' is not one of actor, event, place, time, other");
    }
}
