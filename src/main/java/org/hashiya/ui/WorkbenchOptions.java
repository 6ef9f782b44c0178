package org.hashiya.ui;

import java.nio.file.Path;

/**
 * The options the workbench takes: {@code hashiya [--db FILE] [--annotator NAME]} (also
 * {@code --db=FILE}, {@code --annotator=NAME}). {@code Launcher} has already sent anything else to
 * the command line, so this reads them by hand: building a picocli model on the JavaFX thread
 * cost a tenth of a second of start-up.
 */
final class WorkbenchOptions {
    Path db;
    String annotator;

    static WorkbenchOptions parse(String... args) {
        WorkbenchOptions options = new WorkbenchOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--db=")) {
                options.db = Path.of(arg.substring("--db=".length()));
            } else if (arg.startsWith("--annotator=")) {
                options.annotator = arg.substring("--annotator=".length());
            } else if (arg.equals("--db") && i + 1 < args.length) {
                options.db = Path.of(args[++i]);
            } else if (arg.equals("--annotator") && i + 1 < args.length) {
                options.annotator = args[++i];
            } else {
                throw new IllegalArgumentException("not a workbench option: " + arg + " (use --db FILE, --annotator NAME)");
            }
        }
        return options;
    }
}
