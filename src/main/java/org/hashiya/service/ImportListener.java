package org.hashiya.service;

import java.nio.file.Path;

/**
 * Follows an import as it runs, on the importing thread (a GUI hands the calls over to its own
 * thread). Both methods do nothing unless overridden.
 */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /**
     * Called before each file with the number of files finished so far, the number of files the
     * import will look at, and the file about to be read; called once more at the end with
     * {@code currentFile == null}.
     */
    default void progress(int filesDone, int filesTotal, Path currentFile) {
    }

    /**
     * What became of a file. Outcomes come in file order, a batch at a time (up to the importer's
     * batch size, 500 by default), as each batch is committed to the library.
     */
    default void outcome(ImportOutcome outcome) {
    }

    /** Something worth telling once that is no file's outcome, e.g. a label an import added to the schema. */
    default void notice(String message) {
    }
}
