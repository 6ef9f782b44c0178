package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.text.CodePointOffsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process imports into a library and annotates what it imported, and is killed with
 * SIGKILL at random (seeded) moments, round after round, sometimes while it is still opening or
 * creating the library. After every kill the library must open, pass SQLite's integrity check,
 * hold only whole articles and whole spans, every article the child reported saved, and every
 * span it reported saved with exactly the text at its offsets. Importing the folder again then
 * completes it.
 */
class CrashSafetyTest {
    static final long SEED = 20261125;
    static final int ARTICLES = 1000;
    static final int ROUNDS = 30;

    @TempDir
    Path dir;

    @Test
    void sigkilledImportsAndAnnotationsNeverLoseOrTearWhatTheyReportedSaved() throws Exception {
        Path library = dir.resolve("crash.db");
        ArticleGenerator generator = new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Map<String, Integer> indexBySha = new HashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            indexBySha.put(generator.sha256(i), i);
        }
        Set<String> expected = indexBySha.keySet();
        Random random = new Random(SEED);
        Set<String> promised = new HashSet<>();
        List<ChildJava.SavedSpan> promisedSpans = new ArrayList<>();
        int killedWhileOpening = 0;
        int killedWhileWriting = 0;
        int killedAfterASpan = 0;
        int lost = 0;
        int spansLost = 0;
        int spansStored = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int from = random.nextInt(ARTICLES);
            int batch = 1 + random.nextInt(40);
            int spansPerBatch = 2 + random.nextInt(4);
            ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(),
                    Long.toString(SEED), Integer.toString(from), Integer.toString(ARTICLES), Integer.toString(batch),
                    Integer.toString(spansPerBatch));
            // One round in five is killed while the child starts and opens (or creates) the library.
            if (random.nextInt(5) > 0) {
                assertThat(child.awaitLine("ready", 30_000)).as(child.stderr()).isTrue();
            }
            Thread.sleep(random.nextInt(600));
            boolean finished = !child.isAlive();
            child.kill();
            if (child.printed("ready")) {
                killedWhileWriting++;
            } else {
                killedWhileOpening++;
            }
            List<String> lines = child.lines();
            if (!lines.isEmpty() && lines.get(lines.size() - 1).startsWith("saved span ")) {
                killedAfterASpan++;
            }
            assertThat(lines).as("round %d: %s", round, child.stderr()).noneMatch(l -> l.startsWith("error"));
            promised.addAll(child.saved());
            promisedSpans.addAll(child.savedSpans());

            Set<String> stored = LibraryCheck.wholeArticles(library, expected);
            Set<String> missing = new HashSet<>(promised);
            missing.removeAll(stored);
            lost += missing.size();
            assertThat(missing).as("round %d (finished on its own: %s)", round, finished).isEmpty();

            Map<Long, LibraryCheck.StoredSpan> spans = LibraryCheck.wholeSpans(library);
            spansStored = spans.size();
            List<String> wrong = new ArrayList<>();
            for (ChildJava.SavedSpan promise : promisedSpans) {
                LibraryCheck.StoredSpan got = spans.get(promise.id());
                String text = exactText(generator, indexBySha.get(promise.articleSha()), promise.start(), promise.end());
                if (got == null || !got.articleSha().equals(promise.articleSha()) || got.span().start() != promise.start()
                        || got.span().end() != promise.end() || !got.span().labelId().equals(promise.label())
                        || !got.span().text().equals(text)) {
                    wrong.add(promise + " stored as " + got);
                }
            }
            spansLost += wrong.size();
            assertThat(wrong).as("round %d: spans reported saved but not stored as reported", round).isEmpty();
        }

        ChildJava again = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(),
                Long.toString(SEED), "0", Integer.toString(ARTICLES), "50");
        assertThat(again.waitFor()).as(again.stderr()).isZero();
        Set<String> complete = LibraryCheck.wholeArticles(library, expected);
        assertThat(complete).isEqualTo(expected);

        System.out.printf("[faults] crash safety: %d SIGKILL rounds (%d while opening, %d while writing, %d right after a span), "
                + "%d articles reported saved, %d lost; %d spans reported saved, %d lost or changed (%d stored, all whole); "
                + "re-import completed %d/%d without duplicates%n",
                ROUNDS, killedWhileOpening, killedWhileWriting, killedAfterASpan, promised.size(), lost,
                promisedSpans.size(), spansLost, spansStored, complete.size(), ARTICLES);
        assertThat(killedWhileWriting).as("most kills should land while writing").isGreaterThan(ROUNDS / 2);
        assertThat(promisedSpans).as("the children annotated").hasSizeGreaterThan(ROUNDS);
    }

    /** The text at code points start..end of the article as the importer stores it. */
    private static String exactText(ArticleGenerator generator, int index, int start, int end) {
        String text = generator.newArticle(index).text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        return text.substring(offsets.toUtf16(start), offsets.toUtf16(end));
    }
}
