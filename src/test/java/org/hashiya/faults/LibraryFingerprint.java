package org.hashiya.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a library holds, in counts read straight from SQLite (not through the program): the number
 * of articles, and of spans per label, annotator and reviewed mark. Two libraries with the same
 * fingerprint may differ, but an operation done half shows in it: a merge that brought some of its
 * spans, a relabel, reviewed mark or delete that reached some of its rows.
 *
 * <p>Written as one word ({@code articles=12,span:LOCATION:amal:0=3,...}) so a crash-loop child can
 * print it on one line.
 */
record LibraryFingerprint(Map<String, Long> counts) {
    static final String ARTICLES = "articles";

    LibraryFingerprint {
        counts = new TreeMap<>(counts);
        counts.values().removeIf(n -> n == 0);
    }

    static String spanKey(String label, String annotator, boolean reviewed) {
        return "span:" + label + ":" + annotator + ":" + (reviewed ? 1 : 0);
    }

    static LibraryFingerprint of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static LibraryFingerprint of(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'article'")) {
                if (rs.getLong(1) == 0) {
                    return new LibraryFingerprint(counts); // killed before the library got its tables
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
                counts.put(ARTICLES, rs.getLong(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT label_id, annotator, reviewed_at <> '', count(*) FROM span"
                    + " GROUP BY 1, 2, 3")) {
                while (rs.next()) {
                    counts.put(spanKey(rs.getString(1), rs.getString(2), rs.getBoolean(3)), rs.getLong(4));
                }
            }
        }
        return new LibraryFingerprint(counts);
    }

    long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    long articles() {
        return get(ARTICLES);
    }

    long spans() {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("span:")).mapToLong(Map.Entry::getValue).sum();
    }

    /** The span counts as (label, annotator, reviewed) keys. */
    Map<SpanKey, Long> spanCounts() {
        Map<SpanKey, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (k.startsWith("span:")) {
                out.put(SpanKey.parse(k), v);
            }
        });
        return out;
    }

    /** A copy with {@code delta} added to {@code key}. */
    LibraryFingerprint plus(String key, long delta) {
        Map<String, Long> next = new TreeMap<>(counts);
        next.merge(key, delta, Long::sum);
        return new LibraryFingerprint(next);
    }

    /** One word: {@code key=count} joined by commas. */
    String word() {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    /** The counts that differ from {@code other}'s, as {@code key=mine/other}: short enough for a message. */
    String differenceFrom(LibraryFingerprint other) {
        java.util.Set<String> keys = new java.util.TreeSet<>(counts.keySet());
        keys.addAll(other.counts.keySet());
        StringBuilder b = new StringBuilder();
        for (String k : keys) {
            if (get(k) != other.get(k)) {
                b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(get(k)).append('/').append(other.get(k));
            }
        }
        return b.length() == 0 ? "(same)" : b.toString();
    }

    static LibraryFingerprint parse(String word) {
        Map<String, Long> counts = new TreeMap<>();
        for (String entry : word.split(",")) {
            int eq = entry.lastIndexOf('=');
            if (eq > 0) {
                counts.put(entry.substring(0, eq), Long.parseLong(entry.substring(eq + 1)));
            }
        }
        return new LibraryFingerprint(counts);
    }

    /** A span count's key. */
    record SpanKey(String label, String annotator, boolean reviewed) implements Comparable<SpanKey> {
        static SpanKey parse(String key) {
            String[] f = key.split(":");
            return new SpanKey(f[1], f[2], f[3].equals("1"));
        }

        String key() {
            return spanKey(label, annotator, reviewed);
        }

        @Override
        public int compareTo(SpanKey o) {
            return key().compareTo(o.key());
        }
    }
}
