package org.hashiya.ui.stats;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hashiya.TestArticles;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;

/**
 * Manual check: annotates a library of real articles (imported with {@code hashiya import}) as
 * three annotators would over three weeks, so the statistics window has something to show. Each
 * article's paragraphs are added as articles too, and every occurrence of a few dozen words and
 * names gets its label. Args: library file.
 */
public final class StatisticsDemoLibraryMain {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("الولايات المتحدة", "STATE_GOV"), Map.entry("واشنطن", "LOCATION"), Map.entry("التحالف الدولي", "COALITION_IGO"),
            Map.entry("داعش", "NONSTATE_ARMED"), Map.entry("التنظيم", "NONSTATE_ARMED"), Map.entry("مراكش", "LOCATION"),
            Map.entry("العراق", "LOCATION"), Map.entry("سوريا", "LOCATION"), Map.entry("أفريقيا", "LOCATION"),
            Map.entry("الاجتماع", "MEET"), Map.entry("اجتماع", "MEET"), Map.entry("اجتمع", "MEET"),
            Map.entry("الهجوم", "ATTACK"), Map.entry("الهجمات", "ATTACK"), Map.entry("القتال", "ATTACK"),
            Map.entry("المدنيين", "CIVILIANS"), Map.entry("قوات الأمن العراقية", "STATE_SECURITY"),
            Map.entry("مجلس الأمن", "COALITION_IGO"), Map.entry("البيان الختامي", "STATEMENT"), Map.entry("أكد", "STATEMENT"),
            Map.entry("الأربعاء", "TIME"), Map.entry("أمس", "TIME"), Map.entry("يناير 2022", "TIME"),
            Map.entry("وزراء", "STATE_GOV"), Map.entry("وزير الخارجية", "STATE_GOV"), Map.entry("المقاتلين الأجانب", "NONSTATE_ARMED"),
            Map.entry("دعم", "PLEDGE_AID"), Map.entry("الجيش", "STATE_MIL"), Map.entry("العسكري", "STATE_MIL"));
    private static final String[] ANNOTATORS = {"أمل", "omar", "hind"};

    public static void main(String[] args) {
        Random random = new Random(9);
        Instant start = Instant.parse("2026-11-09T08:00:00Z");
        try (Library lib = SqliteLibrary.open(Path.of(args[0]), false)) {
            new SchemaService(lib).ensureSchema();
            int n = 0;
            for (ArticleSummary summary : lib.articles().listSummaries()) {
                String[] paragraphs = lib.articles().find(summary.id()).orElseThrow().text().split("\n");
                for (String p : paragraphs) {
                    if (p.strip().length() > 120) {
                        TestArticles.add(lib, "فقرة " + ++n, p.strip());
                    }
                }
            }
            List<ArticleSummary> all = lib.articles().listSummaries();
            ArticleStatus[] statuses = ArticleStatus.values();
            int spans = 0;
            for (ArticleSummary summary : all) {
                Article article = lib.articles().find(summary.id()).orElseThrow();
                String annotator = ANNOTATORS[random.nextInt(ANNOTATORS.length)];
                Instant day = start.plus(random.nextInt(21), ChronoUnit.DAYS);
                CodePointOffsets offsets = new CodePointOffsets(article.text());
                for (Map.Entry<String, String> word : WORDS.entrySet()) {
                    for (int at = article.text().indexOf(word.getKey()); at >= 0; at = article.text().indexOf(word.getKey(), at + 1)) {
                        if (random.nextInt(5) == 0) {
                            continue; // not every occurrence gets marked
                        }
                        Instant when = day.plusSeconds(random.nextInt(8 * 3600));
                        lib.spans().add(new NewSpan(article.id(), word.getValue(), offsets.toCodePoint(at),
                                offsets.toCodePoint(at + word.getKey().length()), word.getKey(), annotator, "", when));
                        spans++;
                    }
                }
                lib.articleAnnotations().save(new ArticleAnnotation(article.id(), statuses[random.nextInt(statuses.length)],
                        Relevance.UNSET, List.of(), ""));
            }
            System.err.println(all.size() + " articles, " + spans + " spans added");
        }
    }
}
