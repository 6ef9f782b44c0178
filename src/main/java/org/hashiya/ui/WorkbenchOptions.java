package org.hashiya.ui;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options the workbench takes: {@code hashiya [--db FILE] [--annotator NAME]}. */
final class WorkbenchOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "Open this library instead of the default one.")
    Path db;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Annotate as NAME for this run.")
    String annotator;

    static WorkbenchOptions parse(String... args) {
        WorkbenchOptions options = new WorkbenchOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
