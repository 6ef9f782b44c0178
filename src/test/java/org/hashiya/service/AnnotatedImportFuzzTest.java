package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hashiya.domain.Article;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.EventSeeds;
import org.hashiya.service.export.ExportFixture;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportListener;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken JSONL and brat files (truncated, bytes flipped, lines spliced, offsets changed) through
 * the whole importer into one library, events (E/A lines, relations, "events") among them: the
 * importer never throws, every file ends in outcomes, and whatever was stored is whole: every span's
 * text is exactly the article's text at its offsets, and every event stands on its article's spans.
 */
class AnnotatedImportFuzzTest {
    static final int INPUTS = 300;
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void brokenAnnotatedFilesAreImportedOrRefusedAndNeverLeaveATornSpan() throws Exception {
        ExportFixture fixture = ExportFixture.create(dir.resolve("source.db"));
        Path jsonl = dir.resolve("good.jsonl");
        Path brat = dir.resolve("good-brat");
        ExportService export = new ExportService(fixture.library);
        export.export(new ExportRequest(ExportFormat.JSONL, SpanFilter.ALL, jsonl, false, false), ExportListener.NONE, () -> false);
        export.export(new ExportRequest(ExportFormat.BRAT, SpanFilter.ALL, brat, false, false), ExportListener.NONE, () -> false);
        fixture.library.close();
        // the export of this branch writes no events yet: they are added by hand as EVENTS-FORMAT says
        StringBuilder withEvents = new StringBuilder();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            withEvents.append(EventSeeds.jsonl(line)).append('\n');
        }
        byte[] goodJsonl = withEvents.toString().getBytes(StandardCharsets.UTF_8);
        List<Path> anns = new ArrayList<>();
        try (var files = Files.list(brat)) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(anns::add);
        }

        Random random = new Random(SEED);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < INPUTS; i++) {
            if (random.nextBoolean()) {
                Files.write(in.resolve("f" + i + ".jsonl"), mutate(goodJsonl, random));
            } else {
                Path ann = anns.get(random.nextInt(anns.size()));
                String base = "b" + i;
                Files.copy(ann.resolveSibling(ann.getFileName().toString().replace(".ann", ".txt")),
                        in.resolve(base + ".txt"));
                byte[] good = EventSeeds.ann(Files.readString(ann, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                Files.write(in.resolve(base + ".ann"), mutate(good, random));
            }
        }
        try (Library library = SqliteLibrary.open(dir.resolve("fuzz.db"), true)) {
            new SchemaService(library).ensureSchema();
            ImportReport report = ArticleImporter.into(library, Clock.systemUTC(), null, "fuzz")
                    .importPaths(List.of(in), ImportListener.NONE, () -> false);
            assertThat(report.storeError()).isEmpty();
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.message()).isNotBlank().doesNotContain("\n"));
            assertThat(report.refused()).as("some inputs are broken enough to be refused").isPositive();
            assertThat(library.spans().count()).as("and most of the spans come through").isPositive();
            assertThat(library.events().count()).as("and events").isPositive();
            for (var summary : library.articles().listSummaries()) {
                Article article = library.articles().find(summary.id()).orElseThrow();
                for (Span span : library.spans().findByArticle(article.id())) {
                    String text = article.text();
                    assertThat(span.end()).isLessThanOrEqualTo(article.length());
                    String covered = text.substring(text.offsetByCodePoints(0, span.start()),
                            text.offsetByCodePoints(0, span.end()));
                    assertThat(covered).isEqualTo(span.text());
                }
                java.util.Set<Long> spanIds = new java.util.HashSet<>();
                library.spans().findByArticle(article.id()).forEach(s -> spanIds.add(s.id()));
                for (var event : library.events().findByArticle(article.id())) {
                    assertThat(spanIds).as("an event stands on its article's spans").contains(event.triggerSpanId());
                    event.arguments().forEach(a -> assertThat(spanIds).contains(a.fillerSpanId()));
                }
            }
        }
    }

    /** One of: truncate, flip bytes, duplicate or drop a line, change digits (offsets). */
    private static byte[] mutate(byte[] good, Random random) {
        if (good.length == 0) {
            return good;
        }
        String text = new String(good, StandardCharsets.UTF_8);
        switch (random.nextInt(5)) {
            case 0 -> {
                return java.util.Arrays.copyOf(good, random.nextInt(good.length + 1));
            }
            case 1 -> {
                byte[] bytes = good.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 2 -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int at = random.nextInt(lines.size());
                if (random.nextBoolean()) {
                    lines.add(at, lines.get(random.nextInt(lines.size())));
                } else {
                    lines.remove(at);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                StringBuilder changed = new StringBuilder(text);
                for (int k = 0; k < 1 + random.nextInt(6); k++) {
                    int at = random.nextInt(changed.length());
                    if (Character.isDigit(changed.charAt(at))) {
                        changed.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    }
                }
                return changed.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return good;
            }
        }
    }
}
