package org.hashiya.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.export.ExportException;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportReport;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.LibraryException;

/**
 * The export dialog's state: the format, the filter choices, the Excel option, a count and a
 * preview of what would be written, and a running export with progress and Cancel. Holds no
 * controls. Counting, previewing and exporting run on {@code background} (a million spans take a
 * while); results cross back through {@code ui}. A count or preview that a newer change has made
 * stale is skipped or dropped.
 */
public final class ExportViewModel {
    static final int PREVIEW_ROWS = 20;
    /** Longer preview lines (a JSONL line holds a whole article) are cut, so the preview stays light. */
    static final int PREVIEW_LINE_CHARS = 300;

    private static final Map<LabelKind, String> KIND_ARABIC = Map.of(LabelKind.ACTOR, "فاعل", LabelKind.EVENT, "حدث",
            LabelKind.PLACE, "مكان", LabelKind.TIME, "زمان", LabelKind.OTHER, "أخرى");

    private final ExportService service;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> status;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.SPANS_CSV);
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel", false);
    private final ReadOnlyBooleanWrapper excelAvailable = new ReadOnlyBooleanWrapper(this, "excelAvailable", true);
    private final ObservableList<Choice<String>> labels = FXCollections.observableArrayList();
    private final ObservableList<Choice<LabelKind>> kinds = FXCollections.observableArrayList();
    private final List<Choice<ArticleStatus>> statuses = Arrays.stream(ArticleStatus.values())
            .map(s -> Choice.of(s, s.id())).toList();
    private final List<Choice<Relevance>> relevances = List.of(Choice.of(Relevance.RELEVANT, "relevant"),
            Choice.of(Relevance.NOT_RELEVANT, "not relevant"), Choice.of(Relevance.UNSET, "not yet judged"));
    private final ObservableList<Choice<String>> tags = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> annotators = FXCollections.observableArrayList();
    private final StringProperty articleIds = new SimpleStringProperty(this, "articleIds", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final ReadOnlyLongWrapper rowCount = new ReadOnlyLongWrapper(this, "rowCount", -1);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyObjectWrapper<PreviewTable> previewTable = new ReadOnlyObjectWrapper<>(this, "previewTable",
            PreviewTable.EMPTY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ExportReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");

    private final AtomicLong generation = new AtomicLong();
    private ExportTask task;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    /**
     * @param status where the end of an export is also told (the main window's status line)
     */
    public ExportViewModel(ExportService service, Executor background, Executor ui, Consumer<String> status) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.status = status;
        format.addListener((obs, old, now) -> {
            excelAvailable.set(now.isCsv());
            refresh();
        });
        excel.addListener((obs, old, now) -> refresh());
        articleIds.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        watch(statuses);
        watch(relevances);
    }

    /** Reads the filter choices (labels, kinds, tags, annotators) in the background, then counts. */
    public void load() {
        countText.set("Counting…");
        background.execute(() -> {
            try {
                LabelSchema schema = service.schema();
                List<String> tagNames = service.tags();
                List<String> annotatorNames = service.annotators();
                ui.execute(() -> showChoices(schema, tagNames, annotatorNames));
            } catch (LibraryException e) {
                ui.execute(() -> message.set(oneLine(e)));
            }
        });
    }

    private void showChoices(LabelSchema schema, List<String> tagNames, List<String> annotatorNames) {
        labels.setAll(schema.labels().stream().map(ExportViewModel::labelChoice).toList());
        Set<LabelKind> used = EnumSet.noneOf(LabelKind.class);
        schema.labels().forEach(l -> used.add(l.kind()));
        kinds.setAll(used.stream().map(k -> Choice.of(k, k.id() + " — " + KIND_ARABIC.get(k))).toList());
        tags.setAll(tagNames.stream().map(t -> Choice.of(t, t)).toList());
        annotators.setAll(annotatorNames.stream().map(a -> Choice.of(a, a)).toList());
        Stream.of(labels, kinds, tags, annotators).forEach(this::watch);
        loaded.set(true);
        refresh();
    }

    private static Choice<String> labelChoice(SpanLabel label) {
        boolean arabic = !label.arabicName().isEmpty();
        String english = label.retired() ? label.englishName() + " (retired)" : label.englishName();
        String detail = label.id() + " · " + label.kind().id() + (label.retired() ? " · retired" : "");
        return new Choice<>(label.id(), arabic ? label.arabicName() : english, arabic ? english : "", detail, label.colour());
    }

    private void watch(List<? extends Choice<?>> choices) {
        choices.forEach(c -> c.selectedProperty().addListener((obs, old, now) -> refresh()));
    }

    /** The filter the current choices make, or empty when one of them cannot be read (see {@link #filterProblemProperty()}). */
    public Optional<SpanFilter> filter() {
        try {
            SpanFilter filter = new SpanFilter(Choice.ticked(labels), Choice.ticked(kinds),
                    ArticleIds.parse(articleIds.get()), Choice.ticked(statuses), Choice.ticked(relevances),
                    Choice.ticked(tags), Choice.ticked(annotators), from.get(), to.get());
            filterProblem.set("");
            return Optional.of(filter);
        } catch (IllegalArgumentException e) {
            filterProblem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Unticks every choice and empties the ids and dates: everything in the library. */
    public void clearFilters() {
        Stream.of(labels, kinds, statuses, relevances, tags, annotators).flatMap(List::stream)
                .forEach(c -> c.setSelected(false));
        articleIds.set("");
        from.set(null);
        to.set(null);
    }

    private boolean excelApplies() {
        return excel.get() && format.get().isCsv();
    }

    /** Counts and previews the current choice again (in the background). */
    private void refresh() {
        if (!loaded.get()) {
            return;
        }
        long current = generation.incrementAndGet();
        Optional<SpanFilter> filter = filter();
        if (filter.isEmpty()) {
            rowCount.set(-1);
            countText.set("");
            preview.set("");
            previewTable.set(PreviewTable.EMPTY);
            return;
        }
        ExportFormat chosenFormat = format.get();
        boolean chosenExcel = excelApplies();
        countText.set("Counting…");
        background.execute(() -> countAndPreview(current, chosenFormat, filter.get(), chosenExcel));
    }

    private void countAndPreview(long asked, ExportFormat chosenFormat, SpanFilter filter, boolean chosenExcel) {
        if (generation.get() != asked) {
            return; // a newer choice is queued behind this one
        }
        try {
            long spans = service.countSpans(filter);
            long articles = service.countArticles(filter);
            long events = chosenFormat.rowsAreEvents() ? service.countEvents(filter) : 0;
            ui.execute(() -> {
                if (generation.get() == asked) {
                    showCount(chosenFormat, spans, articles, events);
                }
            });
        } catch (RuntimeException e) {
            String line = problem("count", e);
            ui.execute(() -> {
                if (generation.get() == asked) {
                    rowCount.set(-1);
                    countText.set(line);
                }
            });
            return;
        }
        if (generation.get() != asked) {
            return;
        }
        String text;
        PreviewTable table = PreviewTable.EMPTY;
        try {
            String raw = service.preview(chosenFormat, filter, chosenExcel, PREVIEW_ROWS);
            text = shorten(raw);
            if (chosenFormat.isCsv()) {
                table = PreviewTable.ofCsv(raw, PREVIEW_LINE_CHARS);
            }
        } catch (RuntimeException e) {
            text = "No preview: " + problem("preview", e);
        }
        String shown = text;
        PreviewTable shownTable = table;
        ui.execute(() -> {
            if (generation.get() == asked) {
                preview.set(shown);
                previewTable.set(shownTable);
            }
        });
    }

    private void showCount(ExportFormat chosenFormat, long spans, long articles, long events) {
        long rows = chosenFormat.rowsAreEvents() ? events : chosenFormat.rowsAreSpans() ? spans : articles;
        rowCount.set(rows);
        if (chosenFormat.rowsAreEvents()) {
            countText.set(rows == 0 ? "No event has its trigger among the chosen spans (" + amount(spans, "span")
                    + " chosen)." : amount(events, "event") + " will be written, one row per role filler (from "
                    + amount(articles, "chosen article") + ")");
        } else if (rows == 0) {
            countText.set("Nothing matches these filters.");
        } else if (chosenFormat.rowsAreCodings()) {
            countText.set(amount(articles, "article") + " will be written: a row of this library's own coding each,"
                    + " and one per coder a merge brought a coding from");
        } else if (chosenFormat.rowsAreSpans()) {
            countText.set(amount(spans, "span") + " will be written (from " + amount(articles, "chosen article") + ")");
        } else {
            countText.set(amount(articles, "article") + " with " + amount(spans, "span") + " will be written");
        }
    }

    static String shorten(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.length() <= PREVIEW_LINE_CHARS ? line : line.substring(0, PREVIEW_LINE_CHARS) + " …");
        }
        return out.toString();
    }

    /** The usual name for the chosen format's file or folder. */
    public String suggestedName() {
        return switch (format.get()) {
            case SPANS_CSV -> "spans.csv";
            case ARTICLES_CSV -> "articles.csv";
            case ARTICLE_CODINGS_CSV -> "article-codings.csv";
            case EVENTS_CSV -> "events.csv";
            case JSONL -> "articles.jsonl";
            case BRAT -> "brat";
            case CONLL -> "tokens.conll";
        };
    }

    /**
     * What to ask before writing to {@code target}, when writing there would replace something:
     * an existing file, or a folder that is not empty. Empty when nothing would be lost.
     */
    public Optional<String> replaceQuestion(Path target) {
        if (Files.isDirectory(target)) {
            long entries = entriesIn(target);
            return entries == 0 ? Optional.empty() : Optional.of("The folder " + target + " already holds "
                    + amount(entries, "file or folder", "files or folders") + ". Replace it and everything in it?");
        }
        return Files.exists(target) ? Optional.of(target + " already exists. Replace it?") : Optional.empty();
    }

    private static long entriesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        } catch (IOException e) {
            return 1; // unreadable: ask rather than assume it is empty
        }
    }

    /**
     * Starts writing the chosen set to {@code target} in the background. {@code replaceAgreed}:
     * the user agreed to replace what {@link #replaceQuestion} asked about; without it an existing
     * target is refused. Ignored while an export runs or the filter cannot be read.
     */
    public void export(Path target, boolean replaceAgreed) {
        Optional<SpanFilter> filter = filter();
        if (running.get() || filter.isEmpty()) {
            return;
        }
        boolean wouldReplace = replaceQuestion(target).isPresent();
        if (wouldReplace && !replaceAgreed) {
            message.set(target + " already exists: nothing written.");
            return;
        }
        // An empty folder is replaced without asking: there is nothing in it to lose.
        boolean overwrite = wouldReplace || Files.isDirectory(target);
        ExportRequest request = new ExportRequest(format.get(), filter.get(), target, excelApplies(), overwrite);
        ExportTask started = new ExportTask(service, request);
        task = started;
        running.set(true);
        progress.bind(started.progressProperty());
        progressText.bind(started.messageProperty());
        message.set("Exporting to " + target + " …");
        started.setOnSucceeded(e -> finish(started, started.getValue(), null));
        started.setOnFailed(e -> finish(started, null, started.getException()));
        background.execute(started);
    }

    private void finish(ExportTask done, ExportReport report, Throwable failure) {
        progress.unbind();
        progressText.unbind();
        progressText.set("");
        running.set(false);
        if (task == done) {
            task = null;
        }
        String line = failure == null ? summary(report) : "Export failed: " + problem("export", failure);
        progress.set(failure == null && !report.cancelled() ? 1 : 0);
        lastReport.set(report);
        message.set(line);
        status.accept(line);
    }

    private static String summary(ExportReport report) {
        if (report.cancelled() && Files.exists(report.target())) {
            return report.summary() + " (what was there is unchanged)";
        }
        return report.summary();
    }

    /** Asks the running export to stop; it removes what it wrote so far. */
    public void cancel() {
        if (task != null) {
            task.requestCancel();
            message.set("Cancelling…");
        }
    }

    /** One line for the user; anything but our own message-bearing exceptions goes to the log with its trace. */
    private static String problem(String what, Throwable e) {
        if (!(e instanceof ExportException) && !(e instanceof LibraryException)) {
            ErrorLog.error("export " + what + " failed", e);
        }
        return oneLine(e);
    }

    private static String oneLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse("").strip();
    }

    private static String amount(long n, String one) {
        return amount(n, one, one + "s");
    }

    private static String amount(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The Excel option (a BOM and defused formulas); it applies to the CSV formats only. */
    public BooleanProperty excelProperty() {
        return excel;
    }

    /** True while the chosen format is a CSV one, so the Excel option means something. */
    public ReadOnlyBooleanProperty excelAvailableProperty() {
        return excelAvailable.getReadOnlyProperty();
    }

    /** False until {@link #load()} has brought the choices (the lists are empty until then, not because there are none). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The schema's labels, retired ones too, Arabic name first. */
    public ObservableList<Choice<String>> labels() {
        return labels;
    }

    /** The label kinds the schema uses. */
    public ObservableList<Choice<LabelKind>> kinds() {
        return kinds;
    }

    public List<Choice<ArticleStatus>> statuses() {
        return statuses;
    }

    public List<Choice<Relevance>> relevances() {
        return relevances;
    }

    /** The tags articles carry. */
    public ObservableList<Choice<String>> tags() {
        return tags;
    }

    /** The annotators spans carry. */
    public ObservableList<Choice<String>> annotators() {
        return annotators;
    }

    /** Article ids as typed: "3, 10-20". */
    public StringProperty articleIdsProperty() {
        return articleIds;
    }

    /** The first day a span was created on, inclusive (null: no limit). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day a span was created on, inclusive (null: no limit). */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Why the choices make no filter ("" when they do): unreadable ids, dates in the wrong order. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** How many rows (spans for spans-csv, events for events-csv, articles otherwise) would be written; -1 while unknown. */
    public ReadOnlyLongProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    /** The count in words: "12 spans will be written (from 3 chosen articles)", "Counting…". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The first rows as the file would hold them. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * For the CSV formats, the preview as a table (header and rows); empty for the others, or
     * when there is no preview.
     */
    ReadOnlyObjectProperty<PreviewTable> previewTableProperty() {
        return previewTable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while exporting (-1 before the first article is counted). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12 of 56 articles" while exporting. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last thing to tell the user: the export's summary or why it failed, one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The report of the last export that ended (null before, or when it failed). */
    public ReadOnlyObjectProperty<ExportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
