package org.hashiya.service.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Libraries for review tests. {@link #small} holds Arabic articles with diacritics, hamza forms,
 * teh marbuta, an emoji before the spans and sentences ending in «؟» and «.», spans by two
 * annotators on two days; {@link #random} holds many spans with deliberate ties (same label, text,
 * annotator, time) so that orders must break them by id.
 */
final class ReviewFixture {
    static final String ARTICLE_1 = "😀 قالَ وزيرُ الخارجيّة إنّ التحالف الدولي سيرسل 80 جندياً. "
            + "وفي بغدادَ اجتمع الوفد الأمريكيّ مع رئيس الوزراء؟ نعم";
    static final String ARTICLE_2 = "هجوم على مدينة الموصل أسفر عن مقتل 3 أشخاص. وأعلنت الشرطة اعتقال مشتبه به";
    static final Instant DAY_1 = Instant.parse("2026-11-30T10:15:30.123Z");
    static final Instant DAY_2 = Instant.parse("2026-12-01T23:59:59Z");

    final Library library;
    final List<Long> articles = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();

    private ReviewFixture(Library library) {
        this.library = library;
    }

    static ReviewFixture small(Path db) {
        ReviewFixture f = new ReviewFixture(open(db));
        f.articles.addAll(f.addArticles(List.of(
                article(ARTICLE_1, "التحالف يرسل جنوداً"), article(ARTICLE_2, "هجوم الموصل"))));
        long a1 = f.articles.get(0);
        long a2 = f.articles.get(1);
        f.span(a1, "STATE_GOV", "وزيرُ الخارجيّة", "amal", "", DAY_1);
        f.span(a1, "COALITION_IGO", "التحالف الدولي", "amal", "تحقق من الاسم", DAY_1);
        f.span(a1, "LOCATION", "بغدادَ", "omar", "", DAY_2);
        f.span(a1, "STATE_GOV", "الوفد الأمريكيّ", "omar", "check nationality", DAY_2);
        f.span(a2, "ATTACK", "هجوم", "amal", "", DAY_1);
        f.span(a2, "LOCATION", "الموصل", "amal", "", DAY_2);
        f.span(a2, "STATE_SECURITY", "الشرطة", "omar", "", DAY_2);
        f.span(a2, "ARREST", "اعتقال", "omar", "", DAY_2);
        f.library.articleAnnotations().save(new ArticleAnnotation(a1, ArticleStatus.DONE, Relevance.RELEVANT, List.of(), ""));
        f.library.articleAnnotations().save(new ArticleAnnotation(a2, ArticleStatus.IN_PROGRESS, Relevance.UNSET,
                List.of(), ""));
        return f;
    }

    /** {@code count} spans over a few articles, values drawn from small sets so that ties abound. */
    static ReviewFixture random(Path db, int count, long seed) {
        ReviewFixture f = new ReviewFixture(open(db));
        Random random = new Random(seed);
        List<NewArticle> texts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            texts.add(article(ARTICLE_1 + " " + i + "\n" + ARTICLE_2, i % 2 == 0 ? "عنوان" : "خبر " + (i % 3)));
        }
        f.articles.addAll(f.addArticles(texts));
        String[] labels = {"ATTACK", "LOCATION", "PERSON", "STATE_GOV"};
        String[] annotators = {"amal", "omar", "سارة"};
        String[] notes = {"", "", "", "راجع", "check"};
        Instant[] times = {DAY_1, DAY_2, DAY_2.plusSeconds(60)};
        ArticleStatus[] statuses = ArticleStatus.values();
        for (long article : f.articles) {
            f.library.articleAnnotations().save(new ArticleAnnotation(article, statuses[random.nextInt(statuses.length)],
                    Relevance.UNSET, List.of(), ""));
        }
        String[] words = {"وزيرُ", "التحالف", "بغدادَ", "هجوم", "الموصل", "الشرطة"};
        for (int i = 0; i < count; i++) {
            long article = f.articles.get(random.nextInt(f.articles.size()));
            f.span(article, labels[random.nextInt(labels.length)], words[random.nextInt(words.length)],
                    annotators[random.nextInt(annotators.length)], notes[random.nextInt(notes.length)],
                    times[random.nextInt(times.length)]);
        }
        return f;
    }

    private static Library open(Path db) {
        Library lib = SqliteLibrary.open(db, true);
        new SchemaService(lib).ensureSchema();
        return lib;
    }

    private List<Long> addArticles(List<NewArticle> list) {
        return library.articles().addAll(list).stream().map(r -> r.id()).toList();
    }

    static NewArticle article(String text, String title) {
        return new NewArticle(text, new ArticleMetadata(title, "", "", ""),
                new ImportRecord("/in/" + TextHash.sha256(text).substring(0, 6) + ".txt", "UTF-8",
                        Instant.parse("2026-11-29T08:00:00Z"), TextHash.sha256(text)));
    }

    /** Adds a span over the first occurrence of {@code covered}; offsets in code points. */
    Span span(long article, String label, String covered, String annotator, String note, Instant at) {
        String text = library.articles().find(article).orElseThrow().text();
        int from16 = text.indexOf(covered);
        if (from16 < 0) {
            throw new IllegalArgumentException(covered + " not in article " + article);
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        Span span = library.spans().add(new NewSpan(article, label, offsets.toCodePoint(from16),
                offsets.toCodePoint(from16 + covered.length()), covered, annotator, "", at));
        if (!note.isEmpty()) {
            span = library.spans().updateNote(span.id(), note, at);
        }
        spans.add(span);
        return span;
    }
}
