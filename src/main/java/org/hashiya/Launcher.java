package org.hashiya;

import org.hashiya.cli.HashiyaCli;
import org.hashiya.ui.HashiyaApp;

/**
 * The jar's entry point. It must not extend Application, so that a shaded jar can start JavaFX
 * from the class path. No arguments, or only workbench options, open the workbench; anything
 * else is a command-line call.
 */
public final class Launcher {
    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how a single runnable jar works. Held here so the level sticks.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (opensWorkbench(args)) {
            HashiyaApp.main(args);
        } else {
            System.exit(HashiyaCli.run(args));
        }
    }

    static boolean opensWorkbench(String[] args) {
        return args.length == 0 || (args[0].startsWith("--db") || args[0].startsWith("--annotator"));
    }
}
