package org.hashiya.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGeneratorTest {
    @Test
    void sameSeedAndIndexGiveTheSameTextAndOtherSeedsOtherTexts() {
        ArticleGenerator a = new ArticleGenerator(1, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        ArticleGenerator b = new ArticleGenerator(1, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        ArticleGenerator c = new ArticleGenerator(2, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        assertThat(a.text(17)).isEqualTo(b.text(17));
        assertThat(a.text(17)).isNotEqualTo(c.text(17)).isNotEqualTo(a.text(18));
    }

    @Test
    void variedArticlesAreUniqueArabicAndSpreadOverOneToTenKilobytes() {
        ArticleGenerator g = new ArticleGenerator(3, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Set<String> hashes = new HashSet<>();
        IntSummaryStatistics bytes = IntStream.range(0, 500).map(i -> {
            hashes.add(g.sha256(i));
            return g.text(i).getBytes(StandardCharsets.UTF_8).length;
        }).summaryStatistics();
        assertThat(hashes).hasSize(500);
        assertThat(bytes.getMin()).isBetween(1000, 2500);
        assertThat(bytes.getMax()).isBetween(8000, 11000);
        assertThat(bytes.getAverage()).isBetween(4500.0, 7000.0);
        assertThat(g.text(0)).containsPattern("\\p{IsArabic}{3,}");
    }

    @Test
    void fiveKilobyteArticlesStayNearFiveKilobytesAndSomeUseWindowsLineEndings() {
        ArticleGenerator g = new ArticleGenerator(4, ArticleGenerator.Sizes.AROUND_5KB);
        long crlf = IntStream.range(0, 200).filter(i -> g.text(i).contains("\r\n")).count();
        assertThat(IntStream.range(0, 200).map(i -> g.text(i).getBytes(StandardCharsets.UTF_8).length))
                .allSatisfy(n -> assertThat(n).isBetween(4000, 6200));
        assertThat(crlf).isBetween(5L, 50L);
        assertThat(g.newArticle(0).text()).doesNotContain("\r");
    }

    @Test
    void writesOneUtf8FilePerArticle(@TempDir Path dir) throws Exception {
        ArticleGenerator g = new ArticleGenerator(5, ArticleGenerator.Sizes.AROUND_5KB);
        g.writeFiles(dir, 3);
        assertThat(Files.readString(dir.resolve(ArticleGenerator.fileName(2)))).isEqualTo(g.text(2));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(3);
        }
    }
}
