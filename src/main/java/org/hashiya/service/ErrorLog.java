package org.hashiya.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Stack traces go to a log file, never to the user. Users see one-line messages; this file is
 * what they can send us when something goes wrong.
 */
public final class ErrorLog {
    private static final Logger LOG = Logger.getLogger("org.hashiya");
    private static volatile boolean fileAttached;

    private ErrorLog() {
    }

    /** Sends the program's log to {@code file} (appending) and keeps it off the console. */
    public static synchronized void writeTo(Path file) {
        if (fileAttached) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString(), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            LOG.addHandler(handler);
            LOG.setUseParentHandlers(false);
            fileAttached = true;
        } catch (IOException | SecurityException e) {
            // No log file is no reason to stop working; the console keeps the log instead.
            LOG.log(Level.WARNING, "cannot write log file " + file, e);
        }
    }

    public static void error(String message, Throwable cause) {
        LOG.log(Level.SEVERE, message, cause);
    }

    public static void warning(String message) {
        LOG.warning(message);
    }
}
