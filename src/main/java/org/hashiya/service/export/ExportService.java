package org.hashiya.service.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.Utf8Output;
import org.hashiya.io.annotated.ArticleCodingsCsvWriter;
import org.hashiya.io.annotated.ArticlesCsvWriter;
import org.hashiya.io.annotated.BratWriter;
import org.hashiya.io.annotated.ConllWriter;
import org.hashiya.io.annotated.EventsCsvWriter;
import org.hashiya.io.annotated.ExportWriter;
import org.hashiya.io.annotated.JsonlWriter;
import org.hashiya.io.annotated.SpansCsvWriter;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.ReadingThread;
import org.hashiya.store.Library;

/**
 * Takes a labeled set out of the library in one of the {@link ExportFormat}s. The output is
 * written to a temporary file (or folder) next to the target and moved into place only when
 * complete, so a failed, cancelled or killed export never leaves a half-written file at the
 * target path. Articles stream from the store one at a time: memory stays flat however large the
 * selection.
 */
public final class ExportService {
    /** Articles read ahead of the writer: a few, so memory stays flat. */
    static final int READ_AHEAD = 16;

    private final Library library;
    private final Clock clock;
    private final String owner;

    public ExportService(Library library) {
        this(library, Clock.systemUTC(), "");
    }

    public ExportService(Library library, Clock clock) {
        this(library, clock, "");
    }

    /**
     * @param owner the library owner's annotator name: article-codings-csv writes the library's own
     *              annotation of each article under it ("" when unknown)
     */
    public ExportService(Library library, String owner) {
        this(library, Clock.systemUTC(), owner);
    }

    public ExportService(Library library, Clock clock, String owner) {
        this.library = library;
        this.clock = clock;
        this.owner = owner == null ? "" : owner.strip();
    }

    /** The library's labels, retired ones included (spans may still carry them): filter choices. */
    public LabelSchema schema() {
        return library.labels().schema();
    }

    /** Every annotator name that spans carry, sorted: filter choices. */
    public java.util.List<String> annotators() {
        return library.selection().annotators();
    }

    /** Every article tag in use, sorted: filter choices. */
    public java.util.List<String> tags() {
        return library.selection().tags();
    }

    /** How many spans the filter chooses. */
    public long countSpans(SpanFilter filter) {
        return library.selection().countSpans(filter);
    }

    /** How many events the filter chooses (those whose trigger span it chooses). */
    public long countEvents(SpanFilter filter) {
        return library.selection().countEvents(filter);
    }

    /** How many articles the filter chooses. */
    public long countArticles(SpanFilter filter) {
        return library.selection().countArticles(filter);
    }

    /**
     * The beginning of what the export would write, as text: the first {@code maxRows} rows of a
     * CSV (header included), the first lines of JSONL or CoNLL, the first article's .ann for brat.
     */
    public String preview(ExportFormat format, SpanFilter filter, boolean excel, int maxRows) {
        LabelSchema schema = library.labels().schema();
        if (format == ExportFormat.BRAT) {
            return bratPreview(schema, filter, maxRows);
        }
        if (format.rowsAreCodings()) {
            return codingsPreview(filter, excel, maxRows);
        }
        StringWriter text = new StringWriter();
        // events-csv: stop once every chosen event was seen, rather than read the rest of a library without events
        long[] eventsLeft = {format.rowsAreEvents() ? countEvents(filter) : Long.MAX_VALUE};
        try (ExportWriter writer = writerFor(format, schema, excel, text)) {
            if (eventsLeft[0] > 0) {
                library.selection().forEachArticle(filter, article -> {
                    write(writer, article);
                    eventsLeft[0] -= article.events().size();
                    if (writer.rows() >= maxRows || eventsLeft[0] <= 0) {
                        throw new Enough();
                    }
                });
            }
        } catch (Enough enough) {
            // the preview is full
        } catch (IOException e) {
            throw new ExportException("cannot preview the export: " + e.getMessage(), e);
        }
        String written = withoutBom(text.toString(), excel);
        return format.isCsv() ? firstRecords(written, maxRows + 1) : firstLines(written, maxRows);
    }

    private String codingsPreview(SpanFilter filter, boolean excel, int maxRows) {
        StringWriter text = new StringWriter();
        try (ArticleCodingsCsvWriter writer = new ArticleCodingsCsvWriter(text, excel, owner)) {
            library.selection().forEachArticleCodings(filter, codings -> {
                write(writer, codings);
                if (writer.rows() >= maxRows) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the preview is full
        } catch (IOException e) {
            throw new ExportException("cannot preview the export: " + e.getMessage(), e);
        }
        String written = withoutBom(text.toString(), excel);
        return firstRecords(written, maxRows + 1);
    }

    /** An Excel-mode preview without the byte order mark the file starts with (a table shows no BOM). */
    private static String withoutBom(String written, boolean excel) {
        return excel && written.startsWith("\uFEFF") ? written.substring(1) : written;
    }

    /** The first {@code records} CSV records (a cell may hold line breaks, so lines would cut one short). */
    private static String firstRecords(String csv, int records) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            int n = 0;
            for (CSVRecord record : parser) {
                if (n++ == records) {
                    return csv.substring(0, (int) record.getCharacterPosition());
                }
            }
            return csv;
        } catch (IOException | UncheckedIOException e) {
            return csv;
        }
    }

    private String bratPreview(LabelSchema schema, SpanFilter filter, int maxRows) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("hashiya-preview");
            Path out = folder.resolve("brat");
            try (ExportWriter writer = new BratWriter(out, schema)) {
                library.selection().forEachArticle(filter, article -> {
                    write(writer, article);
                    throw new Enough();
                });
            } catch (Enough enough) {
                // one article is enough
            }
            try (Stream<Path> files = Files.list(out)) {
                Path ann = files.filter(p -> p.toString().endsWith(".ann")).sorted().findFirst().orElse(null);
                if (ann == null) {
                    return "";
                }
                return ann.getFileName() + ":\n" + firstLines(Files.readString(ann, StandardCharsets.UTF_8), maxRows);
            }
        } catch (IOException e) {
            throw new ExportException("cannot preview the export: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static String firstLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at);
            if (at >= 0) {
                at++;
            }
        }
        return at < 0 ? text : text.substring(0, at);
    }

    /**
     * Writes the export. Refuses an existing target unless {@code request.overwrite()}.
     * {@code cancelled} is asked between articles; a cancelled export removes its temporary output
     * and reports {@code cancelled}. Throws {@link ExportException} with a message for the user.
     */
    public ExportReport export(ExportRequest request, ExportListener listener, BooleanSupplier cancelled) {
        Instant started = clock.instant();
        Path target = request.target().toAbsolutePath().normalize();
        if (Files.exists(target) && !request.overwrite()) {
            throw new ExportException(target + " already exists (use --force to replace it)");
        }
        if (Files.isDirectory(target) != request.format().writesFolder() && Files.exists(target)) {
            throw new ExportException(target + " is " + (Files.isDirectory(target) ? "a folder" : "a file")
                    + ": a " + request.format().id() + " export writes " + (request.format().writesFolder()
                    ? "a folder" : "a file"));
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ExportException("cannot create folder " + parent + ": " + reason(e), e);
        }
        LabelSchema schema = library.labels().schema();
        long total = library.selection().countArticles(request.filter());
        Path temp = parent.resolve(partPrefix(target) + ProcessHandle.current().pid());
        deleteQuietly(temp);
        clearLeftovers(parent, target);
        long[] counts = new long[2];
        Closeable writer = null;
        try {
            long rows;
            if (request.format().rowsAreCodings()) {
                ArticleCodingsCsvWriter out = openCodings(request, temp);
                writer = out;
                ExportService.<ArticleCodings>stream(sink -> library.selection().forEachArticleCodings(request.filter(), sink), codings -> write(out, codings),
                        codings -> 0, cancelled, listener, total, counts);
                rows = out.rows();
            } else {
                ExportWriter out = open(request, schema, temp);
                writer = out;
                ExportService.<AnnotatedArticle>stream(sink -> library.selection().forEachArticle(request.filter(), sink), article -> write(out, article),
                        article -> article.spans().size(), cancelled, listener, total, counts);
                rows = out.rows();
            }
            writer.close();
            writer = null;
            moveIntoPlace(temp, target, request.overwrite());
            return new ExportReport(request.format(), rows, counts[0], counts[1], target,
                    Duration.between(started, clock.instant()), false);
        } catch (CancellationException e) {
            closeQuietly(writer);
            deleteQuietly(temp);
            return new ExportReport(request.format(), 0, counts[0], counts[1], target,
                    Duration.between(started, clock.instant()), true);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(writer);
            deleteQuietly(temp);
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            ErrorLog.error("export to " + target + " failed", cause);
            throw new ExportException("cannot write " + target + ": " + reason(cause), cause);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            deleteQuietly(temp);
            throw e;
        }
    }

    private static ExportWriter open(ExportRequest request, LabelSchema schema, Path temp) throws IOException {
        if (request.format().writesFolder()) {
            return new BratWriter(temp, schema);
        }
        OutputStream out = Files.newOutputStream(temp);
        Writer writer = new Utf8Output(out);
        try {
            return writerFor(request.format(), schema, request.excel(), writer);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    private ArticleCodingsCsvWriter openCodings(ExportRequest request, Path temp) throws IOException {
        Writer writer = new Utf8Output(Files.newOutputStream(temp));
        try {
            return new ArticleCodingsCsvWriter(writer, request.excel(), owner);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    private static ExportWriter writerFor(ExportFormat format, LabelSchema schema, boolean excel, Writer out)
            throws IOException {
        return switch (format) {
            case SPANS_CSV -> new SpansCsvWriter(out, schema, excel);
            case ARTICLES_CSV -> new ArticlesCsvWriter(out, excel);
            case EVENTS_CSV -> new EventsCsvWriter(out, excel);
            case JSONL -> new JsonlWriter(out, schema);
            case CONLL -> new ConllWriter(out);
            case BRAT -> throw new IllegalArgumentException("brat writes a folder");
            case ARTICLE_CODINGS_CSV -> throw new IllegalArgumentException("article-codings-csv writes codings, not spans");
        };
    }

    /**
     * Reads on one thread, writes on this one ({@link ReadingThread}): each item written, counted
     * ({@code counts}: items, spans) and reported, until the source ends or the export is cancelled.
     */
    private static <T> void stream(Consumer<Consumer<T>> source, Consumer<T> write, java.util.function.ToLongFunction<T> spans,
                                   BooleanSupplier cancelled, ExportListener listener, long total, long[] counts) {
        new ReadingThread<T>(READ_AHEAD, "export-reader").run(source, item -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            write.accept(item);
            counts[0]++;
            counts[1] += spans.applyAsLong(item);
            listener.progress(counts[0], total);
        });
    }

    private static void write(ExportWriter writer, AnnotatedArticle article) {
        try {
            writer.write(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ArticleCodingsCsvWriter writer, ArticleCodings codings) {
        try {
            writer.write(codings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the target with the finished output in one rename where the file system allows. */
    private static void moveIntoPlace(Path temp, Path target, boolean overwrite) throws IOException {
        if (overwrite && Files.isDirectory(target)) {
            // a folder cannot be replaced by one rename: move the old one aside first
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
            deleteQuietly(old);
            Files.move(target, old);
            Files.move(temp, target);
            deleteQuietly(old);
            return;
        }
        try {
            if (overwrite) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (overwrite) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(temp);
            throw new ExportException(target + " already exists (use --force to replace it)");
        }
    }

    private static String partPrefix(Path target) {
        return "." + target.getFileName() + ".part-";
    }

    /** Removes what exports to this target that were killed left behind (their process is gone). */
    private static void clearLeftovers(Path folder, Path target) {
        String prefix = partPrefix(target);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> {
                String pid = p.getFileName().toString().substring(prefix.length());
                try {
                    if (ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                        deleteQuietly(p);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void closeQuietly(Closeable writer) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temporary file left behind is named .part and never the target
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** Thrown inside a stream to stop it when a preview is full. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
