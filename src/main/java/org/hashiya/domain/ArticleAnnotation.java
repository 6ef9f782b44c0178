package org.hashiya.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a researcher records about a whole article: workflow status, relevance, free tags and a
 * note. Tags are stripped, blank ones dropped, duplicates merged, kept sorted.
 */
public record ArticleAnnotation(long articleId, ArticleStatus status, Relevance relevance, List<String> tags,
                                String note) {

    public ArticleAnnotation {
        Objects.requireNonNull(status, "status");
        relevance = relevance == null ? Relevance.UNSET : relevance;
        tags = normalizeTags(tags == null ? List.of() : tags);
        note = note == null ? "" : note;
    }

    public static List<String> normalizeTags(Collection<String> tags) {
        TreeSet<String> clean = new TreeSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                clean.add(tag.strip());
            }
        }
        return List.copyOf(new ArrayList<>(clean));
    }

    public ArticleAnnotation withStatus(ArticleStatus newStatus) {
        return new ArticleAnnotation(articleId, newStatus, relevance, tags, note);
    }

    public ArticleAnnotation withRelevance(Relevance newRelevance) {
        return new ArticleAnnotation(articleId, status, newRelevance, tags, note);
    }

    public ArticleAnnotation withTags(Collection<String> newTags) {
        return new ArticleAnnotation(articleId, status, relevance, new ArrayList<>(newTags), note);
    }

    public ArticleAnnotation withNote(String newNote) {
        return new ArticleAnnotation(articleId, status, relevance, tags, newNote);
    }
}
