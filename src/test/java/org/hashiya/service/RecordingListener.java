package org.hashiya.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what an import told its listener, for tests. */
class RecordingListener implements ImportListener {
    record Progress(int done, int total, Path current) {
    }

    final List<Progress> progress = new ArrayList<>();
    final List<ImportOutcome> outcomes = new ArrayList<>();

    @Override
    public void progress(int filesDone, int filesTotal, Path currentFile) {
        progress.add(new Progress(filesDone, filesTotal, currentFile));
    }

    @Override
    public void outcome(ImportOutcome outcome) {
        outcomes.add(outcome);
    }
}
