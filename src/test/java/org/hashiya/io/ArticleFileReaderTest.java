package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTextFilesByTheirExtensionWhateverItsCase() throws Exception {
        String text = ArabicSamples.article(0);
        Path upper = Files.write(dir.resolve("A.TXT"), ArabicSamples.encode(text, Charset.forName("windows-1256")));
        Path dotText = Files.writeString(dir.resolve("b.text"), text);
        ArticleFileReader reader = new ArticleFileReader();
        assertThat(reader.read(upper).text()).isEqualTo(text);
        assertThat(reader.read(upper).encoding()).isEqualTo("windows-1256");
        assertThat(reader.read(dotText).encoding()).isEqualTo("UTF-8");
        assertThat(reader.read(dotText).title()).as("a text file brings no title of its own").isEmpty();
    }

    @Test
    void readsHtmFilesAsWebPages() throws Exception {
        Path page = Files.writeString(dir.resolve("page.htm"), HtmlArticleExtractorTest.newsPage(""));
        DecodedArticle article = new ArticleFileReader().read(page);
        assertThat(article.url()).isEqualTo("https://example.com/news/12345");
        assertThat(article.text()).doesNotContain("<p>", "الرئيسية", "جميع الحقوق");
    }

    @Test
    void refusesAnUnknownFileType() throws Exception {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        Path none = Files.writeString(dir.resolve("README"), "نص");
        assertThatThrownBy(() -> new ArticleFileReader().read(pdf)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an article file (.pdf): Hashiya imports .txt, .html, .htm, .jsonl and brat .ann files");
        assertThatThrownBy(() -> new ArticleFileReader().read(none)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("not an article file (no extension): Hashiya imports .txt, .html, .htm, .jsonl and brat .ann files");
    }

    @Test
    void refusesFilesOverTheSizeLimitAndAcceptsOneExactlyAtIt() throws Exception {
        byte[] bytes = ArabicSamples.paragraphs(2, 3).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("a.txt"), bytes);
        assertThat(new ArticleFileReader(bytes.length).read(file).text()).isEqualTo(ArabicSamples.paragraphs(2, 3));
        assertThatThrownBy(() -> new ArticleFileReader(bytes.length - 1).read(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("too large for an article: ")
                .hasMessageEndingWith("(the limit is " + ArticleFileReader.humanSize(bytes.length - 1) + ")");
    }

    @Test
    void theDefaultLimitIsTwentyMegabytes() {
        assertThat(ArticleFileReader.MAX_FILE_BYTES).isEqualTo(20L * 1024 * 1024);
        assertThat(ArticleFileReader.humanSize(ArticleFileReader.MAX_FILE_BYTES)).isEqualTo("20 MB");
        assertThat(ArticleFileReader.humanSize(1536)).isEqualTo("1.5 KB");
        assertThat(ArticleFileReader.humanSize(999)).isEqualTo("999 bytes");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> new ArticleFileReader().read(dir.resolve("gone.txt")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("no such file");
    }

    @Test
    void refusesAnEmptyHtmlFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        assertThatThrownBy(() -> new ArticleFileReader().read(empty))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file");
    }
}
