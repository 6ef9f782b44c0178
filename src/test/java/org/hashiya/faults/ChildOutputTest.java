package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a child wrote before it was SIGKILLed is all read, even when this JVM had not read it yet
 * when the kill came (as on a loaded machine, where the reading thread lags the child). The crash
 * loop's promises are those lines: a line lost here is an operation the loop cannot account for.
 */
class ChildOutputTest {
    @TempDir
    Path dir;

    @Test
    void linesWrittenBeforeTheKillAreReadAfterIt() throws Exception {
        Path written = dir.resolve("written");
        int count = 40; // 40 lines of ~1 KB: all fit in the pipe (64 KB), so the child never waits for us
        ChildJava child = ChildJava.startWithOutputUnread(ChattyChild.class, written.toString(), Integer.toString(count), "1000");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(written) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(written).as("the child wrote its lines").exists();

        child.kill();

        List<String> expected = IntStream.range(0, count).mapToObj(i -> "line " + i + " " + "x".repeat(1000) + " .").toList();
        assertThat(child.readErrors()).as("reading the child's output stopped early").isEmpty();
        assertThat(child.lines()).as("lines the child wrote before the kill").isEqualTo(expected);
    }
}
