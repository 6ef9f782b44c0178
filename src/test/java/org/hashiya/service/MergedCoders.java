package org.hashiya.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Three coders' libraries, the two others merged into amal's ({@link #MINE}), as a researcher
 * would: amal coded {@link #SHARED} (done, relevant, «عراق», «ملاحظتي») and {@link #ONLY_MINE};
 * omar coded SHARED otherwise (a note with an emoji, a line break, a comma and quotes) and
 * {@link #ONLY_THEIRS}, which amal lacks; sami coded SHARED exactly as amal did (so the merge keeps
 * no coding of his there) and ONLY_MINE (a tag starting with {@code =}).
 */
public final class MergedCoders {
    public static final String SHARED = "قصفت الطائرات مدينة الموصل صباح اليوم.";
    public static final String ONLY_MINE = "اجتمع الوزير بنظيره في بغداد.";
    public static final String ONLY_THEIRS = "أعلن الجيش سيطرته على البلدة بعد معارك عنيفة.";
    public static final String OMAR_NOTE = "رأيي: الغارة 🔥 على «المدينة»، لا الموصل نفسها، والمصادر المحلية تختلف"
            + " في عدد الضحايا وفي توقيت القصف\nسطر ثان, \"مقتبس\"";
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private MergedCoders() {
    }

    /** Writes amal's, omar's and sami's libraries into {@code dir} and merges the two others into amal's; returns it. */
    public static Path create(Path dir) {
        Path mine = dir.resolve("amal.db");
        try (Library lib = SqliteLibrary.open(mine, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            long own = TestArticles.add(lib, "لي", ONLY_MINE);
            lib.spans().add(new NewSpan(shared, "ATTACK", 0, 4, "قصفت", "amal", "", T0));
            lib.spans().add(new NewSpan(shared, "LOCATION", 20, 26, "الموصل", "amal", "", T0));
            lib.spans().add(new NewSpan(own, "MEET", 0, 5, "اجتمع", "amal", "", T0));
            lib.articleAnnotations().save(new ArticleAnnotation(shared, ArticleStatus.DONE, Relevance.RELEVANT,
                    List.of("عراق"), "ملاحظتي"));
        }
        Path omar = dir.resolve("omar.db");
        try (Library lib = SqliteLibrary.open(omar, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك عنده", SHARED);
            long other = TestArticles.add(lib, "له", ONLY_THEIRS);
            lib.spans().add(new NewSpan(shared, "ATTACK", 0, 4, "قصفت", "omar", "", T0));
            lib.spans().add(new NewSpan(shared, "LOCATION", 14, 26, "مدينة الموصل", "omar", "", T0));
            lib.spans().add(new NewSpan(other, "STATE_MIL", 5, 10, "الجيش", "omar", "", T0));
            lib.articleAnnotations().save(new ArticleAnnotation(shared, ArticleStatus.IN_PROGRESS, Relevance.NOT_RELEVANT,
                    List.of("موصل", "غارة"), OMAR_NOTE));
            lib.articleAnnotations().save(new ArticleAnnotation(other, ArticleStatus.DONE, Relevance.RELEVANT,
                    List.of("بلدة"), ""));
        }
        Path sami = dir.resolve("sami.db");
        try (Library lib = SqliteLibrary.open(sami, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            long own = TestArticles.add(lib, "لي", ONLY_MINE);
            lib.spans().add(new NewSpan(shared, "ATTACK", 0, 14, "قصفت الطائرات", "sami", "", T0));
            lib.spans().add(new NewSpan(own, "MEET", 0, 5, "اجتمع", "sami", "", T0));
            lib.articleAnnotations().save(new ArticleAnnotation(shared, ArticleStatus.DONE, Relevance.RELEVANT,
                    List.of("عراق"), "ملاحظتي"));
            lib.articleAnnotations().save(new ArticleAnnotation(own, ArticleStatus.REVIEWED, Relevance.UNSET,
                    List.of("=SUM(A1)"), "لقاء"));
        }
        try (Library lib = SqliteLibrary.open(mine, false)) {
            new MergeService(lib).merge(List.of(omar, sami), MergeService.Listener.NONE);
        }
        return mine;
    }
}
