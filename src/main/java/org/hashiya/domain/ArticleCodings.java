package org.hashiya.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every coder said about one article as a whole: the library's {@code own} annotation (the
 * article's status, relevance, tags and note, which adjudication also sets) and the
 * {@code merged} codings other coders' libraries brought in, ordered by coder name. A coder has no
 * merged coding where their library left the article untouched (new, no relevance, tags or note)
 * or where it was the same as this library's own when merged.
 */
public record ArticleCodings(long articleId, String title, String sha256, ArticleAnnotation own,
                             List<ArticleCoding> merged) {
    public ArticleCodings {
        title = title == null ? "" : title;
        sha256 = sha256 == null ? "" : sha256;
        Objects.requireNonNull(own, "own");
        merged = List.copyOf(merged);
    }

    /** The coding merged under this coder's name, if there is one. */
    public Optional<ArticleCoding> of(String annotator) {
        return merged.stream().filter(c -> c.annotator().equals(annotator)).findFirst();
    }
}
