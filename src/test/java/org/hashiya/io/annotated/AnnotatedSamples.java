package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;

/** Annotated articles for the format tests, with spans placed by the text they cover. */
final class AnnotatedSamples {
    static final Instant IMPORTED = Instant.parse("2024-05-01T10:00:00Z");

    /**
     * Arabic with full diacritics, tatweel, RLM, an embedding (U+202B..U+202C) and isolates, Latin,
     * Western and Arabic-Indic digits, emoji outside the BMP (one a ZWJ sequence, one a flag), a
     * CRLF, a line separator and a NEL inside the text.
     */
    static final String MIXED = "\u200Fقالَ المُتَحَدِّثُ باسمِ \u202Bالأمم المتحدة\u202C إنَّ 12 شخصاً و٣ أطفال"
            + " 😀 قُتِلوا في حلب 🇸🇾 يوم 2024-05-01.\r\nوقال مسؤول في UNICEF 👨‍👩‍👧 إن «الوضـــع» خطير\u2028"
            + "\u2067جداً\u2069\u0085 - end.";

    private AnnotatedSamples() {
    }

    /** A span over the {@code occurrence}-th (from 0) place where {@code covered} stands in {@code text}. */
    static Span span(long id, long articleId, String text, String label, String covered, int occurrence,
                     String annotator, String note, Instant created, Instant updated) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(covered, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + covered + "' does not occur " + (occurrence + 1) + " times");
            }
        }
        int start = text.codePointCount(0, at);
        int end = start + covered.codePointCount(0, covered.length());
        return new Span(id, articleId, label, start, end, covered, annotator, created, updated, note);
    }

    static Span span(long id, long articleId, String text, String label, String covered) {
        return span(id, articleId, text, label, covered, 0, "ناقد", "", IMPORTED.plusSeconds(id), IMPORTED.plusSeconds(id));
    }

    /** The mixed article, reviewed, with nested, overlapping and emoji-bordered spans and awkward notes. */
    static AnnotatedArticle mixed() {
        long id = 41;
        String t = MIXED;
        List<Span> spans = new ArrayList<>(List.of(
                span(1, id, t, "STATE_GOV", "المُتَحَدِّثُ باسمِ \u202Bالأمم المتحدة\u202C", 0, "ليلى",
                        "قال \"المتحدث\"\nسطر ثانٍ, و'اقتباس' \\ ", Instant.parse("2024-05-02T08:15:30.123456789Z"),
                        Instant.parse("2024-05-03T00:00:00Z")),
                span(2, id, t, "COALITION_IGO", "\u202Bالأمم المتحدة\u202C"),
                span(3, id, t, "QUANTITY", "12"),
                span(4, id, t, "QUANTITY", "٣"),
                span(5, id, t, "OTHER", "😀"),
                span(6, id, t, "ATTACK", "قُتِلوا"),
                span(7, id, t, "LOCATION", "حلب 🇸🇾"),
                span(8, id, t, "TIME", "2024-05-01.\r\nوقال"),
                span(9, id, t, "MEDIA_NGO", "UNICEF 👨‍👩‍👧", 0, "", "", IMPORTED, IMPORTED),
                span(10, id, t, "STATEMENT", "خطير\u2028\u2067جداً\u2069\u0085"),
                span(11, id, t, "OTHER", "end")));
        Article article = new Article(id, t, new ArticleMetadata("عنوان «مقتبس»، with \"quotes\"", "وكالة الأنباء",
                "https://example.org/ar/مقال?id=1&x=\"2\"", "2024-05-01T09:00:00+03:00"),
                new ImportRecord("/data/أخبار/مقال 1.txt", "windows-1256", Instant.parse("2024-05-01T10:00:00.5Z"),
                        "ab".repeat(32)), ArticleStatus.REVIEWED);
        ArticleAnnotation annotation = new ArticleAnnotation(id, ArticleStatus.REVIEWED, Relevance.NOT_RELEVANT,
                List.of("سوريا", "a,b", "say \"x\""), "ملاحظة \"أولى\"\r\nsecond line\tand a tab");
        return new AnnotatedArticle(article, annotation, spans);
    }

    /** A Latin article with nothing recorded about it. */
    static AnnotatedArticle plain() {
        long id = 42;
        String t = "Plain text, no marks.\nSecond line.";
        Article article = new Article(id, t, new ArticleMetadata("", "", "", ""),
                new ImportRecord("", "UTF-8", IMPORTED, ""), ArticleStatus.NEW);
        ArticleAnnotation annotation = new ArticleAnnotation(id, ArticleStatus.NEW, Relevance.UNSET, List.of(), "");
        return new AnnotatedArticle(article, annotation, List.of(span(20, id, t, "OTHER", "Second")));
    }

    /** An article whose import time is not known, relevant, in progress, without spans. */
    static AnnotatedArticle unannotated() {
        long id = 43;
        String t = "نص بلا تعليقات 123";
        Article article = new Article(id, t, new ArticleMetadata("بلا", "", "", ""),
                new ImportRecord("a.txt", "UTF-8", null, "cd".repeat(32)), ArticleStatus.IN_PROGRESS);
        ArticleAnnotation annotation = new ArticleAnnotation(id, ArticleStatus.IN_PROGRESS, Relevance.RELEVANT,
                List.of("x"), "");
        return new AnnotatedArticle(article, annotation, List.of());
    }

    static List<AnnotatedArticle> all() {
        return List.of(mixed(), plain(), unannotated());
    }

    /** What {@link JsonlWriter} writes for {@code articles}. */
    static String jsonl(List<AnnotatedArticle> articles) {
        StringWriter out = new StringWriter();
        try (JsonlWriter writer = new JsonlWriter(out, LabelSchema.of(List.of()))) {
            for (AnnotatedArticle article : articles) {
                writer.write(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
