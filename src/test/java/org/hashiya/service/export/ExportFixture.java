package org.hashiya.service.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextHash;

/**
 * A small library with the texts that break offsets elsewhere: Arabic with diacritics, Latin,
 * digits, emoji outside the Basic Multilingual Plane, bidi controls; spans by two annotators on
 * two days, with notes that hold commas, quotes and newlines.
 */
public final class ExportFixture {
    /** Emoji (two UTF-16 units each) before the spans, diacritics, an RLM, Latin and digits. */
    public static final String ARTICLE_1 = "😀🇸🇦 قالَ وزيرُ الخارجية إنّ \u200Fالتحالف «NATO» سيرسل 80 جندياً.\n"
            + "وفي بغداد، اجتمع الوفد مع رئيس الوزراء؟ نعم! 🙂 انتهى";
    public static final String ARTICLE_2 = "=1+2 هجوم على مدينة الموصل\nأسفر عن مقتل 3 أشخاص";
    public static final String ARTICLE_3 = "مقال بلا تعليقات";

    public final Library library;
    public final long a1;
    public final long a2;
    public final long a3;
    public final List<Span> spans = new ArrayList<>();

    private ExportFixture(Library library, long a1, long a2, long a3) {
        this.library = library;
        this.a1 = a1;
        this.a2 = a2;
        this.a3 = a3;
    }

    public static ExportFixture create(Path db) {
        Library lib = SqliteLibrary.open(db, true);
        new SchemaService(lib).ensureSchema();
        List<Long> ids = lib.articles().addAll(List.of(
                article(ARTICLE_1, "عنوان، مع \"فاصلة\"", "الجزيرة", "https://example.org/a?x=1,2", "2026-11-30"),
                article(ARTICLE_2, "-2 هجوم", "+source", "", ""),
                article(ARTICLE_3, "@ثالث", "", "", ""))).stream().map(r -> r.id()).toList();
        ExportFixture f = new ExportFixture(lib, ids.get(0), ids.get(1), ids.get(2));
        Instant day1 = Instant.parse("2026-11-30T10:15:30.123Z");
        Instant day2 = Instant.parse("2026-12-01T23:59:59Z");
        f.span(f.a1, "STATE_GOV", "وزيرُ الخارجية", "amal", "note, with \"quotes\"\nand a newline", day1);
        f.span(f.a1, "COALITION_IGO", "\u200Fالتحالف «NATO»", "amal", "", day1);
        f.span(f.a1, "COALITION_IGO", "NATO", "omar", "=SUM(A1)", day2);
        f.span(f.a1, "LOCATION", "بغداد", "omar", "", day2);
        f.span(f.a1, "TIME", "🙂 انتهى", "amal", "", day2);
        f.span(f.a2, "ATTACK", "هجوم", "amal", "", day1);
        f.span(f.a2, "LOCATION", "الموصل", "amal", "-note", day2);
        lib.articleAnnotations().save(new ArticleAnnotation(f.a1, ArticleStatus.DONE, Relevance.RELEVANT,
                List.of("عراق", "nato"), "ملاحظة"));
        lib.articleAnnotations().save(new ArticleAnnotation(f.a2, ArticleStatus.IN_PROGRESS, Relevance.NOT_RELEVANT,
                List.of("عراق"), ""));
        return f;
    }

    private static NewArticle article(String text, String title, String source, String url, String published) {
        return new NewArticle(text, new ArticleMetadata(title, source, url, published),
                new ImportRecord("/in/" + TextHash.sha256(text).substring(0, 6) + ".txt", "UTF-8",
                        Instant.parse("2026-11-29T08:00:00Z"), TextHash.sha256(text)));
    }

    /** Adds a span over the first occurrence of {@code covered}, offsets in code points. */
    private void span(long article, String label, String covered, String annotator, String note, Instant at) {
        String text = library.articles().find(article).orElseThrow().text();
        int from16 = text.indexOf(covered);
        if (from16 < 0) {
            throw new IllegalArgumentException(covered + " not in article " + article);
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        int start = offsets.toCodePoint(from16);
        int end = offsets.toCodePoint(from16 + covered.length());
        Span span = library.spans().add(new NewSpan(article, label, start, end, covered, annotator, "", at));
        if (!note.isEmpty()) {
            span = library.spans().updateNote(span.id(), note, at);
        }
        spans.add(span);
    }

    /** The article's text from {@code start} to {@code end} in code points, as Python slices it. */
    public static String slice(String text, int start, int end) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        return text.substring(offsets.toUtf16(start), offsets.toUtf16(end));
    }
}
