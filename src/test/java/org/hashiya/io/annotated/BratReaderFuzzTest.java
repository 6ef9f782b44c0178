package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hashiya.io.annotated.AnnotatedFixtures.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random, truncated and mangled standoff never throws: it only gives problems, and every span it gives fits. */
class BratReaderFuzzTest {
    private static final String[] PIECES = {"قال", "الرئيسُ", " ", "😀", "👍🏽", "\n", "\r\n", "\u200F", "\u2067", "UN",
        "٢٠٢٤", ".", "؟", "\t"};
    private static final String NOISE = "0123456789 \t;#TERANM*-:\r\nقx😀\uFEFF";
    private static final String[] ROLES = {"Agent", "Place", "Place2", "Target3", "مكان", "", "2"};
    private static final String[] ATTRIBUTES = {"Certainty E1 Reported", "Polarity E2 negative", "Incident E1 7",
        "Fatalities E3 -1", "Negation E1", "Certainty T1 confirmed", "Modality", "EventDate E2 2024-13"};

    @TempDir
    Path folder;

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "");
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** A T line whose offsets may or may not fit the text, then cut or mangled at random. */
    private static String randomLine(Random random, String text, int n) {
        int length = text.codePointCount(0, text.length());
        StringBuilder line = new StringBuilder();
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                int start = length == 0 ? 0 : random.nextInt(length + 2);
                int end = start + random.nextInt(6) - 1;
                line.append('T').append(n).append("\tLABEL ").append(start).append(' ').append(end);
                if (random.nextBoolean()) {
                    int next = end + random.nextInt(3);
                    line.append(';').append(next).append(' ').append(next + random.nextInt(4));
                }
                line.append('\t');
                if (start >= 0 && end <= length && start <= end) {
                    line.append(AnnotatedFixtures.codePoints(text, start, end));
                }
            }
            case 2 -> line.append('#').append(n).append("\tAnnotatorNotes ").append(random.nextBoolean() ? 'T' : 'E')
                    .append(random.nextInt(n + 2)).append("\tملاحظة");
            case 3 -> {
                line.append('E').append(random.nextInt(4)).append("\tEV:T").append(random.nextInt(n + 2));
                for (int k = random.nextInt(4); k > 0; k--) {
                    line.append(' ').append(ROLES[random.nextInt(ROLES.length)]).append(':')
                            .append(random.nextInt(3) == 0 ? 'E' : 'T').append(random.nextInt(n + 2));
                }
            }
            case 4 -> line.append('A').append(n).append('\t').append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]);
            default -> {
                int count = random.nextInt(20);
                for (int i = 0; i < count; i++) {
                    line.appendCodePoint(NOISE.codePointAt(NOISE.offsetByCodePoints(0, random.nextInt(NOISE.codePointCount(0, NOISE.length())))));
                }
            }
        }
        if (random.nextInt(3) == 0 && line.length() > 0) {
            int cut = random.nextInt(line.length());
            if (cut > 0 && Character.isLowSurrogate(line.charAt(cut))) {
                cut--;
            }
            line.setLength(cut);
        }
        if (random.nextInt(4) == 0 && line.length() > 0) {
            int at = random.nextInt(line.length());
            if (!Character.isSurrogate(line.charAt(at))) {
                line.setCharAt(at, NOISE.charAt(random.nextInt(12)));
            }
        }
        return line.toString();
    }

    private static void checkEvents(List<DocumentSpan> spans, List<DocumentEvent> events) {
        java.util.Set<Integer> triggers = new java.util.HashSet<>();
        for (DocumentEvent event : events) {
            assertThat(event.trigger()).isBetween(0, spans.size() - 1);
            assertThat(triggers.add(event.trigger())).as("one event per trigger").isTrue();
            assertThat(event.arguments()).allSatisfy(a -> assertThat(a.filler()).isBetween(0, spans.size() - 1));
            assertThat(event.where()).startsWith("f.ann:");
        }
    }

    private static void checkFits(String document, List<DocumentSpan> spans) {
        int length = document.codePointCount(0, document.length());
        for (DocumentSpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(0).isLessThan(span.end());
            assertThat(span.end()).isLessThanOrEqualTo(length);
            assertThat(span.expectedText()).isEqualTo(AnnotatedFixtures.codePoints(document, span.start(), span.end()));
        }
    }

    @Test
    void randomStandoffOnlyEverGivesProblemsAndSpansThatFit() {
        Random random = new Random(20240501);
        int accepted = 0;
        int refused = 0;
        int events = 0;
        for (int round = 0; round < 8_000; round++) {
            String text = randomText(random);
            StringBuilder ann = new StringBuilder();
            int lines = random.nextInt(8);
            for (int n = 1; n <= lines; n++) {
                ann.append(randomLine(random, text, n)).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            boolean bom = text.startsWith("\uFEFF");
            StandoffParser parser = new StandoffParser("f.ann", text, bom);
            List<DocumentSpan> spans = parser.parse(ann.toString());
            checkFits(bom ? text.substring(1) : text, spans);
            checkEvents(spans, parser.events());
            events += parser.events().size();
            assertThat(parser.problems()).allMatch(p -> p.startsWith("f.ann:"), "problems name the file");
            accepted += spans.size();
            refused += parser.problems().size();
        }
        assertThat(accepted).as("spans accepted").isGreaterThan(1000);
        assertThat(refused).as("lines refused").isGreaterThan(1000);
        assertThat(events).as("events accepted (most name a span the random lines refused)").isGreaterThan(20);
    }

    @Test
    void randomBytesOnDiskOnlyEverGiveProblems() throws IOException {
        Random random = new Random(7);
        Path ann = folder.resolve("x.ann");
        Path txt = folder.resolve("x.txt");
        for (int round = 0; round < 150; round++) {
            String text = randomText(random);
            byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
            StringBuilder lines = new StringBuilder();
            for (int n = 1; n < 5; n++) {
                lines.append(randomLine(random, text, n)).append('\n');
            }
            byte[] annBytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(3) == 0 && textBytes.length > 0) {
                textBytes = java.util.Arrays.copyOf(textBytes, random.nextInt(textBytes.length));  // may cut a character
            }
            if (random.nextInt(3) == 0 && annBytes.length > 0) {
                annBytes[random.nextInt(annBytes.length)] = (byte) random.nextInt(256);
            }
            Files.write(txt, textBytes);
            Files.write(ann, annBytes);
            CollectingSink sink = new CollectingSink();
            BratReader.read(ann, txt, sink);
            sink.documents.forEach(doc -> checkFits(doc.text(), doc.spans()));
            sink.documents.forEach(doc -> checkEvents(doc.spans(), doc.events().stream().map(e -> new DocumentEvent(
                    e.trigger(), e.label(), e.arguments(), e.attributes(), e.note(), "f.ann:" + e.where())).toList()));
            assertThat(sink.allProblems()).allMatch(p -> p.startsWith(folder.toString()), "problems name the file");
        }
    }
}
