package org.hashiya.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * A small library for the export tests: three Arabic articles, six spans by two annotators on two
 * days, tags and statuses.
 *
 * <pre>
 * article 1 «بيان الحكومة»    done, relevant, tag عاجل        STATE_GOV, PERSON (tester, 2024-05-02)
 * article 2 «هجوم في الموصل»  in_progress, tags أمن عاجل      UNIDENTIFIED_ARMED, ATTACK, LOCATION (other, 2024-06-10),
 *                                                           PERSON (tester, 2024-06-11)
 * article 3 «مقال بلا تسميات» new, no spans
 * </pre>
 */
final class ExportLibrary {
    static final String TEXT_1 = "قالت الحكومة العراقية إن القوات سيطرت على المدينة. وأكد الوزير محمد علي ذلك.";
    static final String TEXT_2 = "هاجم مسلحون مجهولون نقطة تفتيش في الموصل، وأعلن الشرطي أحمد حسن مقتل اثنين.";
    static final String TEXT_3 = "لا شيء في هذا المقال.";
    static final Instant MAY_2 = Instant.parse("2024-05-02T09:00:00Z");
    static final Instant JUNE_10 = Instant.parse("2024-06-10T09:00:00Z");
    static final Instant JUNE_11 = Instant.parse("2024-06-11T09:00:00Z");

    private ExportLibrary() {
    }

    static Path create(Path file) {
        try (Library library = SqliteLibrary.open(file, true)) {
            new SchemaService(library).ensureSchema();
            long first = TestArticles.add(library, "بيان الحكومة", TEXT_1);
            long second = TestArticles.add(library, "هجوم في الموصل", TEXT_2);
            TestArticles.add(library, "مقال بلا تسميات", TEXT_3);
            span(library, first, TEXT_1, "الحكومة العراقية", "STATE_GOV", "tester", MAY_2);
            span(library, first, TEXT_1, "محمد علي", "PERSON", "tester", MAY_2);
            span(library, second, TEXT_2, "مسلحون مجهولون", "UNIDENTIFIED_ARMED", "other", JUNE_10);
            span(library, second, TEXT_2, "هاجم", "ATTACK", "other", JUNE_10);
            span(library, second, TEXT_2, "الموصل", "LOCATION", "other", JUNE_10);
            span(library, second, TEXT_2, "أحمد حسن", "PERSON", "tester", JUNE_11);
            library.articleAnnotations().save(new ArticleAnnotation(first, ArticleStatus.DONE, Relevance.RELEVANT,
                    List.of("عاجل"), ""));
            library.articleAnnotations().save(new ArticleAnnotation(second, ArticleStatus.IN_PROGRESS, Relevance.UNSET,
                    List.of("أمن", "عاجل"), ""));
        }
        return file;
    }

    /** The words are all in the Basic Multilingual Plane, so UTF-16 indexes are code points. */
    private static void span(Library library, long article, String text, String words, String label, String annotator,
                             Instant at) {
        int start = text.indexOf(words);
        library.spans().add(new NewSpan(article, label, start, start + words.length(), words, annotator, "", at));
    }
}
