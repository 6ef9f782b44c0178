package org.hashiya.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.AdjudicationService;
import org.hashiya.service.Adjudicator;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.CodingService;
import org.hashiya.service.ComparedSpans;
import org.hashiya.service.Verdict;
import org.hashiya.store.LibraryException;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextRange;
import org.hashiya.text.WordSnapper;
import org.hashiya.ui.reader.Highlight;

/**
 * Comparing two coders on one article and adjudicating into a gold annotator: the disagreements in
 * reading order, the one being looked at, what to paint, and the reviewer's decisions, all through
 * an {@link Adjudicator}. Holds no controls; offsets to and from the view are UTF-16 (the reading
 * pane's), spans are code points. Use on one thread (the UI's).
 * What is painted, and with which style classes, is {@link ComparisonHighlights}'s job.
 */
public final class CompareViewModel {
    private static final java.time.format.DateTimeFormatter MERGED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);
    private final AdjudicationService service;
    private final CodingService codingService;
    private final String owner;
    private final long articleId;
    private final ReadOnlyObjectWrapper<List<CoderCoding>> codings = new ReadOnlyObjectWrapper<>(this, "codings", List.of());
    private ArticleCodings merged;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<DisagreementRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<DisagreementRow> currentRow = new ReadOnlyObjectWrapper<>(this, "currentRow");
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(this, "highlights", List.of());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<ArticleStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Adjudicator adjudicator;
    private LabelSchema schema = LabelSchema.of(List.of());
    private CodePointOffsets offsets = new CodePointOffsets("");
    private TextRange selection = new TextRange(0, 0);
    private boolean changedAnything;

    /** Without the coders' article codings (status, relevance, tags, note): only their spans. */
    public CompareViewModel(AdjudicationService service, long articleId) {
        this(service, null, articleId, "");
    }

    /**
     * @param codingService reads the coders' article codings (null: not shown)
     * @param owner the library owner's annotator name: a coder of that name is shown with the
     *              library's own article annotation
     */
    public CompareViewModel(AdjudicationService service, CodingService codingService, long articleId, String owner) {
        this.service = service;
        this.codingService = codingService;
        this.owner = owner == null ? "" : owner.strip();
        this.articleId = articleId;
        coders.setAll(service.annotatorsOf(articleId));
    }

    /** The annotators with spans on the article, sorted: the coders to choose from. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** Two coders to offer first: the first two that are not {@code gold}, or empty when there are fewer. */
    public List<String> suggestedCoders(String gold) {
        return coders.stream().filter(c -> !c.equals(gold)).limit(2).toList();
    }

    public String articleTitle() {
        return service.titleOf(articleId);
    }

    /** Compares coder A with coder B, adjudicating into {@code gold}; false (and a message) if refused. */
    public boolean start(String coderA, String coderB, String gold) {
        Optional<Adjudicator> opened = attempt(() -> service.open(articleId, coderA, coderB, gold));
        if (opened.isEmpty()) {
            return false;
        }
        adjudicator = opened.get();
        schema = service.schema();
        merged = codingService == null ? null : attempt(() -> codingService.codingsOf(articleId).orElse(null)).orElse(null);
        offsets = new CodePointOffsets(adjudicator.article().text());
        text.set(adjudicator.article().text());
        selection = new TextRange(0, 0);
        open.set(true);
        refresh();
        current.set(-1);
        nextOpen(-1);
        if (current.get() < 0 && !rows.isEmpty()) {
            show(0);
        }
        message.set(rows.isEmpty() ? "No disagreements between " + coderA + " and " + coderB + "."
                : rows.size() + " disagreements between " + adjudicator.coderA() + " (A) and " + adjudicator.coderB()
                + " (B); adjudicating as " + adjudicator.gold() + ".");
        return true;
    }

    // ---- stepping -------------------------------------------------------------------------------

    /** To the next disagreement in reading order (round to the first after the last). */
    public void next() {
        if (!rows.isEmpty()) {
            show((current.get() + 1) % rows.size());
        }
    }

    /** To the previous disagreement (round to the last before the first). */
    public void previous() {
        if (!rows.isEmpty()) {
            show((current.get() - 1 + rows.size()) % rows.size());
        }
    }

    /** To row {@code index} of the side list. */
    public void show(int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        current.set(index);
        currentRow.set(rows.get(index));
        paint();
    }

    // ---- deciding -------------------------------------------------------------------------------

    /** Settles the current disagreement with this verdict, then moves to the next open one. */
    public boolean decide(Verdict verdict) {
        DisagreementRow row = currentRow.get();
        if (row == null) {
            return false;
        }
        if (!act(() -> adjudicator.decide(row.item(), verdict))) {
            return false;
        }
        message.set(switch (verdict) {
            case CODER_A -> "Took " + adjudicator.coderA() + "'s version.";
            case CODER_B -> "Took " + adjudicator.coderB() + "'s version.";
            case BOTH -> "Took both versions.";
            case NEITHER -> "Took neither version: no gold span here.";
        } + finishedNote());
        nextOpen(current.get());
        return true;
    }

    /**
     * Settles the current disagreement with a span of the reviewer's own with this label: over the
     * selection (snapped to whole words) if there is one, else over the place of the disagreement.
     */
    public boolean decideOwn(String labelId) {
        DisagreementRow row = currentRow.get();
        if (row == null || labelId == null) {
            return false;
        }
        ComparedSpans item = adjudicator.items().get(row.item());
        int start = item.start();
        int end = item.end();
        if (!selection.isEmpty()) {
            Optional<TextRange> snapped = WordSnapper.snap(text.get(), selection.start(), selection.end(), false);
            if (snapped.isEmpty()) {
                message.set("Nothing to label: the selection holds only spaces or punctuation.");
                return false;
            }
            start = offsets.toCodePoint(snapped.get().start());
            end = offsets.toCodePoint(snapped.get().end());
            if (!item.overlaps(start, end)) {
                message.set("Select text at the current disagreement (or nothing, to relabel its whole place).");
                return false;
            }
        }
        int from = start;
        int to = end;
        if (!act(() -> adjudicator.decideOwn(row.item(), labelId, from, to))) {
            return false;
        }
        message.set("Stored your own span: " + labelName(labelId) + "." + finishedNote());
        selection = new TextRange(0, 0);
        nextOpen(current.get());
        return true;
    }

    /** Takes every agreement into the gold spans, as one step. */
    public int acceptAgreements() {
        if (adjudicator == null) {
            return 0;
        }
        int[] taken = {0};
        if (act(() -> taken[0] = adjudicator.acceptAgreements())) {
            message.set((taken[0] == 0 ? "Every agreement is already among the gold spans."
                    : "Took " + taken[0] + (taken[0] == 1 ? " agreement." : " agreements.")) + finishedNote());
        }
        return taken[0];
    }

    public boolean undo() {
        return step(true);
    }

    public boolean redo() {
        return step(false);
    }

    private boolean step(boolean back) {
        if (adjudicator == null) {
            return false;
        }
        Optional<Integer> touched;
        try {
            touched = back ? adjudicator.undo() : adjudicator.redo();
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return false;
        }
        changedAnything |= touched.isPresent();
        refresh();
        touched.ifPresent(item -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).item() == item) {
                    show(i);
                }
            }
        });
        message.set(touched.isEmpty() ? (back ? "Nothing to undo." : "Nothing to redo.") : back ? "Undone." : "Redone.");
        return touched.isPresent();
    }

    /** The view reports the reading pane's selection (UTF-16, either order). */
    public void setSelection(int from, int to) {
        int length = text.get().length();
        int start = Math.max(0, Math.min(Math.min(from, to), length));
        selection = new TextRange(start, Math.max(start, Math.min(Math.max(from, to), length)));
    }

    /**
     * What the hover tip says at this UTF-16 offset: for each place there, its kind and each coder's
     * label (and the gold label once settled), so spans painted over one another can be told apart.
     */
    public String describeAt(int utf16Offset) {
        if (adjudicator == null || utf16Offset < 0 || utf16Offset >= text.get().length()) {
            return "";
        }
        int cp = offsets.toCodePoint(utf16Offset);
        List<String> lines = new ArrayList<>();
        List<ComparedSpans> items = adjudicator.items();
        for (int i = 0; i < items.size(); i++) {
            ComparedSpans item = items.get(i);
            List<Span> a = item.a().stream().filter(s -> s.start() <= cp && cp < s.end()).toList();
            List<Span> b = item.b().stream().filter(s -> s.start() <= cp && cp < s.end()).toList();
            if (a.isEmpty() && b.isEmpty()) {
                continue;
            }
            String line = item.kind().description() + ": A (" + adjudicator.coderA() + ") " + labels(a)
                    + " · B (" + adjudicator.coderB() + ") " + labels(b);
            if (item.isDisagreement() && adjudicator.isSettled(i)) {
                List<Span> gold = adjudicator.goldSpansOf(i);
                line += " · " + adjudicator.gold() + ": " + (gold.isEmpty() ? "none" : labels(gold));
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    // ---- state for the view ---------------------------------------------------------------------

    /** The disagreements in reading order. */
    public ObservableList<DisagreementRow> disagreements() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The index of the current disagreement in {@link #disagreements()}, -1 if none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DisagreementRow> currentRowProperty() {
        return currentRow.getReadOnlyProperty();
    }

    /** What to paint in the reading pane; replaced as a whole after each change. */
    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** The article's text, as stored. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Coder A's and coder B's article codings (status, relevance, tags, note), in that order; empty
     * before a comparison or when codings are not shown. Read-only: adjudicating never changes them.
     */
    public ReadOnlyObjectProperty<List<CoderCoding>> codingsProperty() {
        return codings.getReadOnlyProperty();
    }

    /** Counts in one line: settled disagreements, agreements, the article's status. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArticleStatus> statusProperty() {
        return status.getReadOnlyProperty();
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

    /** Whether anything was stored (so the workbench rereads the article when the comparison closes). */
    public boolean changedAnything() {
        return changedAnything;
    }

    public long articleId() {
        return articleId;
    }

    /** The labels a reviewer's own span may take. */
    public List<SpanLabel> activeLabels() {
        return schema.active();
    }

    public String labelName(String labelId) {
        return schema.byId(labelId).map(l -> l.englishName().isEmpty() ? l.arabicName() : l.englishName()).orElse(labelId);
    }

    public String labelColour(String labelId) {
        return schema.byId(labelId).map(SpanLabel::colour).orElse("#d0d0d0");
    }

    public String coderAName() {
        return adjudicator == null ? "" : adjudicator.coderA();
    }

    public String coderBName() {
        return adjudicator == null ? "" : adjudicator.coderB();
    }

    public String goldName() {
        return adjudicator == null ? "" : adjudicator.gold();
    }

    // ---- internals ------------------------------------------------------------------------------

    private boolean act(Runnable action) {
        if (adjudicator == null) {
            return false;
        }
        try {
            action.run();
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return false;
        }
        changedAnything = true;
        refresh();
        return true;
    }

    private String finishedNote() {
        return adjudicator.unsettledCount() == 0 && !rows.isEmpty() ? " Every disagreement is settled: the article is reviewed." : "";
    }

    /** Moves to the first open disagreement after row {@code from}, round; stays if none is open. */
    private void nextOpen(int from) {
        for (int k = 1; k <= rows.size(); k++) {
            int i = Math.floorMod(from + k, rows.size());
            if (!rows.get(i).settled()) {
                show(i);
                return;
            }
        }
        show(Math.max(0, from));
    }

    private void refresh() {
        List<DisagreementRow> fresh = new ArrayList<>();
        for (int i : adjudicator.disagreements()) {
            fresh.add(row(i));
        }
        rows.setAll(fresh);
        int at = current.get();
        currentRow.set(at >= 0 && at < rows.size() ? rows.get(at) : null);
        status.set(adjudicator.annotation().status());
        int agreements = adjudicator.items().size() - rows.size();
        long accepted = java.util.stream.IntStream.range(0, adjudicator.items().size())
                .filter(i -> !adjudicator.items().get(i).isDisagreement() && adjudicator.isSettled(i)).count();
        summary.set((rows.size() - adjudicator.unsettledCount()) + " of " + rows.size() + " disagreements settled · "
                + agreements + " agreements (" + accepted + " taken) · article " + status.get().id());
        canUndo.set(adjudicator.canUndo());
        canRedo.set(adjudicator.canRedo());
        codings.set(codingService == null ? List.of()
                : List.of(codingOf("A", adjudicator.coderA()), codingOf("B", adjudicator.coderB())));
        paint();
    }

    /**
     * A coder's article coding: the library's own annotation for the owner (it is the article's, and
     * settling every disagreement marks it reviewed), else what a merge brought in under the name.
     */
    private CoderCoding codingOf(String role, String coder) {
        String heading = role + " (" + coder + ")";
        if (!owner.isEmpty() && coder.equals(owner)) {
            return coding(heading, adjudicator.annotation(),
                    "this library's own: the article's status, which settling every disagreement makes reviewed");
        }
        Optional<ArticleCoding> coding = merged == null ? Optional.empty() : merged.of(coder);
        if (coding.isEmpty()) {
            return new CoderCoding(heading, "no article coding merged: left untouched, or the same as this"
                    + " library's own when merged", "", "", "", false);
        }
        return coding(heading, coding.get().annotation(),
                "merged " + MERGED_AT.format(coding.get().mergedAt()));
    }

    private static CoderCoding coding(String heading, ArticleAnnotation annotation, String source) {
        String relevance = switch (annotation.relevance()) {
            case RELEVANT -> "relevant";
            case NOT_RELEVANT -> "not relevant";
            case UNSET -> "relevance not set";
        };
        return new CoderCoding(heading, annotation.status().id() + " · " + relevance, source,
                String.join(" · ", annotation.tags()), annotation.note(), true);
    }

    private DisagreementRow row(int item) {
        ComparedSpans place = adjudicator.items().get(item);
        boolean settled = adjudicator.isSettled(item);
        String outcome = "";
        if (settled) {
            List<Span> gold = adjudicator.goldSpansOf(item);
            outcome = gold.isEmpty() ? "no gold span" : "gold: " + labels(gold);
        }
        int from = offsets.toUtf16(Math.min(place.start(), offsets.codePointLength()));
        int to = offsets.toUtf16(Math.min(place.end(), offsets.codePointLength()));
        return new DisagreementRow(item, place.kind(), labels(place.a()), labels(place.b()),
                text.get().substring(from, to).replace('\n', ' '), settled, outcome, from, to);
    }

    private String labels(List<Span> spans) {
        if (spans.isEmpty()) {
            return "—";
        }
        return String.join(", ", spans.stream().map(s -> labelName(s.labelId())).toList());
    }

    private void paint() {
        DisagreementRow now = currentRow.get();
        highlights.set(adjudicator == null ? List.of()
                : ComparisonHighlights.of(adjudicator, offsets, schema, now == null ? -1 : now.item()));
    }

    private <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }
}
