package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.SelectionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each filter alone and combined, answered by the store's streaming query. */
class ExportFiltersTest {
    @TempDir
    Path dir;
    ExportFixture f;
    SelectionService selection;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        selection = new SelectionService(f.library);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private List<String> texts(SpanFilter filter) {
        List<String> texts = new ArrayList<>();
        selection.forEachSpan(filter, s -> texts.add(s.text()));
        assertThat(selection.countSpans(filter)).isEqualTo(texts.size());
        return texts;
    }

    private List<Long> articles(SpanFilter filter) {
        List<Long> ids = new ArrayList<>();
        f.library.selection().forEachArticle(filter, a -> ids.add(a.article().id()));
        assertThat(selection.countArticles(filter)).isEqualTo(ids.size());
        return ids;
    }

    @Test
    void everythingComesInArticleAndOffsetOrder() {
        List<Span> streamed = new ArrayList<>();
        selection.forEachSpan(SpanFilter.ALL, streamed::add);
        assertThat(streamed).hasSize(7);
        assertThat(streamed).isSortedAccordingTo((x, y) -> x.articleId() != y.articleId()
                ? Long.compare(x.articleId(), y.articleId()) : Integer.compare(x.start(), y.start()));
        assertThat(articles(SpanFilter.ALL)).containsExactly(f.a1, f.a2, f.a3);
    }

    @Test
    void labelAndKindChooseSpans() {
        assertThat(texts(SpanFilter.ALL.withLabels(Set.of("LOCATION")))).containsExactly("بغداد", "الموصل");
        assertThat(texts(SpanFilter.ALL.withLabels(Set.of("LOCATION", "ATTACK")))).containsExactly("بغداد", "هجوم", "الموصل");
        assertThat(texts(SpanFilter.ALL.withKinds(Set.of(LabelKind.EVENT)))).containsExactly("هجوم");
        assertThat(texts(SpanFilter.ALL.withKinds(Set.of(LabelKind.TIME)))).containsExactly("🙂 انتهى");
    }

    @Test
    void articleStatusRelevanceAndTagChooseArticles() {
        assertThat(texts(SpanFilter.ALL.withArticles(Set.of(f.a2)))).containsExactly("هجوم", "الموصل");
        assertThat(texts(SpanFilter.ALL.withStatuses(Set.of(ArticleStatus.DONE)))).hasSize(5);
        assertThat(articles(SpanFilter.ALL.withStatuses(Set.of(ArticleStatus.NEW)))).containsExactly(f.a3);
        assertThat(articles(SpanFilter.ALL.withRelevances(Set.of(Relevance.NOT_RELEVANT)))).containsExactly(f.a2);
        assertThat(articles(SpanFilter.ALL.withRelevances(Set.of(Relevance.UNSET, Relevance.RELEVANT))))
                .containsExactly(f.a1, f.a3);
        assertThat(articles(SpanFilter.ALL.withTags(Set.of("عراق")))).containsExactly(f.a1, f.a2);
        assertThat(articles(SpanFilter.ALL.withTags(Set.of("nato")))).containsExactly(f.a1);
    }

    @Test
    void annotatorAndDateRangeChooseSpansAndOnlyArticlesWithChosenSpans() {
        assertThat(texts(SpanFilter.ALL.withAnnotators(Set.of("omar")))).containsExactly("NATO", "بغداد");
        assertThat(articles(SpanFilter.ALL.withAnnotators(Set.of("omar")))).containsExactly(f.a1);
        LocalDate nov30 = LocalDate.of(2026, 11, 30);
        LocalDate dec1 = LocalDate.of(2026, 12, 1);
        assertThat(texts(SpanFilter.ALL.withDates(nov30, nov30))).hasSize(3);
        // the last second of the day still counts: both ends inclusive
        assertThat(texts(SpanFilter.ALL.withDates(dec1, dec1))).hasSize(4);
        assertThat(texts(SpanFilter.ALL.withDates(dec1, null))).hasSize(4);
        assertThat(texts(SpanFilter.ALL.withDates(null, nov30))).hasSize(3);
        assertThat(texts(SpanFilter.ALL.withDates(LocalDate.of(2026, 12, 2), null))).isEmpty();
    }

    @Test
    void filtersCombineAndAnnotatedArticlesCarryOnlyTheirChosenSpansAndTheirTags() {
        SpanFilter filter = SpanFilter.ALL.withAnnotators(Set.of("amal")).withKinds(Set.of(LabelKind.PLACE))
                .withTags(Set.of("عراق"));
        assertThat(texts(filter)).containsExactly("الموصل");
        List<AnnotatedArticle> chosen = new ArrayList<>();
        f.library.selection().forEachArticle(filter, chosen::add);
        assertThat(chosen).hasSize(1);
        assertThat(chosen.get(0).article().id()).isEqualTo(f.a2);
        assertThat(chosen.get(0).spans()).extracting(Span::text).containsExactly("الموصل");
        assertThat(chosen.get(0).annotation().tags()).containsExactly("عراق");
        assertThat(chosen.get(0).annotation().relevance()).isEqualTo(Relevance.NOT_RELEVANT);
        assertThat(chosen.get(0).article().text()).isEqualTo(ExportFixture.ARTICLE_2);
    }

    @Test
    void choicesForTheFilterAndUnknownLabels() {
        assertThat(selection.annotators()).containsExactly("amal", "omar");
        assertThat(selection.tags()).containsExactly("nato", "عراق");
        assertThat(selection.unknownLabels(SpanFilter.ALL.withLabels(Set.of("ATTACK", "ATTAK")))).containsExactly("ATTAK");
    }
}
