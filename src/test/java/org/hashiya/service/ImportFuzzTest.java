package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hashiya.domain.Article;
import org.hashiya.io.ArabicSamples;
import org.hashiya.io.ArticleFileReader;
import org.hashiya.io.DecodedArticle;
import org.hashiya.service.ImportOutcome.Kind;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of broken files derived from valid ones in every encoding: truncated, bit-flipped,
 * spliced, random. Each must be imported or refused with a one-line reason; none may throw, hang
 * or leave an article that differs from what its file decodes to.
 */
class ImportFuzzTest {
    static final int INPUTS = 3_000;
    /** Fixed so a failure can be reproduced; -Dfuzz.seed=N explores other inputs. */
    static final long SEED = Long.getLong("fuzz.seed", 20250102L);

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final String[] HTML_BITS = {"<", ">", "<p>", "</p>", "<div>", "</div>", "<!--", "-->",
        "<script>", "</script>", "<article>", "<br>", "&#x", "&amp;", "&#1575;", "<meta charset=\"utf-8\">",
        "<meta charset=\"windows-1256\">", "<meta charset=\"bogus\">", "\"", "'", "<![CDATA[", "<nav>"};

    @TempDir
    Path dir;

    private record Seed(byte[] bytes, boolean html) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyBrokenInputIsImportedOrRefusedWithAReason() throws Exception {
        Random random = new Random(SEED);
        List<Seed> seeds = seeds();
        Path in = Files.createDirectories(dir.resolve("fuzz"));
        for (int i = 0; i < INPUTS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] input = mutate(seed.bytes(), seeds, random);
            boolean html = random.nextInt(10) == 0 ? !seed.html() : seed.html(); // sometimes the wrong extension
            Files.write(in.resolve(String.format("%04d.%s", i, html ? "html" : "txt")), input);
        }
        Files.writeString(in.resolve("deep.html"), "<div>".repeat(20_000) + "<p>نص عميق</p>");

        ImportReport report;
        try (Library library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            long start = System.nanoTime();
            report = new ArticleImporter(library.articles(), Clock.systemUTC())
                    .importPaths(List.of(in), ImportListener.NONE, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(report.outcomes()).hasSize(INPUTS + 1);
            ArticleFileReader reader = new ArticleFileReader();
            for (ImportOutcome outcome : report.outcomes()) {
                assertThat(outcome.kind()).as(outcome.describe()).isIn(Kind.IMPORTED, Kind.DUPLICATE, Kind.REFUSED);
                assertThat(outcome.message()).as(outcome.describe()).isNotBlank().doesNotContain("\n", "\r")
                        .doesNotContain("unexpected error");
                if (outcome.kind() != Kind.REFUSED) {
                    // what is stored is exactly what the whole file decodes to: no partial article
                    DecodedArticle decoded = reader.read(outcome.file());
                    Article stored = library.articles().find(outcome.articleId().getAsLong()).orElseThrow();
                    assertThat(stored.importRecord().sha256()).as(outcome.describe())
                            .isEqualTo(TextHash.sha256(decoded.text()));
                    if (outcome.kind() == Kind.IMPORTED) {
                        assertThat(stored.text()).as(outcome.describe()).isEqualTo(decoded.text())
                                .doesNotContain("\r").doesNotStartWith("\uFEFF").isNotBlank();
                    }
                }
            }
            assertThat(library.articles().count()).isEqualTo(report.imported());

            Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
            report.outcomes().forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
            Map<String, Long> reasons = new java.util.TreeMap<>();
            report.outcomes(Kind.REFUSED).forEach(o -> reasons.merge(o.message().replaceAll("[0-9]+", "N"), 1L, Long::sum));
            System.out.printf("fuzzed %d inputs (seed %d) in %.2f s: %s; refusals: %s%n", report.outcomes().size(), SEED,
                    seconds, counts, reasons);
            // the inputs really exercise both paths
            assertThat(report.imported()).isGreaterThan(INPUTS / 10);
            assertThat(report.refused()).isGreaterThan(INPUTS / 10);
        }
    }

    /** Valid files: the samples as text in every supported encoding, and as web pages. */
    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (String article : ArabicSamples.articles()) {
            String crlf = article.replace("\n", "\r\n");
            seeds.add(new Seed(article.getBytes(StandardCharsets.UTF_8), false));
            seeds.add(new Seed(ArabicSamples.utf8Bom(crlf), false));
            seeds.add(new Seed(ArabicSamples.utf16LeBom(article), false));
            seeds.add(new Seed(ArabicSamples.utf16BeBom(crlf), false));
            seeds.add(new Seed(ArabicSamples.encode(article, WINDOWS_1256), false));
            seeds.add(new Seed(ArabicSamples.encode(ArabicSamples.encodable(article, ISO_8859_6), ISO_8859_6), false));
            seeds.add(new Seed(ArabicSamples.encode(page(article, "<meta charset=\"utf-8\">"), StandardCharsets.UTF_8), true));
            seeds.add(new Seed(ArabicSamples.encode(page(article, "<meta charset=\"windows-1256\">"), WINDOWS_1256), true));
            seeds.add(new Seed(ArabicSamples.encode(page(article, ""), WINDOWS_1256), true));
            seeds.add(new Seed(ArabicSamples.utf16LeBom(page(article, "")), true));
        }
        return seeds;
    }

    private static String page(String article, String charsetMeta) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : article.split("\n")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        return "<html><head>" + charsetMeta + "<title>" + article.lines().findFirst().orElse("")
                + "</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><article>" + body
                + "</article><footer>حقوق</footer></body></html>";
    }

    private static byte[] mutate(byte[] valid, List<Seed> seeds, Random random) {
        byte[] b = valid.clone();
        switch (random.nextInt(11)) {
            case 0 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1)); // truncated
            case 1 -> {
                for (int n = 1 + random.nextInt(10); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> {
                for (int n = 1 + random.nextInt(30); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 3 -> b = insert(b, random.nextInt(b.length + 1), randomBytes(random, 1 + random.nextInt(200)));
            case 4 -> {
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + random.nextInt(b.length - from + 1));
                b = concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, b.length));
            }
            case 5 -> {
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(500));
                b = insert(b, random.nextInt(b.length + 1), Arrays.copyOfRange(b, from, to));
            }
            case 6 -> { // two files in different encodings glued together
                byte[] other = seeds.get(random.nextInt(seeds.size())).bytes();
                b = concat(Arrays.copyOf(b, random.nextInt(b.length + 1)),
                        Arrays.copyOfRange(other, random.nextInt(other.length), other.length));
            }
            case 7 -> b = randomBytes(random, random.nextInt(5000));
            case 8 -> { // random upper-half bytes: every one decodes in windows-1256
                b = randomBytes(random, 1 + random.nextInt(3000));
                for (int i = 0; i < b.length; i++) {
                    b[i] |= (byte) 0x80;
                }
            }
            case 9 -> b = insert(b, random.nextInt(b.length + 1), new byte[1 + random.nextInt(4)]); // NULs
            default -> {
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    byte[] bit = HTML_BITS[random.nextInt(HTML_BITS.length)].getBytes(StandardCharsets.US_ASCII);
                    b = insert(b, random.nextInt(b.length + 1), bit);
                }
            }
        }
        return b;
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + piece.length);
        out.write(b, 0, at);
        out.write(piece, 0, piece.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}
