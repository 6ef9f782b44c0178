package org.hashiya.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;
import org.hashiya.io.SchemaJson;
import org.hashiya.text.CodePointOffsets;
import org.junit.jupiter.api.Test;

class SpanGeneratorTest {
    private final LabelSchema schema = SchemaJson.readDefault();
    private final ArticleGenerator articles = new ArticleGenerator(7, ArticleGenerator.Sizes.AROUND_5KB);
    private final SpanGenerator spans = new SpanGenerator(7, schema);

    @Test
    void spansCoverTheirTextAtCodePointOffsetsWithDefaultLabels() {
        String text = articles.newArticle(3).text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<NewSpan> list = spans.spans(3, text);
        List<String> labels = schema.active().stream().map(SpanLabel::id).toList();
        assertThat(list).allSatisfy(s -> {
            assertThat(s.text()).isEqualTo(text.substring(offsets.toUtf16(s.start()), offsets.toUtf16(s.end())));
            assertThat(s.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(labels).contains(s.labelId());
        });
        assertThat(list.stream().map(NewSpan::labelId).distinct().count()).isGreaterThan(1);
    }

    @Test
    void naturalDensityIsAboutOneSpanPerEightToFifteenWordsWithSomeOverlapping() {
        String text = articles.newArticle(4).text();
        int words = text.split("\\s+").length;
        List<NewSpan> list = spans.spans(4, text);
        assertThat(list.size()).isBetween(words / 15, words / 7);
        long overlapping = 0;
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).start() < list.get(i - 1).end()) {
                overlapping++;
            }
        }
        assertThat(overlapping).isPositive();
    }

    @Test
    void askedForCountIsMetExactlyOnALongArticleAndTheSameSeedGivesTheSameSpans() {
        String text = articles.longText(1, 200_000);
        assertThat(spans.spans(1, text, 1500)).hasSize(1500).isEqualTo(new SpanGenerator(7, schema).spans(1, text, 1500));
        assertThat(spans.spans(1, text, 1500)).isNotEqualTo(new SpanGenerator(8, schema).spans(1, text, 1500));
    }
}
