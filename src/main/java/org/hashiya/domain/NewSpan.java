package org.hashiya.domain;

import java.time.Instant;

/** A span about to be stored; the store gives it an id. Offsets in code points, end exclusive. */
public record NewSpan(long articleId, String labelId, int start, int end, String text, String annotator,
                      String note, Instant createdAt) {
}
