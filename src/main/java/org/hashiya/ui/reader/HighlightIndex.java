package org.hashiya.ui.reader;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Highlights by id and by display paragraph (chunk), so a change repaints only the chunks it touches
 * and a chunk finds its highlights without scanning them all. Highlights keep stored offsets.
 */
final class HighlightIndex {
    private final ArticleText article;
    private final Map<String, Highlight> byId = new LinkedHashMap<>();
    private final Map<Integer, List<Highlight>> byParagraph = new HashMap<>();

    HighlightIndex(ArticleText article) {
        this.article = article;
    }

    Collection<Highlight> all() {
        return byId.values();
    }

    List<Highlight> inParagraph(int paragraph) {
        return byParagraph.getOrDefault(paragraph, List.of());
    }

    /** Adds or replaces (same id); returns the chunks to repaint. */
    BitSet put(Highlight h) {
        if (h.end() > article.length()) {
            throw new IllegalArgumentException("highlight " + h.id() + " ends at " + h.end()
                    + ", past the article end " + article.length());
        }
        BitSet touched = remove(h.id());
        byId.put(h.id(), h);
        int last = article.chunkOf(h.end());
        for (int p = article.chunkOf(h.start()); p <= last; p++) {
            byParagraph.computeIfAbsent(p, k -> new ArrayList<>(4)).add(h);
            touched.set(p);
        }
        return touched;
    }

    /** Removes the highlight with this id if present; returns the chunks to repaint. */
    BitSet remove(String id) {
        BitSet touched = new BitSet();
        Highlight old = byId.remove(id);
        if (old != null) {
            int last = article.chunkOf(old.end());
            for (int p = article.chunkOf(old.start()); p <= last; p++) {
                List<Highlight> list = byParagraph.get(p);
                if (list != null) {
                    list.remove(old);
                }
                touched.set(p);
            }
        }
        return touched;
    }
}
