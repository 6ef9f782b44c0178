package org.hashiya.domain;

import java.time.LocalDate;
import java.util.Objects;

/** How many spans one annotator created on one day (UTC). */
public record DailyCount(LocalDate day, String annotator, long count) {
    public DailyCount {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(annotator, "annotator");
    }

    /** {@code 2026-11-30 amal}: the day, one space, the annotator (split at the first space). */
    public String key() {
        return day + " " + annotator;
    }
}
