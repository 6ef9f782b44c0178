package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlArticleExtractorTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private static final String P1 = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة التنظيمات المتشددة.";
    private static final String P2 = "جاء ذلك خلال اجتماع رفيع المستوى عُقد في العاصمة واشنطن، حيث دعا المسؤولون إلى تكثيف الجهود.";
    private static final String P3 = "وأكد المتحدث \u200Fأن \u2067«التحالف»\u2069 سيواصل عملـــه.";

    /** P3 as windows-1256 can hold it: RLM is there, the isolates are not. */
    private static final String P3_CP1256 = "وأكد المتحدث \u200Fأن «التحالف» سيواصل عملـــه.";

    private final ArticleFileReader reader = new ArticleFileReader();

    /** A scraped news page: site chrome around one article, metadata in the head. */
    static String newsPage(String charsetMeta) {
        return newsPage(charsetMeta, P3);
    }

    static String newsPage(String charsetMeta, String lastParagraph) {
        return """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head>
                %s
                <title>واشنطن تدعو التحالف | المصري اليوم</title>
                <meta property="og:title" content="واشنطن تدعو دول التحالف إلى الاستمرار في الحرب">
                <meta property="og:site_name" content="المصري اليوم">
                <meta property="article:published_time" content="2024-03-05T10:15:00+02:00">
                <link rel="canonical" href="https://example.com/news/12345">
                <style>body { color: red }</style>
                <script>var nav = "قائمة";</script>
                </head><body>
                <header><div class="logo">المصري اليوم</div></header>
                <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">أخبار العالم</a></li></ul></nav>
                <div class="layout">
                  <article>
                    <h1>واشنطن تدعو دول التحالف</h1>
                    <p>%s</p>
                    <p>
                       %s
                    </p>
                    <p>%s</p>
                    <form><input name="q"><button>بحث</button></form>
                  </article>
                  <aside><h3>الأكثر قراءة</h3><p>خبر آخر في الشريط الجانبي لا علاقة له بالمقال.</p></aside>
                </div>
                <footer><p>جميع الحقوق محفوظة © 2024</p></footer>
                </body></html>
                """.formatted(charsetMeta, P1, P2, lastParagraph);
    }

    @Test
    void takesTheArticleTextWithoutSiteChromeOneParagraphPerBlock() throws Exception {
        DecodedArticle article = reader.decode(ArticleFileType.HTML,
                newsPage("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8));
        assertThat(article.text()).isEqualTo("واشنطن تدعو دول التحالف\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(article.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsTitleUrlDateAndOutletFromThePage() throws Exception {
        DecodedArticle article = reader.decode(ArticleFileType.HTML,
                newsPage("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("واشنطن تدعو دول التحالف إلى الاستمرار في الحرب");
        assertThat(article.url()).isEqualTo("https://example.com/news/12345");
        assertThat(article.published()).isEqualTo("2024-03-05T10:15:00+02:00");
        assertThat(article.source()).isEqualTo("المصري اليوم");
    }

    @Test
    void decodesAPageThatDeclaresWindows1256InAMetaCharset() throws Exception {
        byte[] page = ArabicSamples.encode(newsPage("<meta charset=\"windows-1256\">", P3_CP1256), WINDOWS_1256);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, page);
        assertThat(article.encoding()).isEqualTo("windows-1256");
        assertThat(article.text()).contains(P1, P2, P3_CP1256);
        assertThat(article.source()).isEqualTo("المصري اليوم");
    }

    @Test
    void decodesAPageThatDeclaresWindows1256InHttpEquiv() throws Exception {
        byte[] page = ArabicSamples.encode(newsPage(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", P3_CP1256), WINDOWS_1256);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, page);
        assertThat(article.encoding()).isEqualTo("windows-1256");
        assertThat(article.text()).contains(P1);
    }

    @Test
    void detectsWindows1256WhenThePageDeclaresNothing() throws Exception {
        byte[] page = ArabicSamples.encode(newsPage("", P3_CP1256), WINDOWS_1256);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, page);
        assertThat(article.encoding()).isEqualTo("windows-1256");
        assertThat(article.text()).contains(P2);
    }

    @Test
    void believesTheBytesOverAWrongDeclarationWhenTheyAreValidUtf8() throws Exception {
        byte[] page = newsPage("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, page);
        assertThat(article.encoding()).isEqualTo("UTF-8");
        assertThat(article.text()).contains(P1);
    }

    @Test
    void fallsBackToDetectionWhenADeclaredUtf8PageIsNotUtf8() throws Exception {
        byte[] page = ArabicSamples.encode(newsPage("<meta charset=\"utf-8\">", P3_CP1256), WINDOWS_1256);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, page);
        assertThat(article.encoding()).isEqualTo("windows-1256");
        assertThat(article.text()).contains(P3_CP1256);
    }

    @Test
    void decodesAUtf16PageByItsByteOrderMark() throws Exception {
        DecodedArticle article = reader.decode(ArticleFileType.HTML, ArabicSamples.utf16LeBom(newsPage("")));
        assertThat(article.encoding()).isEqualTo("UTF-16LE");
        assertThat(article.text()).contains(P1, P3);
    }

    @Test
    void withoutAnArticleElementPicksTheBlockHoldingMostParagraphText() throws Exception {
        String html = """
                <html><head><title>عنوان الصفحة</title></head><body>
                <div id="menu"><p>الرئيسية</p><p>رياضة</p></div>
                <div id="main"><div class="story">
                  <h2>عنوان فرعي</h2>
                  <p>%s</p><p>%s</p>
                </div></div>
                <div id="related"><p>اقرأ أيضا: خبر قصير</p></div>
                </body></html>""".formatted(P1, P2);
        DecodedArticle article = reader.decode(ArticleFileType.HTML, html.getBytes(StandardCharsets.UTF_8));
        assertThat(article.text()).isEqualTo("عنوان فرعي\n\n" + P1 + "\n\n" + P2);
        assertThat(article.title()).isEqualTo("عنوان الصفحة");
    }

    @Test
    void aLineBreakStaysALineBreakInsideItsParagraph() throws Exception {
        String html = "<html><body><article><p>السطر الأول<br>السطر  الثاني</p><div>فقرة <b>أخرى</b> هنا</div>"
                + "</article></body></html>";
        DecodedArticle article = reader.decode(ArticleFileType.HTML, html.getBytes(StandardCharsets.UTF_8));
        assertThat(article.text()).isEqualTo("السطر الأول\nالسطر الثاني\n\nفقرة أخرى هنا");
    }

    @Test
    void titleFallsBackToTheFirstHeadingAndUrlToOgUrl() throws Exception {
        String html = "<html><head><meta property=\"og:url\" content=\"https://example.org/a\"></head>"
                + "<body><h1>العنوان الرئيسي</h1><p>" + P1 + "</p></body></html>";
        DecodedArticle article = reader.decode(ArticleFileType.HTML, html.getBytes(StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("العنوان الرئيسي");
        assertThat(article.url()).isEqualTo("https://example.org/a");
        assertThat(article.published()).isEmpty();
        assertThat(article.source()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta property=\"og:published_time\" content=\"2023-01-02\">|2023-01-02",
        "<meta name=\"date\" content=\"2023-01-03\">|2023-01-03",
        "<meta name=\"pubdate\" content=\"20230104\">|20230104",
        "<meta name=\"DC.date\" content=\"2023-01-05\">|2023-01-05",
        "<meta itemprop=\"datePublished\" content=\"2023-01-06T08:00:00Z\">|2023-01-06T08:00:00Z",
        "<span itemprop=\"datePublished\">2023-01-07</span>|2023-01-07",
        "<time datetime=\"2023-01-08T09:30\">8 يناير</time>|2023-01-08T09:30",
    })
    void findsThePublicationDateInTheUsualPlaces(String markup, String expected) throws Exception {
        String html = "<html><head>" + (markup.startsWith("<meta") ? markup : "") + "</head><body><article><p>"
                + P1 + "</p>" + (markup.startsWith("<meta") ? "" : markup) + "</article></body></html>";
        DecodedArticle article = reader.decode(ArticleFileType.HTML, html.getBytes(StandardCharsets.UTF_8));
        assertThat(article.published()).isEqualTo(expected);
    }

    @Test
    void refusesAPageWithNoArticleText() {
        String html = "<html><head><title>فارغ</title><script>var a = 1;</script></head><body><nav>الرئيسية</nav>"
                + "<footer>حقوق</footer></body></html>";
        assertThatThrownBy(() -> reader.decode(ArticleFileType.HTML, html.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("no article text found in the page");
    }
}
