package org.hashiya.bench.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.text.LineEndings;
import org.hashiya.text.TextHash;
import org.hashiya.text.Titles;

/**
 * A Hashiya JSONL file ({@code hashiya-jsonl/1}, the shape {@code io.annotated.JsonlWriter} writes)
 * of realistic annotated articles: the bench's ~5 KB Arabic articles built from the real samples,
 * each given a few sentences with Latin names and Western digits, and one article in eight an
 * emoji (outside the Basic Multilingual Plane) and a right-to-left mark, so that code-point offsets
 * are really tested; then exactly {@code spansPerArticle} spans of one to four words (trailing
 * punctuation left out), nested and overlapping as dense coding makes them, labels drawn from the
 * schema's active labels, three annotators, a note on one span in twelve (commas, quotes, a line
 * break). Texts have LF line endings, as Hashiya stores and exports them, so {@code text[start:end]}
 * of the file's text is what an export must give. Deterministic: the same seed gives the same file.
 */
public final class JsonlGenerator {
    private static final String[] SOURCES = {"الجزيرة نت", "BBC عربي", "الشرق الأوسط", "Reuters عربي", "سكاي نيوز عربية"};
    private static final String[] ANNOTATORS = {"bench", "bench", "bench", "bench", "bench", "bench", "bench",
        "سارة", "سارة", "omar.k"};
    private static final String[] NOTES = {"المصدر غير مؤكد، يحتاج مراجعة", "quoted \"as is\", check the agency",
        "سطر أول\nسطر ثان", "=SUM(A1) looks like a formula", "هل هو \"الجيش\" أم قوات أخرى؟", "cf. AFP, 3 May"};
    /** Sentences of news Arabic with Latin names and Western digits, as real articles have them. */
    private static final String[] LATIN_SENTENCES = {
        "وقال متحدث باسم وكالة Reuters إن 12 شخصا على الأقل قتلوا في الهجوم.",
        "ونقلت وكالة AFP عن مصدر أمني أن القوات اعتقلت 37 مشتبها به منذ 2023.",
        "وأفاد تقرير لمنظمة Human Rights Watch بأن نحو 1500 عائلة نزحت خلال أسبوع.",
        "وكتب المتحدث على منصة X أن الاجتماع سيعقد في Geneva يوم 14 مارس.",
        "وبحسب بيانات UNHCR فإن عدد اللاجئين تجاوز 2.4 مليون شخص في نهاية العام.",
        "وقالت صحيفة The Guardian إن الصفقة تبلغ قيمتها 350 مليون دولار (USD).",
        "وأعلن حلف NATO في بيان صدر الساعة 09:30 بتوقيت غرينتش عن تعزيز قواته.",
        "وذكرت قناة CNN أن 4 طائرات مسيرة من طراز MQ-9 Reaper حلقت فوق المنطقة.",
    };
    private static final String[] EMOJI_SENTENCES = {
        "وعلق أحد المستخدمين على الخبر بقوله «الله يحمي البلد» \uD83D\uDE4F\u200F مع وسم #السلام.",
        "وانتشر مقطع مصور \uD83D\uDCF9 على وسائل التواصل يظهر \u200Fالحشود في الساحة الرئيسية.",
    };
    private static final Instant IMPORTED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FIRST_SPAN_AT = Instant.parse("2026-01-02T08:00:00Z");

    private final long seed;
    private final ArticleGenerator articles;
    private final List<String> labelIds;

    public JsonlGenerator(long seed, LabelSchema schema) {
        this(seed, schema, new ArticleGenerator(seed, ArticleGenerator.Sizes.AROUND_5KB));
    }

    public JsonlGenerator(long seed, LabelSchema schema, ArticleGenerator articles) {
        this.seed = seed;
        this.articles = articles;
        this.labelIds = schema.active().stream().map(SpanLabel::id).toList();
        if (labelIds.isEmpty()) {
            throw new IllegalArgumentException("the schema has no active labels to annotate with");
        }
    }

    /** What a generated file holds. */
    public record Written(Path file, int articles, long spans, long bytes) {
    }

    /** Writes articles {@code 0..count-1} with {@code spansPerArticle} spans each (via a temporary file). */
    public Written write(Path file, int count, int spansPerArticle) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long spans = 0;
        JsonFactory factory = new JsonFactory();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            long spanId = 1;
            for (int i = 0; i < count; i++) {
                String text = text(i);
                List<Entity> entities = spans(i, text, spansPerArticle);
                writeArticle(json, i, text, entities, spanId);
                json.flush();
                out.write('\n');
                spanId += entities.size();
                spans += entities.size();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Written(file, count, spans, Files.size(file));
    }

    /** Article {@code index}'s text: the bench article (LF line endings) with a few more sentences. */
    public String text(int index) {
        String base = LineEndings.unify(articles.text(index));
        Random random = new Random(seed * 0x5DEECE66DL + index * 7919L);
        List<String> paragraphs = new ArrayList<>(List.of(base.split("\n\n", -1)));
        int extra = 1 + random.nextInt(3);
        for (int k = 0; k < extra; k++) {
            appendTo(paragraphs, random, LATIN_SENTENCES[random.nextInt(LATIN_SENTENCES.length)]);
        }
        if (random.nextInt(8) == 0) {
            appendTo(paragraphs, random, EMOJI_SENTENCES[random.nextInt(EMOJI_SENTENCES.length)]);
        }
        return String.join("\n\n", paragraphs);
    }

    /** Adds a sentence at the end of a body paragraph (not the breadcrumb, headline or dateline). */
    private static void appendTo(List<String> paragraphs, Random random, String sentence) {
        if (paragraphs.size() <= 4) {
            paragraphs.add(paragraphs.size() - 1, sentence);
            return;
        }
        int p = 3 + random.nextInt(paragraphs.size() - 4);
        String paragraph = paragraphs.get(p);
        paragraphs.set(p, paragraph.isBlank() ? sentence : paragraph + " " + sentence);
    }

    /** One span as it goes into the file. */
    public record Entity(String label, int start, int end, String text, String annotator, String note,
                         Instant createdAt, Instant updatedAt) {
    }

    /**
     * Exactly {@code count} distinct spans (label, start, end, annotator), spread evenly over the
     * words, one to four words long; where the text has fewer words than spans, several start at
     * the same word (nested, overlapping). Sorted as Hashiya exports them: by start, then end.
     */
    public List<Entity> spans(int index, String text, int count) {
        Random random = new Random(seed * 31 + index);
        int[] cps = text.codePoints().toArray();
        List<int[]> words = words(cps);
        List<Entity> spans = new ArrayList<>(count);
        if (words.isEmpty()) {
            return spans;
        }
        Set<String> seen = new HashSet<>();
        int n = words.size();
        long second = FIRST_SPAN_AT.getEpochSecond() + index * 3600L;
        for (int k = 0; spans.size() < count && k < count * 20; k++) {
            int first = (int) ((long) (k % count) * n / count);
            int roll = random.nextInt(100);
            int length = roll < 55 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : 4;
            int last = Math.min(n - 1, first + length - 1);
            int start = words.get(first)[0];
            int end = words.get(last)[1];
            String label = labelIds.get(random.nextInt(labelIds.size()));
            String annotator = ANNOTATORS[random.nextInt(ANNOTATORS.length)];
            if (!seen.add(label + '\u0000' + start + '\u0000' + end + '\u0000' + annotator)) {
                continue;
            }
            String note = random.nextInt(12) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
            Instant created = Instant.ofEpochSecond(second + spans.size() * 7L);
            Instant updated = random.nextInt(5) == 0 ? created.plusSeconds(60 + random.nextInt(3600)) : created;
            spans.add(new Entity(label, start, end, new String(cps, start, end - start), annotator, note, created, updated));
        }
        spans.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return spans;
    }

    /**
     * Words in code points, {start, end}: runs of non-whitespace with leading and trailing
     * punctuation left out (a span covers «الجيش», not «الجيش،»).
     */
    static List<int[]> words(int[] cps) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            while (i < cps.length && isSpace(cps[i])) {
                i++;
            }
            int start = i;
            while (i < cps.length && !isSpace(cps[i])) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && !Character.isLetterOrDigit(cps[s])) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(cps[e - 1]) && Character.getType(cps[e - 1]) != Character.NON_SPACING_MARK) {
                e--;
            }
            if (s < e) {
                words.add(new int[] {s, e});
            }
        }
        return words;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == '\u00A0';
    }

    private void writeArticle(JsonGenerator json, int index, String text, List<Entity> entities, long firstSpanId)
            throws IOException {
        Random random = new Random(seed * 17 + index);
        json.writeStartObject();
        json.writeNumberField("id", index + 1);
        json.writeStringField("text", text);
        json.writeArrayFieldStart("entities");
        long id = firstSpanId;
        for (Entity e : entities) {
            json.writeStartObject();
            json.writeNumberField("id", id++);
            json.writeStringField("label", e.label());
            json.writeNumberField("start_offset", e.start());
            json.writeNumberField("end_offset", e.end());
            json.writeStringField("text", e.text());
            json.writeStringField("annotator", e.annotator());
            json.writeStringField("note", e.note());
            json.writeStringField("created_at", e.createdAt().toString());
            json.writeStringField("updated_at", e.updatedAt().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        json.writeEndArray();
        json.writeStringField("format", "hashiya-jsonl/1");
        json.writeStringField("title", Titles.firstNonEmptyLine(text));
        json.writeStringField("source", SOURCES[random.nextInt(SOURCES.length)]);
        json.writeStringField("url", "https://news.example.org/ar/2025/" + (index + 1));
        json.writeStringField("published", String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        json.writeStringField("sha256", TextHash.sha256(text));
        json.writeStringField("source_path", "bench/" + ArticleGenerator.fileName(index));
        json.writeStringField("encoding", "UTF-8");
        json.writeStringField("imported_at", IMPORTED_AT.toString());
        json.writeStringField("status", random.nextBoolean() ? "in_progress" : "done");
        json.writeStringField("relevance", random.nextInt(4) == 0 ? "" : "relevant");
        json.writeArrayFieldStart("tags");
        json.writeString("bench");
        if (random.nextInt(3) == 0) {
            json.writeString("مراجعة");
        }
        json.writeEndArray();
        json.writeStringField("note", "");
        json.writeEndObject();
    }
}
