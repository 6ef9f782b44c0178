package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process imports into a library and is killed with SIGKILL at random (seeded) moments,
 * round after round, sometimes while it is still opening or creating the library. After every
 * kill the library must open, pass SQLite's integrity check, hold only whole articles and hold
 * every article the child reported saved. Importing the same folder again then completes it.
 */
class CrashSafetyTest {
    static final long SEED = 20261125;
    static final int ARTICLES = 1000;
    static final int ROUNDS = 30;

    @TempDir
    Path dir;

    @Test
    void sigkilledImportsNeverLoseOrTearWhatTheyReportedSaved() throws Exception {
        Path library = dir.resolve("crash.db");
        ArticleGenerator generator = new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            expected.add(generator.sha256(i));
        }
        Random random = new Random(SEED);
        Set<String> promised = new HashSet<>();
        int killedWhileOpening = 0;
        int killedWhileWriting = 0;
        int lost = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int from = random.nextInt(ARTICLES);
            int batch = 1 + random.nextInt(40);
            ChildJava child = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(),
                    Long.toString(SEED), Integer.toString(from), Integer.toString(ARTICLES), Integer.toString(batch));
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
            assertThat(child.lines()).as("round %d: %s", round, child.stderr()).noneMatch(l -> l.startsWith("error"));
            promised.addAll(child.saved());

            Set<String> stored = LibraryCheck.wholeArticles(library, expected);
            Set<String> missing = new HashSet<>(promised);
            missing.removeAll(stored);
            lost += missing.size();
            assertThat(missing).as("round %d (finished on its own: %s)", round, finished).isEmpty();
        }

        ChildJava again = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(),
                Long.toString(SEED), "0", Integer.toString(ARTICLES), "50");
        assertThat(again.waitFor()).as(again.stderr()).isZero();
        Set<String> complete = LibraryCheck.wholeArticles(library, expected);
        assertThat(complete).isEqualTo(expected);

        System.out.printf("[faults] crash safety: %d SIGKILL rounds (%d while opening, %d while writing), "
                + "%d articles reported saved, %d lost; re-import completed %d/%d without duplicates%n",
                ROUNDS, killedWhileOpening, killedWhileWriting, promised.size(), lost, complete.size(), ARTICLES);
        assertThat(killedWhileWriting).as("most kills should land while writing").isGreaterThan(ROUNDS / 2);
    }
}
