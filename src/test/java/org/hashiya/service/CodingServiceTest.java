package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what each coder said about whole articles after merges: one article, and streamed for exports. */
class CodingServiceTest {
    @TempDir
    Path dir;

    private static long idOf(Library lib, String text) {
        return lib.articles().findIdBySha256(org.hashiya.text.TextHash.sha256(text)).orElseThrow();
    }

    @Test
    void oneArticleHasTheLibrarysOwnCodingAndEachMergedCodersDifferentOne() {
        Path mine = MergedCoders.create(dir);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            CodingService service = new CodingService(lib);
            long shared = idOf(lib, MergedCoders.SHARED);
            ArticleCodings codings = service.codingsOf(shared).orElseThrow();
            assertThat(codings.title()).isEqualTo("مشترك");
            assertThat(codings.own().status()).isEqualTo(ArticleStatus.DONE);
            assertThat(codings.own().tags()).containsExactly("عراق");
            assertThat(codings.own().note()).isEqualTo("ملاحظتي");
            // sami coded it as amal did: the merge kept nothing of his here
            assertThat(codings.merged()).extracting(ArticleCoding::annotator).containsExactly("omar");
            ArticleCoding omar = codings.of("omar").orElseThrow();
            assertThat(omar.annotation().status()).isEqualTo(ArticleStatus.IN_PROGRESS);
            assertThat(omar.annotation().relevance()).isEqualTo(Relevance.NOT_RELEVANT);
            assertThat(omar.annotation().tags()).containsExactly("غارة", "موصل");
            assertThat(omar.annotation().note()).isEqualTo(MergedCoders.OMAR_NOTE);
            assertThat(omar.mergedAt()).isNotNull();
            assertThat(codings.of("sami")).isEmpty();

            long onlyMine = idOf(lib, MergedCoders.ONLY_MINE);
            assertThat(service.codingsOf(onlyMine).orElseThrow().merged()).singleElement().satisfies(c -> {
                assertThat(c.annotator()).isEqualTo("sami");
                assertThat(c.annotation().status()).isEqualTo(ArticleStatus.REVIEWED);
                assertThat(c.annotation().relevance()).isEqualTo(Relevance.UNSET);
                assertThat(c.annotation().tags()).containsExactly("=SUM(A1)");
            });
            assertThat(service.codingsOf(9_999)).isEmpty();
        }
    }

    @Test
    void streamsTheCodingsOfTheArticlesAFilterChoosesInIdOrder() {
        Path mine = MergedCoders.create(dir);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            CodingService service = new CodingService(lib);
            List<ArticleCodings> all = new ArrayList<>();
            service.forEachArticleCodings(SpanFilter.ALL, all::add);
            assertThat(all).extracting(ArticleCodings::articleId).isSorted().hasSize(3);
            assertThat(all).extracting(a -> a.merged().stream().map(ArticleCoding::annotator).toList())
                    .containsExactly(List.of("omar"), List.of("sami"), List.of("omar"));
            // the article only omar had came in new for amal; his coding of it is kept under his name
            assertThat(all.get(2).own().status()).isEqualTo(ArticleStatus.NEW);
            assertThat(all.get(2).of("omar").orElseThrow().annotation().tags()).containsExactly("بلدة");
            // each stream equals the one-article reading
            for (ArticleCodings one : all) {
                assertThat(one).isEqualTo(service.codingsOf(one.articleId()).orElseThrow());
            }

            List<ArticleCodings> done = new ArrayList<>();
            service.forEachArticleCodings(SpanFilter.ALL.withStatuses(Set.of(ArticleStatus.DONE)), done::add);
            assertThat(done).extracting(ArticleCodings::title).containsExactly("مشترك");
            List<ArticleCodings> samis = new ArrayList<>();
            service.forEachArticleCodings(SpanFilter.ALL.withAnnotators(Set.of("sami")), samis::add);
            assertThat(samis).extracting(ArticleCodings::title).containsExactly("مشترك", "لي");
        }
    }
}
