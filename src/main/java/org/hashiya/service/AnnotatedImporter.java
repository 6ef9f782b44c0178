package org.hashiya.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.NewAnnotatedArticle;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewEvent;
import org.hashiya.domain.Span;
import org.hashiya.io.ArticleFileType;
import org.hashiya.io.annotated.AnnotatedDocument;
import org.hashiya.io.annotated.AnnotatedDocumentSink;
import org.hashiya.io.annotated.BratReader;
import org.hashiya.io.annotated.DocumentEvent;
import org.hashiya.io.annotated.DocumentSpan;
import org.hashiya.io.annotated.JsonlReader;
import org.hashiya.store.AnnotatedImportRepository;
import org.hashiya.store.AnnotatedImportRepository.Stored;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.text.Titles;

/**
 * Imports annotated files (JSONL, brat): articles come in with their spans. Spans keep their exact
 * characters (no snapping, no trimming); where line endings are unified their offsets move so each
 * span covers the same characters as in the file. A span that does not fit its text is refused
 * with file, line and reason, and the rest of the file still imports. Articles are stored in
 * batches, each article whole (spans and events) or not at all.
 *
 * <p>Events come in on their spans: an event label the schema lacks is added as a label of kind
 * event, a role an event type lacks is added to it (optional, repeatable, any label may fill it),
 * and attributes are read as {@link ImportedEventAttributes} says. An event whose trigger was
 * refused is refused, an argument whose filler was refused is refused alone.
 */
final class AnnotatedImporter implements AutoCloseable {
    /** Spans per transaction: large enough to be fast, small enough to keep memory flat. */
    static final int BATCH_SPANS = 20_000;
    static final int BATCH_ARTICLES = 500;
    /** Parsed documents waiting to be stored: enough to keep both threads busy, few enough for flat memory. */
    private static final int READ_AHEAD = 32;

    private final Library library;
    private final Clock clock;
    private final AnnotatorChoice annotators;
    private final ForeignLabels labels;
    private final ForeignRoles roles;
    private final Consumer<String> notices;
    /** What the library's schema lets certainty, polarity and modality be. */
    private final org.hashiya.domain.EventAttributeValues eventValues;
    /** Every file of one import goes into one load, so the library's indexes are brought up to date once. */
    private AnnotatedImportRepository.BulkLoad load;

    AnnotatedImporter(Library library, Clock clock, AnnotatorChoice annotators, Consumer<String> notices) {
        this.library = library;
        this.clock = clock;
        this.annotators = annotators;
        SchemaService schemas = new SchemaService(library);
        this.labels = new ForeignLabels(schemas, notices);
        this.roles = new ForeignRoles(schemas, notices);
        this.eventValues = schemas.schema().eventAttributes();
        this.notices = notices;
    }

    private List<Stored> storeAll(List<NewAnnotatedArticle> articles) {
        if (load == null) {
            load = library.annotatedImports().bulkLoad();
        }
        return load.storeAll(articles);
    }

    /** Ends the import's load: the library's indexes are brought up to date (seconds after a million spans). */
    @Override
    public void close() {
        if (load != null) {
            AnnotatedImportRepository.BulkLoad ending = load;
            load = null;
            ending.close();
        }
    }

    /** Imports one annotated file, telling each article's outcome and each refusal in file order. */
    void importFile(Path file, ArticleFileType type, Consumer<ImportOutcome> tell) {
        FileRun run = new FileRun(file, tell);
        try {
            // parsed on a second thread, prepared and stored on this one: both cores at work
            new ReadingThread<Consumer<FileRun>>(READ_AHEAD, "import-reader")
                    .run(parsed -> read(file, type, parsed), delivery -> delivery.accept(run));
        } catch (UncheckedIOException e) {
            run.store();
            IOException cause = e.getCause();
            tell.accept(ImportOutcome.refused(file, "cannot read: " + (cause.getMessage() == null ? cause : cause.getMessage())));
            return;
        } catch (LibraryException e) {
            throw e;
        } catch (RuntimeException e) {
            ErrorLog.error("reading " + file + " failed", e);
            run.store();
            tell.accept(ImportOutcome.refused(file, "unexpected error while reading: " + e));
            return;
        }
        run.store();
    }

    /**
     * Parses the file, handing on each document and each problem, in file order, as a call to make
     * on the file's run. A document's text is worked out here ({@link DocumentText}), on the
     * reading thread, so the storing thread only stores.
     */
    private static void read(Path file, ArticleFileType type, Consumer<Consumer<FileRun>> parsed) {
        AnnotatedDocumentSink handOn = new AnnotatedDocumentSink() {
            @Override
            public void problem(String message) {
                parsed.accept(run -> run.problem(message));
            }

            @Override
            public void document(AnnotatedDocument doc) {
                DocumentText text = DocumentText.of(doc);
                parsed.accept(run -> run.document(doc, text));
            }
        };
        try {
            if (type == ArticleFileType.JSONL) {
                JsonlReader.read(file, handOn);
            } else {
                BratReader.read(file, ImportFiles.bratTextOf(file), handOn);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of one file's import: the batch waiting to be stored. */
    private final class FileRun {
        final Path file;
        final Consumer<ImportOutcome> tell;
        final List<NewAnnotatedArticle> batch = new ArrayList<>();
        final List<String> where = new ArrayList<>();
        /** Per article of the batch, where each of its events came from (for what the store leaves out). */
        final List<List<String>> eventWhere = new ArrayList<>();
        int batchSpans;

        FileRun(Path file, Consumer<ImportOutcome> tell) {
            this.file = file;
            this.tell = tell;
        }

        void problem(String message) {
            store(); // outcomes stay in file order
            tell.accept(ImportOutcome.refused(file, message));
        }

        void document(AnnotatedDocument doc, DocumentText docText) {
            for (String problem : doc.problems()) {
                problem(problem);
            }
            NewAnnotatedArticle article = prepare(doc, docText);
            if (article == null) {
                return;
            }
            batch.add(article);
            where.add(doc.where());
            eventWhere.add(eventPlaces);
            batchSpans += article.spans().size();
            if (batchSpans >= BATCH_SPANS || batch.size() >= BATCH_ARTICLES) {
                store();
            }
        }

        /** The document as it will be stored; its unfit spans are refused and left out. */
        private NewAnnotatedArticle prepare(AnnotatedDocument doc, DocumentText docText) {
            if (docText.blank()) {
                problem(doc.where() + ": empty text, not imported");
                return null;
            }
            String text = docText.text();
            Instant now = clock.instant();
            List<Span> spans = new ArrayList<>(doc.spans().size());
            boolean[] triggers = new boolean[doc.events().isEmpty() ? 0 : doc.spans().size()];
            doc.events().forEach(e -> triggers[e.trigger()] = true);
            int[] kept = new int[doc.spans().size()]; // where each span of the document is in spans, -1: refused
            for (int i = 0; i < kept.length; i++) {
                DocumentSpan s = doc.spans().get(i);
                kept[i] = -1;
                String why = docText.refusals()[i];
                if (why != null) {
                    problem(s.where() + ": span " + s.label() + " " + s.start() + "-" + s.end() + " refused: " + why);
                    continue;
                }
                String label = labels.idFor(s.label(), s.where(), i < triggers.length && triggers[i] ? LabelKind.EVENT : LabelKind.OTHER,
                        doc.labels());
                kept[i] = spans.size();
                Instant created = s.createdAt() == null ? now : s.createdAt();
                Instant updated = s.updatedAt() == null ? created : s.updatedAt();
                spans.add(new Span(0, 0, label, docText.starts()[i], docText.ends()[i], docText.covered()[i],
                        annotators.of(s.annotator()), created, updated, s.note(), s.reviewedBy(), s.reviewedAt(), s.uuid()));
            }
            ArticleMetadata meta = doc.metadata();
            if (meta.title().isBlank()) {
                meta = meta.withTitle(Titles.firstNonEmptyLine(text));
            }
            ImportRecord record = new ImportRecord(doc.sourcePath().isEmpty() ? file.toString() : doc.sourcePath(),
                    doc.encoding().isEmpty() ? "UTF-8" : doc.encoding(),
                    doc.importedAt() == null ? now : doc.importedAt(), docText.sha256());
            eventPlaces = new ArrayList<>();
            List<NewEvent> events = doc.events().isEmpty() ? List.of() : events(doc, kept, spans);
            return new NewAnnotatedArticle(new NewArticle(text, meta, record), doc.status(), doc.relevance(),
                    doc.tags(), doc.note(), spans, events);
        }

        /** Where the events of the document being prepared came from, in the order of its NewEvents. */
        private List<String> eventPlaces = List.of();

        /** The document's events on the spans kept; what names a refused span is refused. */
        private List<NewEvent> events(AnnotatedDocument doc, int[] kept, List<Span> spans) {
            List<NewEvent> events = new ArrayList<>(doc.events().size());
            for (DocumentEvent e : doc.events()) {
                int trigger = kept[e.trigger()];
                if (trigger < 0) {
                    problem(e.where() + ": event refused: its trigger span was refused (see above)");
                    continue;
                }
                Span span = spans.get(trigger);
                String label = span.labelId();
                if (!labels.ensureEventLabel(label, e.where())) {
                    problem(e.where() + ": event refused: its trigger «" + span.text() + "» is labelled " + label
                            + ", a label of kind " + labels.kindOf(label) + ", not an event label");
                    continue;
                }
                if (e.label() != null && !e.label().isBlank() && !label.equals(labels.existingId(e.label()))) {
                    notices.accept(e.where() + ": event type " + e.label() + " differs from its trigger's label "
                            + label + "; the event is of type " + label);
                }
                List<NewEvent.Argument> arguments = new ArrayList<>(e.arguments().size());
                for (DocumentEvent.Argument a : e.arguments()) {
                    int filler = kept[a.filler()];
                    if (filler < 0) {
                        problem(a.where() + ": argument " + a.role() + " refused: its span was refused (see above)");
                    } else if (filler == trigger) {
                        problem(a.where() + ": argument " + a.role() + " refused: an event cannot fill its own role");
                    } else {
                        arguments.add(new NewEvent.Argument(roles.roleFor(label, a.role(), a.numbered(), a.where()),
                                filler));
                    }
                }
                ImportedEventAttributes.Read read = ImportedEventAttributes.read(eventValues, e.attributes(), e.note(), notices);
                events.add(new NewEvent(trigger, read.attributes(), arguments, read.incidentKey()));
                eventPlaces.add(e.where());
            }
            return events;
        }

        /** Stores the batch in one transaction; if the library refuses it, article by article. */
        void store() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                tellStored(where, eventWhere, storeAll(batch));
            } catch (LibraryException batchFailure) {
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        tellStored(List.of(where.get(i)), List.of(eventWhere.get(i)), storeAll(List.of(batch.get(i))));
                    } catch (LibraryException e) {
                        tell.accept(ImportOutcome.notStored(file, where.get(i) + ": not stored: " + e.getMessage()));
                    }
                }
            }
            batch.clear();
            where.clear();
            eventWhere.clear();
            batchSpans = 0;
        }

        private void tellStored(List<String> places, List<List<String>> eventPlaces, List<Stored> results) {
            for (int i = 0; i < results.size(); i++) {
                Stored stored = results.get(i);
                String place = places.get(i);
                for (AnnotatedImportRepository.EventLeftOut left : stored.eventsLeftOut()) {
                    tell.accept(ImportOutcome.refused(file, eventPlaces.get(i).get(left.event()) + ": " + left.reason()));
                }
                String added = count(stored.spansAdded(), "span", "spans") + (stored.spansAlreadyThere() > 0
                        ? " (" + stored.spansAlreadyThere() + " already there)" : "");
                if (stored.eventsAdded() + stored.eventsAlreadyThere() > 0) {
                    added += " and " + count(stored.eventsAdded(), "event", "events") + (stored.eventsAlreadyThere() > 0
                            ? " (" + stored.eventsAlreadyThere() + " already there)" : "");
                }
                if (stored.newArticle()) {
                    tell.accept(ImportOutcome.annotated(file, stored.articleId(), stored.spansAdded(),
                            stored.eventsAdded(), place + ": imported as article " + stored.articleId() + " with " + added));
                } else {
                    tell.accept(ImportOutcome.annotatedDuplicate(file, stored.articleId(), stored.spansAdded(),
                            stored.eventsAdded(), place + ": text already in the library as article "
                                    + stored.articleId() + "; added " + added));
                }
            }
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * Whose spans they are: {@code override} (--annotator) if given, else the name the file gives,
     * else {@code fallback} (the saved annotator name, else the system user name).
     */
    record AnnotatorChoice(String override, String fallback) {
        String of(String fromFile) {
            if (override != null && !override.isBlank()) {
                return override.strip();
            }
            if (fromFile != null && !fromFile.isBlank()) {
                return fromFile.strip();
            }
            return fallback == null ? "" : fallback.strip();
        }
    }
}
