package org.hashiya.service.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hashiya.domain.Article;
import org.hashiya.domain.Span;
import org.hashiya.service.SpanVerifier;
import org.hashiya.store.Library;
import org.hashiya.store.ReviewRepository;
import org.hashiya.text.TextMatchKeys;

/**
 * Keeps the review index current: each span's text and note keys (from {@link TextMatchKeys}) and
 * whether its stored text still matches its article ({@link SpanVerifier}). The library queues
 * every span that is added or whose text, offsets or note change; this works the queue off in
 * batches of one transaction each. Keys made by another matcher version are all made again.
 */
final class ReviewIndexer {
    static final int BATCH = 5000;
    private static final int ARTICLES_KEPT = 8;

    private final Library library;
    private final TextMatchKeys keys;

    ReviewIndexer(Library library, TextMatchKeys keys) {
        this.library = library;
        this.keys = keys;
    }

    /** Spans waiting (all of them when the keys are of another version). */
    long pending() {
        ReviewRepository review = library.review();
        if (!review.indexVersion().equals(keys.version())) {
            return library.spans().count();
        }
        return review.pendingIndexCount();
    }

    /** Works the queue off; {@code progress} hears (done, total); stops early when cancelled. Returns spans indexed. */
    long update(ReviewService.Progress progress, BooleanSupplier cancelled) {
        ReviewRepository review = library.review();
        if (!review.indexVersion().equals(keys.version())) {
            review.rebuildIndex(keys.version());
        }
        long total = review.pendingIndexCount();
        long done = 0;
        Map<Long, Optional<Article>> articles = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Optional<Article>> eldest) {
                return size() > ARTICLES_KEPT;
            }
        };
        progress.update(0, total);
        while (!cancelled.getAsBoolean()) {
            List<Span> batch = review.pendingIndex(BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<ReviewRepository.IndexEntry> entries = new ArrayList<>(batch.size());
            // the spans of one article are checked together: its text is read and measured once
            for (int from = 0; from < batch.size(); ) {
                long articleId = batch.get(from).articleId();
                int to = from;
                while (to < batch.size() && batch.get(to).articleId() == articleId) {
                    to++;
                }
                List<Span> group = batch.subList(from, to);
                Optional<Article> article = articles.computeIfAbsent(articleId, id -> library.articles().find(id));
                Set<Long> mismatched = new HashSet<>();
                if (article.isEmpty()) {
                    group.forEach(s -> mismatched.add(s.id()));
                } else {
                    SpanVerifier.verify(article.get().text(), group).forEach(m -> mismatched.add(m.span().id()));
                }
                for (Span span : group) {
                    entries.add(new ReviewRepository.IndexEntry(span, keys.key(span.text()), keys.key(span.note()),
                            mismatched.contains(span.id())));
                }
                from = to;
            }
            review.storeIndex(entries);
            done += batch.size();
            progress.update(Math.min(done, Math.max(total, done)), Math.max(total, done));
        }
        return done;
    }
}
