package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;

/** Articles with spans placed by the text they cover, offsets counted in code points. */
final class AnnotatedFixtures {
    static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

    static final LabelSchema SCHEMA = LabelSchema.of(List.of(
            new SpanLabel("ACTOR", "فاعل", "Actor", LabelKind.ACTOR, "#e41a1c", "1", 0, false),
            new SpanLabel("ORG", "منظمة | هيئة", "Organisation", LabelKind.ACTOR, "#377eb8", "2", 0, false),
            new SpanLabel("EVENT", "حدث", "Event", LabelKind.EVENT, "#4daf4a", "3", 0, false),
            new SpanLabel("PLACE", "مكان", "Place", LabelKind.PLACE, "#984ea3", "4", 0, false),
            new SpanLabel("TIME", "زمن", "Time", LabelKind.TIME, "#ff7f00", "", 0, false),
            new SpanLabel("OTHER", "", "Other", LabelKind.OTHER, "#a65628", "", 0, false),
            new SpanLabel("OLD", "قديم", "Retired", LabelKind.OTHER, "#999999", "", 0, true)));

    private AnnotatedFixtures() {
    }

    /** Builds one article and its spans. */
    static final class Builder {
        private final long id;
        private final String text;
        private final List<Span> spans = new ArrayList<>();

        Builder(long id, String text) {
            this.id = id;
            this.text = text;
        }

        /** A span over the first occurrence of {@code part} (at or after {@code after}, if given). */
        Builder span(String label, String part) {
            return span(label, part, "", "");
        }

        Builder span(String label, String part, String after, String note) {
            int from = after.isEmpty() ? 0 : text.indexOf(after);
            int i = text.indexOf(part, from);
            assertThat(i).as("'%s' in the test text", part).isGreaterThanOrEqualTo(0);
            int start = text.codePointCount(0, i);
            int end = start + part.codePointCount(0, part.length());
            spans.add(new Span(spans.size() + 1, id, label, start, end, part, "lina", AT, AT, note));
            return this;
        }

        AnnotatedArticle build() {
            List<Span> ordered = spans.stream()
                    .sorted(java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end)
                            .thenComparingLong(Span::id))
                    .toList();
            Article article = new Article(id, text, new ArticleMetadata("عنوان", "المصدر", "", ""),
                    new ImportRecord("a.txt", "UTF-8", AT, "sha"), ArticleStatus.IN_PROGRESS);
            return new AnnotatedArticle(article, new ArticleAnnotation(id, ArticleStatus.IN_PROGRESS,
                    Relevance.UNSET, List.of(), ""), ordered);
        }
    }

    static Builder article(long id, String text) {
        return new Builder(id, text);
    }

    /** The code points of {@code text} from {@code start} to {@code end}. */
    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** A sink that keeps everything. */
    static final class CollectingSink implements AnnotatedDocumentSink {
        final List<AnnotatedDocument> documents = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public void document(AnnotatedDocument doc) {
            documents.add(doc);
        }

        @Override
        public void problem(String message) {
            problems.add(message);
        }

        AnnotatedDocument only() {
            assertThat(documents).hasSize(1);
            return documents.get(0);
        }

        /** Problems of the sink and of every document. */
        List<String> allProblems() {
            List<String> all = new ArrayList<>(problems);
            documents.forEach(d -> all.addAll(d.problems()));
            return all;
        }
    }
}
