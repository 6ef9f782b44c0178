package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.io.ArabicSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of JSONL lines derived from valid ones (Hashiya's own and both doccano shapes):
 * truncated, spliced, with JSON fragments, odd numbers, broken UTF-8 or random bytes inserted.
 * Reading must never throw: every line that is not blank gives a document or one problem naming
 * file and line, and every span that comes fits its text.
 */
class JsonlFuzzTest {
    static final int FILES = 120;
    static final int LINES_PER_FILE = 15;
    /** Fixed so a failure can be reproduced; -Dfuzz.seed=N explores other inputs. */
    static final long SEED = Long.getLong("fuzz.seed", 20250611L);

    private static final String[] JSON_BITS = {"{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\\ud83d", "null",
        "-1", "1e999", "0.5", "99999999999", "true", "\"label\"", "\"text\": ", "\"entities\": 5", "\uFEFF", "\u2028",
        "\r", "\n", "\t", "😀", "\u200F", "[0, 3, \"X\"]", "{\"label\": \"X\", \"start_offset\": 0, \"end_offset\": 1}",
        "\"status\": \"bogus\"", "\"created_at\": \"x\"", "[".repeat(3000),
        "\"relations\": [{\"id\": 1, \"from_id\": 1, \"to_id\": 2, \"type\": \"Agent\"}]", "{\"from_id\": \"x\"}",
        "\"events\": [{\"trigger\": 1, \"certainty\": \"Maybe\"}]", "\"events\": 7", "\"to_id\": [1]",
        "{\"trigger\": {}, \"fatalities\": -3}", "\"incident\": [2]"};
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

    @TempDir
    Path dir;

    /** A line of a fuzzed file, and whether it was left as written. */
    private record Input(byte[] bytes, boolean intact) {
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyBrokenLineGivesADocumentOrOneProblemAndNeverAnException() throws Exception {
        Random random = new Random(SEED);
        List<String> seeds = seeds();
        int documents = 0;
        int lineProblems = 0;
        int spanProblems = 0;
        long started = System.nanoTime();
        long readNanos = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (int f = 0; f < FILES; f++) {
            List<Input> inputs = new ArrayList<>();
            for (int i = 0; i < LINES_PER_FILE; i++) {
                String seed = seeds.get(random.nextInt(seeds.size()));
                boolean intact = random.nextInt(8) == 0;
                inputs.add(new Input(intact ? utf8(seed) : mutate(seed, seeds, random), intact));
            }
            Path file = dir.resolve(String.format("%03d.jsonl", f));
            Map<Integer, Boolean> intactLines = new HashMap<>();
            byte[] content = assemble(inputs, intactLines);
            Files.write(file, content);

            CollectingSink sink = new CollectingSink();
            long t0 = System.nanoTime();
            JsonlReader.read(file, sink); // must not throw
            readNanos += System.nanoTime() - t0;

            List<Integer> expected = nonBlankLines(content);
            List<Integer> given = new ArrayList<>();
            for (AnnotatedDocument doc : sink.documents) {
                given.add(lineOf(doc.where(), file));
                assertSpansFit(doc, file);
                spanProblems += doc.problems().size();
            }
            for (String problem : sink.problems) {
                assertThat(problem).doesNotContain("\n", "\r").matches(Pattern.quote(file.toString()) + ":[0-9]+: .+");
                given.add(lineOf(problem, file));
            }
            given.sort(null);
            assertThat(given).as("every line accounted for once: %s", file).isEqualTo(expected);
            for (AnnotatedDocument doc : sink.documents) {
                if (intactLines.getOrDefault(lineOf(doc.where(), file), false)) {
                    assertThat(doc.problems()).as(doc.where()).isEmpty();
                }
            }
            for (String problem : sink.problems) {
                assertThat(intactLines.getOrDefault(lineOf(problem, file), false)).as(problem).isFalse();
            }
            sink.allProblems().forEach(p -> reasons.merge(reason(p, file), 1, Integer::sum));
            documents += sink.documents.size();
            lineProblems += sink.problems.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzzed %d JSONL files (seed %d) in %.2f s (reading %.2f s): %d documents, %d refused lines,"
                + " %d span or field problems; reasons: %s%n", FILES, SEED, seconds, readNanos / 1e9, documents, lineProblems,
                spanProblems, reasons);
        // the inputs really exercise every path
        int lines = FILES * LINES_PER_FILE;
        assertThat(documents).isGreaterThan(lines / 10);
        assertThat(lineProblems).isGreaterThan(lines / 10);
        assertThat(spanProblems).isGreaterThan(lines / 20);
    }

    /** Checked by hand rather than with AssertJ: there are a hundred thousand spans to look at. */
    private static void assertSpansFit(AnnotatedDocument doc, Path file) {
        int[] codePoints = doc.text().codePoints().toArray();
        for (DocumentSpan span : doc.spans()) {
            boolean fits = span.start() >= 0 && span.start() < span.end() && span.end() <= codePoints.length
                    && !span.label().isBlank() && (span.expectedText() == null || span.expectedText()
                    .equals(new String(codePoints, span.start(), span.end() - span.start())));
            if (!fits) {
                fail(doc.where() + ": a span that does not fit its text came through: " + span);
            }
        }
        for (DocumentEvent event : doc.events()) {
            boolean inside = event.trigger() >= 0 && event.trigger() < doc.spans().size()
                    && event.arguments().stream().allMatch(a -> a.filler() >= 0 && a.filler() < doc.spans().size())
                    && event.where().startsWith(doc.where() + ": ");
            if (!inside) {
                fail(doc.where() + ": an event naming a span the document does not have came through: " + event);
            }
        }
        for (String problem : doc.problems()) {
            if (!problem.startsWith(doc.where() + ": ") || problem.contains("\n") || problem.contains("\r")) {
                fail(doc.where() + ": a problem not on one line naming its line: " + problem);
            }
        }
        assertThat(doc.where()).startsWith(file.toString() + ":");
    }

    /** The kind of a problem: its reason without file, line, numbers, quoted values or parser detail. */
    private static String reason(String problem, Path file) {
        String rest = problem.substring(file.toString().length() + 1).replaceFirst("^[0-9]+: ", "");
        return rest.replaceAll("\\(.*?\\): ", ": ").replaceAll("\"[^\"]*\"", "Q").replaceAll("[0-9]+", "N")
                .replaceAll("^(not JSON).*", "$1").replaceAll("^(span N: ).* is not \\[", "$1... is not [");
    }

    private static int lineOf(String message, Path file) {
        String rest = message.substring(file.toString().length() + 1);
        int colon = rest.indexOf(':');
        return Integer.parseInt(colon < 0 ? rest : rest.substring(0, colon));
    }

    /** Joins the lines with \n, noting which line numbers hold an input left intact. */
    private static byte[] assemble(List<Input> inputs, Map<Integer, Boolean> intactLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int line = 1;
        for (Input input : inputs) {
            if (input.intact()) {
                intactLines.put(line, true);
            }
            out.writeBytes(input.bytes());
            out.write('\n');
            for (byte b : input.bytes()) {
                line += b == '\n' ? 1 : 0;
            }
            line++;
        }
        return out.toByteArray();
    }

    /** Lines (from 1) holding anything but JSON white space, a BOM at the start of the file aside. */
    private static List<Integer> nonBlankLines(byte[] content) {
        List<Integer> lines = new ArrayList<>();
        int from = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        int line = 1;
        boolean blank = true;
        for (int i = from; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n') {
                if (!blank) {
                    lines.add(line);
                }
                line++;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        if (!blank) {
            lines.add(line);
        }
        return lines;
    }

    /** Valid lines: the samples with spans on words, as Hashiya writes them and in both doccano shapes. */
    private static List<String> seeds() {
        List<AnnotatedArticle> articles = new ArrayList<>(AnnotatedSamples.all());
        List<String> texts = new ArrayList<>(ArabicSamples.articles());
        texts.add("😀 " + ArabicSamples.MARKED + " 🇸🇾");
        for (int i = 0; i < texts.size(); i++) {
            articles.add(withWordSpans(100 + i, texts.get(i)));
        }
        List<String> seeds = new ArrayList<>();
        for (AnnotatedArticle article : articles) {
            seeds.add(EventSeeds.jsonl(AnnotatedSamples.jsonl(List.of(article)).strip()));
            seeds.add(EventSeeds.jsonl(doccano(article, true)));
            seeds.add(doccano(article, false));
        }
        return seeds;
    }

    private static AnnotatedArticle withWordSpans(long id, String text) {
        List<Span> spans = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*").matcher(text);
        Instant at = Instant.parse("2024-06-01T12:00:00Z");
        for (int n = 0; word.find(); n++) {
            if (n % 7 == 0) {
                int start = text.codePointCount(0, word.start());
                int end = start + text.codePointCount(word.start(), word.end());
                spans.add(new Span(n + 1, id, n % 2 == 0 ? "ACTOR" : "EVENT", start, end, word.group(), "fuzz", at, at,
                        n % 3 == 0 ? "ملاحظة \"" + n + "\"\n" : ""));
            }
        }
        Article article = new Article(id, text, new ArticleMetadata("t" + id, "", "", ""),
                new ImportRecord("s.txt", "UTF-8", at, ""), ArticleStatus.IN_PROGRESS);
        return new AnnotatedArticle(article, new ArticleAnnotation(id, ArticleStatus.DONE, Relevance.RELEVANT,
                List.of("a"), ""), spans);
    }

    /** The article in doccano's entities shape (no Hashiya fields) or its older label shape. */
    private static String doccano(AnnotatedArticle article, boolean entities) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var record = mapper.createObjectNode();
        record.put("id", article.article().id());
        record.put(entities ? "text" : "data", article.article().text());
        var list = record.putArray(entities ? "entities" : "label");
        for (Span span : article.spans()) {
            if (entities) {
                list.addObject().put("id", span.id()).put("label", span.labelId()).put("start_offset", span.start())
                        .put("end_offset", span.end());
            } else {
                list.addArray().add(span.start()).add(span.end()).add(span.labelId());
            }
        }
        if (entities) {
            record.putArray("relations");
        }
        return record.toString();
    }

    private static byte[] mutate(String seed, List<String> seeds, Random random) {
        String s = seed;
        switch (random.nextInt(10)) {
            case 0 -> s = s.substring(0, random.nextInt(s.length() + 1)); // truncated
            case 1 -> {
                int from = random.nextInt(s.length());
                s = s.substring(0, from) + s.substring(Math.min(s.length(), from + 1 + random.nextInt(200)));
            }
            case 2 -> {
                int from = random.nextInt(s.length());
                String piece = s.substring(from, Math.min(s.length(), from + 1 + random.nextInt(300)));
                int at = random.nextInt(s.length() + 1);
                s = s.substring(0, at) + piece + s.substring(at);
            }
            case 3 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(s.length() + 1);
                    s = s.substring(0, at) + JSON_BITS[random.nextInt(JSON_BITS.length)] + s.substring(at);
                }
            }
            case 4 -> s = renumber(s, random);
            case 5 -> { // the text of another record: spans no longer match
                String other = seeds.get(random.nextInt(seeds.size()));
                int cut = other.indexOf("\"entities\"");
                s = cut > 0 && s.contains("\"entities\"") ? other.substring(0, cut) + s.substring(s.indexOf("\"entities\"")) : s + other;
            }
            case 6 -> {
                byte[] b = utf8(s);
                for (int n = 1 + random.nextInt(10); n > 0; n--) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 7 -> {
                byte[] b = utf8(s);
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 8 -> {
                byte[] noise = new byte[random.nextInt(400)];
                random.nextBytes(noise);
                return noise;
            }
            default -> { // keys of Hashiya's fields given wrong types
                s = s.replace("\"status\":\"", "\"status\":[\"").replace("\"tags\":[", "\"tags\":{\"x\":[")
                        .replace("\"start_offset\":", "\"start_offset\":\"").replace(",\"end_offset\"", "\",\"end_offset\"");
            }
        }
        return utf8(s);
    }

    /** Some of the numbers replaced by others: negative, huge, fractional or just shifted. */
    private static String renumber(String s, Random random) {
        Matcher number = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            String replacement = number.group();
            if (random.nextInt(20) == 0) {
                long value = Long.parseLong(number.group().length() > 15 ? "0" : number.group());
                replacement = switch (random.nextInt(5)) {
                    case 0 -> String.valueOf(-value - 1);
                    case 1 -> String.valueOf(value + 1 + random.nextInt(5));
                    case 2 -> "99999999999999999999";
                    case 3 -> value + ".5";
                    default -> String.valueOf(Math.max(0, value - 1 - random.nextInt(5)));
                };
            }
            number.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        number.appendTail(out);
        return out.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
