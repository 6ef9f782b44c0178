package org.hashiya.ui.annotate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationChange;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SpanMismatch;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.text.TextRange;
import org.hashiya.text.WordSnapper;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.Highlight;

/**
 * The state of annotating one article: the text selection, the picked span, the spans in reading
 * order, the article's status, relevance, tags and note, and the highlights to paint. Every action
 * goes through the {@link ArticleAnnotator}, which stores it at once; the view model then updates
 * from the change event it gets back, so an action, its undo and its redo update the screen the
 * same way, one span at a time.
 *
 * <p>Holds no controls. Text offsets coming in from and going out to the view are UTF-16 indices
 * (what the reading pane uses); spans are code points. Use on one thread (the UI's).
 */
public final class AnnotationViewModel {
    /** SpanLabel colours are painted see-through so overlapping and nested spans all stay visible. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final Comparator<Span> READING_ORDER =
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end).thenComparingLong(Span::id);

    /** Receives what to paint; the view passes it on to the reading pane. */
    public interface HighlightSink {
        void reset(List<Highlight> all);

        void put(Highlight highlight);

        void remove(String id);
    }

    private final ObservableList<SpanRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SpanRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(this, "selection", new TextRange(0, 0));
    private final ReadOnlyObjectWrapper<Span> selectedSpan = new ReadOnlyObjectWrapper<>(this, "selectedSpan");
    private final ReadOnlyObjectWrapper<ArticleStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Relevance> relevance = new ReadOnlyObjectWrapper<>(this, "relevance", Relevance.UNSET);
    private final ReadOnlyStringWrapper tags = new ReadOnlyStringWrapper(this, "tags", "");
    private final ReadOnlyStringWrapper articleNote = new ReadOnlyStringWrapper(this, "articleNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper mismatchReport = new ReadOnlyStringWrapper(this, "mismatchReport", "");
    private final ReadOnlyStringWrapper annotatorName = new ReadOnlyStringWrapper(this, "annotatorName", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Map<Long, Span> spansById = new HashMap<>();
    private final Map<String, Highlight> highlights = new LinkedHashMap<>();
    private final List<HighlightSink> sinks = new CopyOnWriteArrayList<>();
    private final Consumer<AnnotationChange> changeListener = this::changed;

    private Library library;
    private ArticleAnnotator annotator;
    private LabelSchema schema = LabelSchema.of(List.of());
    private String text = "";
    private CodePointOffsets offsets = new CodePointOffsets("");
    private boolean selectionExact;
    /** The spans under the latest click, so a click on the same spans cycles; any other pick resets it. */
    private List<Long> lastClickedIds = List.of();

    // ---- opening and closing -------------------------------------------------------------------

    /**
     * Opens an article for annotation (a new one becomes in_progress), checks its spans against its
     * text and reports any that no longer match; they are drawn where they are stored, never moved.
     */
    public boolean open(Library lib, long articleId, String annotatorName) {
        close();
        ArticleAnnotator opened;
        try {
            opened = new AnnotationService(lib, annotatorName).open(articleId);
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return false;
        }
        library = lib;
        annotator = opened;
        this.annotatorName.set(opened.annotator());
        schema = lib.labels().schema();
        text = opened.article().text();
        offsets = new CodePointOffsets(text);
        List<Span> spans = opened.spansAtOpen();
        for (Span span : spans) {
            spansById.put(span.id(), span);
        }
        List<SpanRow> sorted = new ArrayList<>(spans.size());
        for (Span span : spans) {
            sorted.add(row(span));
        }
        sorted.sort(Comparator.comparing(SpanRow::span, READING_ORDER));
        rows.setAll(sorted);
        rebuildHighlights();
        showArticle(opened.annotation());
        List<SpanMismatch> mismatches = opened.mismatches();
        mismatchReport.set(mismatches.isEmpty() ? "" : mismatchText(mismatches));
        if (!mismatches.isEmpty()) {
            message.set(mismatchReport.get());
        }
        opened.addListener(changeListener);
        this.open.set(true);
        updateUndo();
        return true;
    }

    /** Lets go of the open article (its annotation is already stored). */
    public void close() {
        if (annotator != null) {
            annotator.removeListener(changeListener);
        }
        annotator = null;
        library = null;
        text = "";
        offsets = new CodePointOffsets("");
        spansById.clear();
        rows.clear();
        selection.set(new TextRange(0, 0));
        selectedSpan.set(null);
        status.set(null);
        relevance.set(Relevance.UNSET);
        tags.set("");
        articleNote.set("");
        mismatchReport.set("");
        open.set(false);
        rebuildHighlights();
        updateUndo();
    }

    /** Annotates as someone else from now on: reopens the article (its undo history ends here). */
    public void changeAnnotator(String name) {
        if (annotator != null) {
            open(library, annotator.article().id(), name);
        } else {
            annotatorName.set(name == null ? "" : name.strip());
        }
    }

    /** Rereads the label schema (after labels were edited) and repaints in the new colours. */
    public void reloadSchema() {
        if (library == null) {
            return;
        }
        schema = library.labels().schema();
        rows.replaceAll(r -> row(r.span()));
        rebuildHighlights();
    }

    // ---- selection and picking -----------------------------------------------------------------

    /**
     * The view reports the reading pane's selection (UTF-16, either order). {@code exact} says the
     * user made it with Alt held, so it is labelled as is rather than snapped to words. A new text
     * selection lets go of the picked span.
     */
    public void setSelection(int from, int to, boolean exact) {
        int start = Math.max(0, Math.min(Math.min(from, to), text.length()));
        int end = Math.max(start, Math.min(Math.max(from, to), text.length()));
        selection.set(new TextRange(start, end));
        selectionExact = exact;
        if (end > start) {
            pick(null);
        }
    }

    /** Escape: no selection, no picked span. */
    public void clearSelection() {
        TextRange now = selection.get();
        selection.set(new TextRange(now.end(), now.end()));
        pick(null);
    }

    /**
     * A click on the character at this UTF-16 offset (-1 off the text): picks the innermost span
     * there, and on each further click on the same spans the next larger one, round and round;
     * nothing if none.
     */
    public void clickAt(int utf16Offset) {
        List<Span> under = spansAt(utf16Offset);
        List<Long> ids = under.stream().map(Span::id).toList();
        Span current = selectedSpan.get();
        int index = -1;
        if (ids.equals(lastClickedIds) && current != null) {
            index = ids.indexOf(current.id()); // clicking again on the same spans: the next larger one
        }
        pick(under.isEmpty() ? null : under.get((index + 1) % under.size()));
        lastClickedIds = ids;
    }

    /** Picks the span with this id (from the span list). */
    public void selectSpan(long spanId) {
        pick(spansById.get(spanId));
    }

    /** The spans covering the character at this UTF-16 offset, innermost (shortest) first. */
    public List<Span> spansAt(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset >= text.length()) {
            return List.of();
        }
        int cp = offsets.toCodePoint(utf16Offset);
        List<Span> under = new ArrayList<>();
        for (Span span : spansById.values()) {
            if (span.start() <= cp && cp < span.end()) {
                under.add(span);
            }
        }
        under.sort(Comparator.comparingInt(Span::length).thenComparing(READING_ORDER));
        return under;
    }

    /** What the hover tip says at this UTF-16 offset: label, annotator and time of each span there. */
    public String describeAt(int utf16Offset) {
        List<String> lines = new ArrayList<>();
        for (Span span : spansAt(utf16Offset)) {
            String who = span.annotator().isEmpty() ? "unknown annotator" : span.annotator();
            String line = labelName(span.labelId()) + " — " + who + " — " + TIME.format(span.updatedAt());
            lines.add(span.note().isEmpty() ? line : line + "\n    " + span.note());
        }
        return String.join("\n", lines);
    }

    /** Where a span begins in the text shown, as a UTF-16 offset (to scroll to it). */
    public int utf16Start(Span span) {
        return offsets.toUtf16(Math.min(span.start(), offsets.codePointLength()));
    }

    // ---- labelling -----------------------------------------------------------------------------

    /**
     * A key pressed in the reading pane: if it is a label's shortcut, labels the selection (or
     * relabels the picked span) and returns true. {@code altDown} keeps the selection exact.
     */
    public boolean applyShortcut(String key, boolean altDown) {
        Optional<SpanLabel> label = schema.byShortcut(key);
        if (label.isEmpty()) {
            return false;
        }
        applyLabel(label.get().id(), altDown);
        return true;
    }

    /** The label palette's choice: labels the selection, or relabels the picked span. */
    public boolean applyLabel(String labelId) {
        return applyLabel(labelId, false);
    }

    /**
     * Labels the selection, snapped to whole words unless {@code exact} (or the selection was made
     * exact); the new span becomes the picked one. Without a selection, relabels the picked span.
     */
    public boolean applyLabel(String labelId, boolean exact) {
        if (annotator == null) {
            return false;
        }
        TextRange range = selection.get();
        if (!range.isEmpty()) {
            Optional<TextRange> snapped = WordSnapper.snap(text, range.start(), range.end(), exact || selectionExact);
            if (snapped.isEmpty()) {
                message.set("Nothing to label: the selection holds only spaces or punctuation.");
                return false;
            }
            TextRange s = snapped.get();
            Optional<Span> created = attempt(() -> annotator.createSpan(labelId,
                    offsets.toCodePoint(s.start()), offsets.toCodePoint(s.end())).span());
            if (created.isEmpty()) {
                return false;
            }
            clearSelection();
            pick(spansById.get(created.get().id()));
            message.set("Saved: «" + created.get().text() + "» is " + labelName(labelId) + ".");
            return true;
        }
        Span picked = selectedSpan.get();
        if (picked == null) {
            message.set("Select some text or click a span first, then press a label's key.");
            return false;
        }
        if (picked.labelId().equals(labelId)) {
            return true;
        }
        boolean done = attempt(() -> annotator.changeLabel(picked.id(), labelId)).isPresent();
        if (done) {
            message.set("Saved: «" + picked.text() + "» is now " + labelName(labelId) + ".");
        }
        return done;
    }

    /** Deletes the picked span; false if none is picked. */
    public boolean deleteSelectedSpan() {
        Span picked = selectedSpan.get();
        if (picked == null || annotator == null) {
            return false;
        }
        boolean done = attempt(() -> annotator.deleteSpan(picked.id())).isPresent();
        if (done) {
            message.set("Deleted «" + picked.text() + "» (" + labelName(picked.labelId()) + "). Undo brings it back.");
        }
        return done;
    }

    /** Gives the picked span this note; nothing happens if the note is unchanged. */
    public boolean setSelectedNote(String note) {
        Span picked = selectedSpan.get();
        String clean = note == null ? "" : note.strip();
        if (picked == null || annotator == null || picked.note().equals(clean)) {
            return false;
        }
        boolean done = attempt(() -> annotator.setNote(picked.id(), clean)).isPresent();
        if (done) {
            message.set("Saved the note.");
        }
        return done;
    }

    public boolean undo() {
        if (annotator == null) {
            return false;
        }
        boolean done = attempt(annotator::undo).flatMap(c -> c).isPresent();
        message.set(done ? "Undone." : "Nothing to undo.");
        return done;
    }

    public boolean redo() {
        if (annotator == null) {
            return false;
        }
        boolean done = attempt(annotator::redo).flatMap(c -> c).isPresent();
        message.set(done ? "Redone." : "Nothing to redo.");
        return done;
    }

    // ---- the article as a unit of work ----------------------------------------------------------

    public void setStatus(ArticleStatus value) {
        if (annotator != null && value != null && value != status.get()) {
            attempt(() -> annotator.setStatus(value));
        }
    }

    public void setRelevance(Relevance value) {
        if (annotator != null && value != null && value != relevance.get()) {
            attempt(() -> annotator.setRelevance(value));
        }
    }

    /** Tags as typed: separated by commas (Latin or Arabic). */
    public void setTags(String typed) {
        if (annotator == null) {
            return;
        }
        List<String> parsed = ArticleAnnotation.normalizeTags(List.of((typed == null ? "" : typed).split("[,،]")));
        if (!String.join(", ", parsed).equals(tags.get())) {
            attempt(() -> annotator.setTags(parsed));
        }
    }

    public void setArticleNote(String note) {
        String clean = note == null ? "" : note;
        if (annotator != null && !clean.equals(articleNote.get())) {
            attempt(() -> annotator.setArticleNote(clean));
        }
    }

    // ---- state for the view ---------------------------------------------------------------------

    /** The article's spans in reading order (start, then end), kept up to date as they change. */
    public ObservableList<SpanRow> spans() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Span> selectedSpanProperty() {
        return selectedSpan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArticleStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Relevance> relevanceProperty() {
        return relevance.getReadOnlyProperty();
    }

    /** The tags, sorted, joined by ", ". */
    public ReadOnlyStringProperty tagsProperty() {
        return tags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty articleNoteProperty() {
        return articleNote.getReadOnlyProperty();
    }

    /** What just happened or went wrong, in one line for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Empty, or which stored spans no longer match the article text. */
    public ReadOnlyStringProperty mismatchReportProperty() {
        return mismatchReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty annotatorNameProperty() {
        return annotatorName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The open article's id, if one is open. */
    public Optional<Long> articleId() {
        return Optional.ofNullable(annotator).map(a -> a.article().id());
    }

    /** The labels offered for new spans (for the palette and the help). */
    public List<SpanLabel> activeLabels() {
        return schema.active();
    }

    public String labelName(String labelId) {
        return schema.byId(labelId).map(AnnotationViewModel::nameOf).orElse(labelId);
    }

    /** What is painted now, by highlight id. */
    public Map<String, Highlight> highlights() {
        return Collections.unmodifiableMap(highlights);
    }

    public void addHighlightSink(HighlightSink sink) {
        sinks.add(sink);
        sink.reset(List.copyOf(highlights.values()));
    }

    // ---- internals ------------------------------------------------------------------------------

    private void changed(AnnotationChange change) {
        if (change instanceof AnnotationChange.SpanAdded added) {
            spanStored(added.span());
        } else if (change instanceof AnnotationChange.SpanChanged changedSpan) {
            spanStored(changedSpan.after());
            Span picked = selectedSpan.get();
            if (picked != null && picked.id() == changedSpan.after().id()) {
                selectedSpan.set(changedSpan.after());
            }
        } else if (change instanceof AnnotationChange.SpanRemoved removed) {
            spanRemoved(removed.span());
        } else if (change instanceof AnnotationChange.ArticleChanged article) {
            showArticle(article.after());
        }
        updateUndo();
    }

    private void spanStored(Span span) {
        Span old = spansById.put(span.id(), span);
        SpanRow row = row(span);
        if (old != null) {
            int at = indexOf(old);
            if (at >= 0) {
                rows.set(at, row);
            }
        } else {
            int at = indexOf(span);
            rows.add(at >= 0 ? at : -at - 1, row);
        }
        paint(span);
    }

    private void spanRemoved(Span span) {
        Span old = spansById.remove(span.id());
        if (old != null) {
            int at = indexOf(old);
            if (at >= 0) {
                rows.remove(at);
            }
        }
        String id = SpanHighlights.id(span.id());
        highlights.remove(id);
        sinks.forEach(s -> s.remove(id));
        Span picked = selectedSpan.get();
        if (picked != null && picked.id() == span.id()) {
            selectedSpan.set(null);
        }
    }

    private int indexOf(Span span) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = READING_ORDER.compare(rows.get(mid).span(), span);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void pick(Span span) {
        lastClickedIds = List.of();
        Span old = selectedSpan.get();
        if (old == span || (old != null && span != null && old.id() == span.id() && old.equals(span))) {
            return;
        }
        selectedSpan.set(span);
        if (old != null && spansById.containsKey(old.id())) {
            paint(spansById.get(old.id()));
        }
        if (span != null) {
            paint(span);
        }
    }

    private void paint(Span span) {
        Highlight h = highlight(span);
        if (h == null) {
            return;
        }
        highlights.remove(h.id()); // re-added last, so the picked span is painted on top
        highlights.put(h.id(), h);
        sinks.forEach(s -> s.put(h));
    }

    private void rebuildHighlights() {
        highlights.clear();
        for (SpanRow row : rows) {
            Highlight h = highlight(row.span());
            if (h != null) {
                highlights.put(h.id(), h);
            }
        }
        Span picked = selectedSpan.get();
        if (picked != null) {
            paint(picked);
        }
        List<Highlight> all = List.copyOf(highlights.values());
        sinks.forEach(s -> s.reset(all));
    }

    /** The span's highlight, outlined when picked; null for a span past the end of the text. */
    private Highlight highlight(Span span) {
        Highlight h = SpanHighlights.of(offsets, span, schema);
        Span picked = selectedSpan.get();
        return h != null && picked != null && picked.id() == span.id()
                ? h.withOutline(SpanHighlights.outlineOf(SpanHighlights.labelColour(schema, span.labelId()))) : h;
    }

    private SpanRow row(Span span) {
        String colour = schema.byId(span.labelId()).map(SpanLabel::colour).orElse("#d0d0d0");
        return new SpanRow(span, labelName(span.labelId()), colour);
    }

    private static String nameOf(SpanLabel label) {
        return label.englishName().isEmpty() ? label.arabicName() : label.englishName();
    }

    private void showArticle(ArticleAnnotation annotation) {
        status.set(annotation.status());
        relevance.set(annotation.relevance());
        tags.set(String.join(", ", annotation.tags()));
        articleNote.set(annotation.note());
    }

    private void updateUndo() {
        canUndo.set(annotator != null && annotator.canUndo());
        canRedo.set(annotator != null && annotator.canRedo());
    }

    private static String mismatchText(List<SpanMismatch> mismatches) {
        StringBuilder text = new StringBuilder(mismatches.size() == 1
                ? "1 span no longer matches the article text; it is shown where it was stored, not moved: "
                : mismatches.size() + " spans no longer match the article text; they are shown where they were stored, not moved: ");
        int shown = Math.min(3, mismatches.size());
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : "; ").append(mismatches.get(i).message());
        }
        if (mismatches.size() > shown) {
            text.append("; and ").append(mismatches.size() - shown).append(" more");
        }
        return text.toString();
    }

    /** Runs a storing action; a refusal or a storage failure becomes the message, never an exception. */
    private <T> Optional<T> attempt(java.util.function.Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }
}
