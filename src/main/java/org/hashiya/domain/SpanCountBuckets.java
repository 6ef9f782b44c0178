package org.hashiya.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The histogram of spans per article: how many articles hold 0, 1, 2-5, 6-10, 11-20, 21-50,
 * 51-100, 101-500, 501-1000 and 1001 or more spans. Every bucket is always listed, empty ones with
 * 0, so two libraries' histograms line up.
 */
public final class SpanCountBuckets {
    /** The smallest span count of each bucket; the last bucket is open-ended. */
    private static final long[] LOWER_BOUNDS = {0, 1, 2, 6, 11, 21, 51, 101, 501, 1001};

    private SpanCountBuckets() {
    }

    /** The bucket names in order: {@code 0}, {@code 1}, {@code 2-5}, ..., {@code 1001+}. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>(LOWER_BOUNDS.length);
        for (int i = 0; i < LOWER_BOUNDS.length; i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /**
     * Sums an exact distribution into the buckets.
     *
     * @param articlesPerSpanCount for each span count n, how many articles hold exactly n spans
     */
    public static List<KeyCount> of(Map<Long, Long> articlesPerSpanCount) {
        long[] articles = new long[LOWER_BOUNDS.length];
        articlesPerSpanCount.forEach((spans, count) -> articles[bucketOf(spans)] += count);
        List<KeyCount> buckets = new ArrayList<>(LOWER_BOUNDS.length);
        for (int i = 0; i < LOWER_BOUNDS.length; i++) {
            buckets.add(new KeyCount(key(i), articles[i]));
        }
        return buckets;
    }

    private static int bucketOf(long spans) {
        if (spans < 0) {
            throw new IllegalArgumentException("a span count cannot be negative: " + spans);
        }
        int bucket = 0;
        while (bucket + 1 < LOWER_BOUNDS.length && spans >= LOWER_BOUNDS[bucket + 1]) {
            bucket++;
        }
        return bucket;
    }

    private static String key(int bucket) {
        long from = LOWER_BOUNDS[bucket];
        if (bucket == LOWER_BOUNDS.length - 1) {
            return from + "+";
        }
        long to = LOWER_BOUNDS[bucket + 1] - 1;
        return from == to ? Long.toString(from) : from + "-" + to;
    }
}
