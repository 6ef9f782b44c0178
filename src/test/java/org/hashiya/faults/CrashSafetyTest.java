package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short run of the SIGKILL {@link CrashLoop}: a few rounds in which a child imports, annotates,
 * merges, exports and relabels, marks reviewed and deletes in bulk, and is killed at random (seeded)
 * moments. After every kill the library opens, passes SQLite's integrity check, holds every
 * operation the child confirmed and the interrupted one whole or not at all, and an export target is
 * absent or complete. {@code bench/crash-loop --rounds 1000} is the long run.
 */
class CrashSafetyTest {
    static final int ROUNDS = 5;

    @TempDir
    Path dir;

    // The library starts with 40 articles and one coder's merged spans: every kind has rows to work on.
    @Test
    void sigkilledOperationsNeverLoseWhatTheyConfirmedNorLeaveHalfAnOperation() throws Exception {
        CrashLoop.Result result = CrashLoop.run(new CrashLoop.Options(dir, ROUNDS, 20261125,
                List.of(CrashLoop.Kind.values()), 40, null, ROUNDS));

        System.out.println("[faults] crash loop:\n  " + String.join("\n  ", result.lines()));
        for (Path kept : result.kept) { // the temporary folder goes with the test: its failed rounds are shown here
            System.out.println("[faults] " + kept.getFileName() + ":\n" + Files.readString(kept));
        }
        assertThat(result.lost).as("confirmed operations, articles and spans lost").isEmpty();
        assertThat(result.torn).as("operations found half done").isEmpty();
        assertThat(result.broken).as("libraries failing their checks, half export files").isEmpty();
        assertThat(result.kills()).as("the children were killed, not left to finish").isGreaterThan(ROUNDS / 2);
        // rounds 0..4 are killed after the child began operation 0, 1, 2, 3, 0: those before it were confirmed
        assertThat(result.confirmedOperations()).as("the children got work done before the kills").isGreaterThanOrEqualTo(6);
        assertThat(result.confirmed.keySet()).as("several kinds of operation were confirmed").hasSizeGreaterThan(2);
        assertThat(result.last.spans()).as("spans to relabel, mark and delete").isPositive();
    }
}
