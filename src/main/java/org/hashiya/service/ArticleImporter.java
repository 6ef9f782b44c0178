package org.hashiya.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.io.ArticleFileReader;
import org.hashiya.io.DecodedArticle;
import org.hashiya.io.UnreadableFileException;
import org.hashiya.store.ArticleRepository;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.LibraryException;
import org.hashiya.text.TextHash;
import org.hashiya.text.Titles;

/**
 * Imports article files and folders into a library. Files are read one by one and stored in
 * batches, one transaction each, so a large import is fast and a failure loses at most the batch
 * being written. A file that cannot be read is refused whole: nothing of it is ever stored.
 */
public final class ArticleImporter {
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final ArticleRepository articles;
    private final ArticleFileReader reader;
    private final Clock clock;
    private final int batchSize;

    public ArticleImporter(ArticleRepository articles, Clock clock) {
        this(articles, new ArticleFileReader(), clock, DEFAULT_BATCH_SIZE);
    }

    public ArticleImporter(ArticleRepository articles, ArticleFileReader reader, Clock clock, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.articles = articles;
        this.reader = reader;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Imports the files and folders (recursively) in {@code paths}. {@code cancelled} is asked
     * before each file; once it answers true, the files already read are stored and the import
     * stops. A library error stops the import too; batches committed before it stay.
     */
    public ImportReport importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportFiles.Entry> entries = ImportFiles.collect(paths);
        Run run = new Run(listener);
        boolean wasCancelled = false;
        int index = 0;
        for (ImportFiles.Entry entry : entries) {
            if (cancelled.getAsBoolean()) {
                wasCancelled = true;
                break;
            }
            listener.progress(index, entries.size(), entry.file());
            index++;
            if (entry.problem().isPresent()) {
                run.tell(entry.problem().get());
                continue;
            }
            read(entry.file(), run);
            if (run.pending.size() >= batchSize && !run.store()) {
                break;
            }
        }
        if (run.storeError.isEmpty()) {
            run.store();
        }
        listener.progress(run.outcomes.size(), entries.size(), null);
        return new ImportReport(run.outcomes, entries.size(), wasCancelled, run.storeError);
    }

    private void read(Path file, Run run) {
        DecodedArticle decoded;
        try {
            decoded = reader.read(file);
        } catch (UnreadableFileException e) {
            run.tell(ImportOutcome.refused(file, e.reason()));
            return;
        }
        String text = decoded.text();
        String title = decoded.title().isEmpty() ? Titles.firstNonEmptyLine(text) : decoded.title();
        NewArticle article = new NewArticle(text,
                new ArticleMetadata(title, decoded.source(), decoded.url(), decoded.published()),
                new ImportRecord(file.toString(), decoded.encoding(), clock.instant(), TextHash.sha256(text)));
        run.pending.add(new Pending(file, article));
    }

    private record Pending(Path file, NewArticle article) {
    }

    /** The state of one import: outcomes so far and the batch waiting to be stored. */
    private final class Run {
        final ImportListener listener;
        final List<ImportOutcome> outcomes = new ArrayList<>();
        final List<Pending> pending = new ArrayList<>();
        /** Text hash to the file it was imported from in this run, to name it in duplicate messages. */
        final Map<String, Path> importedNow = new HashMap<>();
        Optional<String> storeError = Optional.empty();

        Run(ImportListener listener) {
            this.listener = listener;
        }

        void tell(ImportOutcome outcome) {
            outcomes.add(outcome);
            listener.outcome(outcome);
        }

        /** Stores the pending batch in one transaction; false if the library refused it. */
        boolean store() {
            if (pending.isEmpty()) {
                return true;
            }
            List<AddResult> results;
            try {
                results = articles.addAll(pending.stream().map(Pending::article).toList());
            } catch (LibraryException e) {
                storeError = Optional.of(e.getMessage());
                for (Pending p : pending) {
                    tell(ImportOutcome.notStored(p.file(), "not stored: " + e.getMessage()));
                }
                pending.clear();
                return false;
            }
            for (int i = 0; i < results.size(); i++) {
                Pending p = pending.get(i);
                AddResult result = results.get(i);
                String sha = p.article().importRecord().sha256();
                if (result.duplicate()) {
                    tell(ImportOutcome.duplicate(p.file(), result.id(), importedNow.get(sha)));
                } else {
                    importedNow.put(sha, p.file());
                    tell(ImportOutcome.imported(p.file(), result.id(), p.article().importRecord().encoding()));
                }
            }
            pending.clear();
            return true;
        }
    }
}
