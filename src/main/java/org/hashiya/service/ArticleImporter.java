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
import org.hashiya.io.ArticleFileType;
import org.hashiya.io.DecodedArticle;
import org.hashiya.io.UnreadableFileException;
import org.hashiya.store.ArticleRepository;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.Library;
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
    /** Files are read and decoded on this many threads while batches are stored; 0 reads on the caller's. */
    public static final int DEFAULT_READ_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());
    /** How far reading may run ahead of storing: files, and bytes of files. */
    static final int MAX_FILES_AHEAD = 2 * DEFAULT_BATCH_SIZE;
    static final long MAX_BYTES_AHEAD = 64L * 1024 * 1024;

    private final ArticleRepository articles;
    private final ArticleFileReader reader;
    private final Clock clock;
    private final int batchSize;
    private final int readThreads;
    /** Reads annotated files (JSONL, brat); null when this importer was made without a library. */
    private final Library library;
    private final AnnotatedImporter.AnnotatorChoice annotators;

    public ArticleImporter(ArticleRepository articles, Clock clock) {
        this(articles, new ArticleFileReader(), clock, DEFAULT_BATCH_SIZE);
    }

    /**
     * An importer into {@code library} that also takes annotated files (JSONL, brat), whose spans
     * are stored under {@code annotatorOverride} if given, else the name the file gives, else
     * {@code fallbackAnnotator}.
     */
    public static ArticleImporter into(Library library, Clock clock, String annotatorOverride, String fallbackAnnotator) {
        return new ArticleImporter(library.articles(), new ArticleFileReader(), clock, DEFAULT_BATCH_SIZE,
                DEFAULT_READ_THREADS, library, new AnnotatedImporter.AnnotatorChoice(annotatorOverride, fallbackAnnotator));
    }

    public ArticleImporter(ArticleRepository articles, ArticleFileReader reader, Clock clock, int batchSize) {
        this(articles, reader, clock, batchSize, DEFAULT_READ_THREADS);
    }

    public ArticleImporter(ArticleRepository articles, ArticleFileReader reader, Clock clock, int batchSize,
                           int readThreads) {
        this(articles, reader, clock, batchSize, readThreads, null, null);
    }

    private ArticleImporter(ArticleRepository articles, ArticleFileReader reader, Clock clock, int batchSize,
                            int readThreads, Library library, AnnotatedImporter.AnnotatorChoice annotators) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        if (readThreads < 0) {
            throw new IllegalArgumentException("read threads must not be negative: " + readThreads);
        }
        this.articles = articles;
        this.reader = reader;
        this.clock = clock;
        this.batchSize = batchSize;
        this.readThreads = readThreads;
        this.library = library;
        this.annotators = annotators;
    }

    /**
     * Imports the files and folders (recursively) in {@code paths}. {@code cancelled} is asked
     * before each file; once it answers true, the files already read are stored and the import
     * stops. A library error stops the import too; batches committed before it stay. Outcomes are
     * told to {@code listener} in file order, a batch at a time, as each batch is committed.
     */
    public ImportReport importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportFiles.Entry> all = ImportFiles.collect(paths);
        // annotated files bring many articles each: they are read after the plain ones
        List<ImportFiles.Entry> entries = all.stream().filter(e -> !isAnnotated(e)).toList();
        List<ImportFiles.Entry> annotated = all.stream().filter(ArticleImporter::isAnnotated).toList();
        Run run = new Run(listener);
        boolean wasCancelled = false;
        try (ReadAhead<ImportFiles.Entry, Pending> files = new ReadAhead<>(entries, this::pending,
                ImportFiles.Entry::size, readThreads, MAX_FILES_AHEAD, MAX_BYTES_AHEAD)) {
            for (int index = 0; index < entries.size(); index++) {
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                listener.progress(index, all.size(), entries.get(index).file());
                run.pending.add(files.next());
                if (run.pending.size() >= batchSize && !run.store()) {
                    break;
                }
            }
        }
        if (run.storeError.isEmpty()) {
            run.store();
        }
        int filesDone = entries.size();
        if (run.storeError.isEmpty() && !wasCancelled && !annotated.isEmpty()) {
            AnnotatedImporter annotatedImporter = library == null ? null
                    : new AnnotatedImporter(library, clock, annotators, listener::notice);
            try {
                for (ImportFiles.Entry entry : annotated) {
                    if (cancelled.getAsBoolean()) {
                        wasCancelled = true;
                        break;
                    }
                    listener.progress(filesDone, all.size(), entry.file());
                    if (annotatedImporter == null) {
                        run.tell(ImportOutcome.refused(entry.file(), "annotated files are imported into a library"));
                    } else {
                        try {
                            annotatedImporter.importFile(entry.file(), entry.type().orElseThrow(), run::tell);
                        } catch (LibraryException e) {
                            run.storeError = Optional.of(e.getMessage());
                            break;
                        }
                    }
                    filesDone++;
                }
            } finally {
                if (annotatedImporter != null) {
                    try {
                        annotatedImporter.close(); // the library's indexes brought up to date
                    } catch (LibraryException e) {
                        run.storeError = run.storeError.or(() -> Optional.of(e.getMessage()));
                    }
                }
            }
        }
        listener.progress(filesDone, all.size(), null);
        return new ImportReport(run.outcomes, all.size(), wasCancelled, run.storeError);
    }

    private static boolean isAnnotated(ImportFiles.Entry entry) {
        return entry.type().map(ArticleFileType::isAnnotated).orElse(false);
    }

    private Pending pending(ImportFiles.Entry entry) {
        return entry.problem().isPresent() ? Pending.known(entry.problem().get()) : read(entry.file());
    }

    private Pending read(Path file) {
        DecodedArticle decoded;
        try {
            decoded = reader.read(file);
        } catch (UnreadableFileException e) {
            return Pending.known(ImportOutcome.refused(file, e.reason()));
        } catch (RuntimeException e) {
            // a bug must cost one file, not the import
            return Pending.known(ImportOutcome.refused(file, "unexpected error while reading: " + e));
        }
        String text = decoded.text();
        String title = decoded.title().isEmpty() ? Titles.firstNonEmptyLine(text) : decoded.title();
        return Pending.article(file, new NewArticle(text,
                new ArticleMetadata(title, decoded.source(), decoded.url(), decoded.published()),
                new ImportRecord(file.toString(), decoded.encoding(), clock.instant(), TextHash.sha256(text))));
    }

    /**
     * A file looked at whose outcome is not yet told: an article waiting to be stored, or an
     * outcome already known (refused, skipped) kept back so outcomes are told in file order.
     */
    private record Pending(Path file, NewArticle article, ImportOutcome known) {
        static Pending article(Path file, NewArticle article) {
            return new Pending(file, article, null);
        }

        static Pending known(ImportOutcome outcome) {
            return new Pending(outcome.file(), null, outcome);
        }

        boolean isArticle() {
            return article != null;
        }
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

        /** Stores the pending articles in one transaction and tells every pending outcome; false if the library refused. */
        boolean store() {
            List<Pending> batch = pending.stream().filter(Pending::isArticle).toList();
            List<AddResult> results = List.of();
            if (!batch.isEmpty()) {
                try {
                    results = articles.addAll(batch.stream().map(Pending::article).toList());
                } catch (LibraryException e) {
                    storeError = Optional.of(e.getMessage());
                }
            }
            int next = 0;
            for (Pending p : pending) {
                if (!p.isArticle()) {
                    tell(p.known());
                } else if (storeError.isPresent()) {
                    tell(ImportOutcome.notStored(p.file(), "not stored: " + storeError.get()));
                } else {
                    tell(outcomeOf(p, results.get(next++)));
                }
            }
            pending.clear();
            return storeError.isEmpty();
        }

        private ImportOutcome outcomeOf(Pending p, AddResult result) {
            String sha = p.article().importRecord().sha256();
            if (result.duplicate()) {
                return ImportOutcome.duplicate(p.file(), result.id(), importedNow.get(sha));
            }
            importedNow.put(sha, p.file());
            return ImportOutcome.imported(p.file(), result.id(), p.article().importRecord().encoding());
        }
    }
}
