package org.hashiya.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child that prints {@code count} whole lines ({@code line <i> <padding> .}) as the crash-loop
 * child prints its own (an autoflushing PrintStream over System.out), then creates the file
 * {@code written} and waits to be killed. Arguments: written count padding.
 */
public final class ChattyChild {
    private ChattyChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int count = Integer.parseInt(args[1]);
        String padding = "x".repeat(Integer.parseInt(args[2]));
        for (int i = 0; i < count; i++) {
            out.println("line " + i + " " + padding + " .");
        }
        Files.createFile(Path.of(args[0])); // every line above is written to the pipe (println flushed it)
        Thread.sleep(600_000);
    }
}
