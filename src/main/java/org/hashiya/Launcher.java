package org.hashiya;

import org.hashiya.cli.HashiyaCli;
import org.hashiya.ui.HashiyaApp;

/**
 * The jar's entry point. It must not extend Application, so that a shaded jar can start JavaFX
 * from the class path. No arguments, or only workbench options, open the workbench; anything
 * else is a command-line call.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWorkbench(args)) {
            org.hashiya.ui.StartupTrace.mark("main()");
            // java -jar: the workbench in a JVM with a start-up archive (a no-op in the app image)
            JarRelaunch.runWorkbench(args).ifPresent(System::exit);
            QuietJavaFx.LOG.setLevel(java.util.logging.Level.SEVERE);
            StartArchive.refreshLaterIfNeeded();
            HashiyaApp.main(args);
        } else {
            QuietJavaFx.LOG.setLevel(java.util.logging.Level.SEVERE);
            System.exit(HashiyaCli.run(args));
        }
    }

    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how a single runnable jar works. Held here so the level sticks;
     * in a holder so that a JVM that only relaunches the workbench does not load java.util.logging.
     */
    private static final class QuietJavaFx {
        static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("javafx");
    }

    /**
     * True when the arguments hold nothing but the workbench's own options ({@code --db FILE},
     * {@code --annotator NAME}, also written {@code --db=FILE}); anything else, a subcommand or a
     * mistake, goes to the command line, which runs it or explains the usage.
     */
    static boolean opensWorkbench(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean option = arg.equals("--db") || arg.equals("--annotator");
            if (option && i + 1 < args.length) {
                i++; // its value
            } else if (!arg.startsWith("--db=") && !arg.startsWith("--annotator=")) {
                return false;
            }
        }
        return true;
    }
}
