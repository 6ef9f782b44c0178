package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on one library file at once, both creating it and then committing article by
 * article over overlapping ranges: neither may see "database is locked", nothing may be lost and
 * nothing stored twice.
 */
class ConcurrentProcessesTest {
    static final long SEED = 77;

    @TempDir
    Path dir;

    @Test
    void twoProcessesImportingIntoOneNewLibraryBothSucceedWithoutLockErrors() throws Exception {
        Path library = dir.resolve("shared.db");
        ChildJava a = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(), Long.toString(SEED), "0", "150", "1");
        ChildJava b = ChildJava.start(ImportChild.class, ChildJava.Options.plain(), library.toString(), Long.toString(SEED), "75", "225", "1");

        assertThat(a.waitFor()).as("first process: %s %s", a.lines().stream().filter(l -> !l.startsWith("saved")).toList(), a.stderr()).isZero();
        assertThat(b.waitFor()).as("second process: %s %s", b.lines().stream().filter(l -> !l.startsWith("saved")).toList(), b.stderr()).isZero();
        assertThat(a.lines()).noneMatch(l -> l.contains("locked") || l.startsWith("error"));
        assertThat(b.lines()).noneMatch(l -> l.contains("locked") || l.startsWith("error"));

        ArticleGenerator generator = new ArticleGenerator(SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 225; i++) {
            expected.add(generator.sha256(i));
        }
        Set<String> stored = LibraryCheck.wholeArticles(library, expected);
        assertThat(stored).isEqualTo(expected);
        assertThat(a.saved()).hasSize(150);
        assertThat(b.saved()).hasSize(150);
        System.out.printf("[faults] two processes: 300 single-article commits into one new library, "
                + "%d overlapping, 0 lock errors, %d/%d stored once%n", 75, stored.size(), expected.size());
    }
}
