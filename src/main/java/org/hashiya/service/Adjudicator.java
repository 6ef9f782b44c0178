package org.hashiya.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;
import org.hashiya.store.Library;
import org.hashiya.text.CodePointOffsets;

/**
 * Adjudication of one article between two coders: the reviewer settles each disagreement by taking
 * coder A's spans there, B's, both, neither, or spans of their own; agreements can be taken in one
 * go. What is taken is stored at once as new spans of the gold annotator; the coders' spans are
 * never written. When the last disagreement is settled the article becomes {@code reviewed} (in the
 * same undoable step). Every step can be undone and redone, like {@link ArticleAnnotator}'s.
 *
 * <p>The gold spans of a disagreement are the gold spans that overlap its place, are not the copy
 * of an agreement, and lie within it or within no other disagreement. A disagreement counts as
 * settled once decided here; on opening, one with gold spans already counts as settled, and so does
 * one decided "neither" (which leaves no span behind: the decision is kept in {@link NeitherVerdicts}),
 * and on a {@code reviewed} article all do.
 *
 * <p>Each decision is one transaction (its deletes, new spans, "neither" record and the article's
 * status are stored together or not at all) and one undo step; undo and redo are one transaction each.
 *
 * <p>Offsets are code points, end exclusive. Not thread-safe: use it from one thread (the UI's).
 */
public final class Adjudicator {
    private final Library library;
    private final Article article;
    private final String coderA;
    private final String coderB;
    private final String gold;
    private final Clock clock;
    private final List<ComparedSpans> items;
    private final List<Integer> disagreements = new ArrayList<>();
    private final NeitherVerdicts neither;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private BitSet settled = new BitSet();

    /** One undoable step: the stored changes in the order made, and which disagreements were settled around it. */
    private record Step(List<Edit> edits, BitSet settledBefore, BitSet settledAfter, int item) {
    }

    Adjudicator(Library library, Article article, String coderA, String coderB, String gold, Clock clock,
                List<ComparedSpans> items) {
        this.library = library;
        this.article = article;
        this.coderA = coderA;
        this.coderB = coderB;
        this.gold = gold;
        this.clock = clock;
        this.items = items;
        this.neither = new NeitherVerdicts(library, article.id(), gold);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isDisagreement()) {
                disagreements.add(i);
            }
        }
        boolean reviewed = annotation().status() == ArticleStatus.REVIEWED;
        Set<String> decidedNeither = neither.places();
        for (int i : disagreements) {
            if (reviewed || !goldSpansOf(i).isEmpty() || decidedNeither.contains(place(i))) {
                settled.set(i);
            }
        }
    }

    public Article article() {
        return article;
    }

    public String coderA() {
        return coderA;
    }

    public String coderB() {
        return coderB;
    }

    public String gold() {
        return gold;
    }

    /** Every compared place, agreements and disagreements, in position order; indices are stable. */
    public List<ComparedSpans> items() {
        return items;
    }

    /** Indices into {@link #items()} of the disagreements, in position order. */
    public List<Integer> disagreements() {
        return List.copyOf(disagreements);
    }

    /** The gold annotator's spans of the article as stored now, ordered by start. */
    public List<Span> goldSpans() {
        return library.spans().findByArticle(article.id()).stream().filter(s -> s.annotator().equals(gold)).toList();
    }

    /** The gold spans standing for item {@code index} now (see the class comment). */
    public List<Span> goldSpansOf(int index) {
        ComparedSpans item = items.get(index);
        List<Span> gold = goldSpans();
        if (!item.isDisagreement()) {
            Span agreed = item.a().get(0);
            return gold.stream().filter(g -> sameSpan(g, agreed)).toList();
        }
        return gold.stream().filter(g -> belongsTo(g, index)).toList();
    }

    /**
     * A gold span stands for a disagreement when it overlaps it, is no agreement's copy, and lies
     * within it or within no other disagreement (two places of one coder may overlap each other).
     */
    private boolean belongsTo(Span g, int index) {
        ComparedSpans item = items.get(index);
        if (!item.overlaps(g.start(), g.end()) || copiesAnAgreement(g)) {
            return false;
        }
        if (within(g, item)) {
            return true;
        }
        for (int other : disagreements) {
            if (other != index && within(g, items.get(other))) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Span g, ComparedSpans item) {
        return item.start() <= g.start() && g.end() <= item.end();
    }

    /** A disagreement: decided; an agreement: its span is among the gold spans. */
    public boolean isSettled(int index) {
        return items.get(index).isDisagreement() ? settled.get(index) : !goldSpansOf(index).isEmpty();
    }

    public int unsettledCount() {
        return (int) disagreements.stream().filter(i -> !settled.get(i)).count();
    }

    public ArticleAnnotation annotation() {
        return library.articleAnnotations().find(article.id()).orElseThrow();
    }

    // --- deciding --------------------------------------------------------------------------------

    /** Settles disagreement {@code index}: its gold spans become copies of coder A's, B's, both or none. */
    public void decide(int index, Verdict verdict) {
        ComparedSpans item = disagreement(index);
        List<Span> taken = switch (verdict) {
            case CODER_A -> item.a();
            case CODER_B -> item.b();
            case BOTH -> concat(item.a(), item.b());
            case NEITHER -> List.of();
        };
        settle(index, taken.stream().map(s -> new Draft(s.labelId(), s.start(), s.end())).toList());
    }

    /**
     * Settles disagreement {@code index} with a span of the reviewer's own: this label over
     * {@code start..end} (code points), in place of whatever gold spans it had.
     */
    public void decideOwn(int index, String labelId, int start, int end) {
        disagreement(index);
        requireUsableLabel(labelId);
        if (start < 0 || end <= start || end > article.length()) {
            throw new AnnotationException("cannot label " + start + ".." + end + ": the article has "
                    + article.length() + " characters and a span needs at least one");
        }
        settle(index, List.of(new Draft(labelId, start, end)));
    }

    /** Takes every agreement not yet among the gold spans into them, as one step; returns how many. */
    public int acceptAgreements() {
        BitSet before = (BitSet) settled.clone();
        List<Edit> edits = library.inTransaction("take the agreements of article " + article.id() + " as gold", () -> {
            List<Edit> made = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isDisagreement() && goldSpansOf(i).isEmpty()) {
                    Span agreed = items.get(i).a().get(0);
                    made.add(add(new Draft(agreed.labelId(), agreed.start(), agreed.end())));
                }
            }
            reviewIfAllSettled(before, made);
            return made;
        });
        long taken = edits.stream().filter(e -> e instanceof Edit.SpanEdit).count();
        record(edits, before, before, -1);
        return (int) taken;
    }

    private void settle(int index, List<Draft> drafts) {
        BitSet before = (BitSet) settled.clone();
        BitSet after = (BitSet) settled.clone();
        after.set(index);
        List<Edit> edits = library.inTransaction("settle a disagreement in article " + article.id(), () -> {
            List<Edit> made = new ArrayList<>();
            for (Span old : goldSpansOf(index)) {
                library.spans().delete(old.id());
                made.add(new Edit.SpanEdit(Optional.of(old), Optional.empty()));
            }
            for (Draft draft : new LinkedHashSet<>(drafts)) {
                made.add(add(draft));
            }
            neither.record(place(index), drafts.isEmpty()).ifPresent(made::add);
            reviewIfAllSettled(after, made);
            return made;
        });
        settled = after;
        record(edits, before, after, index);
    }

    /** Sets the article reviewed (adding the edit) if {@code settledNow} leaves nothing open. */
    private void reviewIfAllSettled(BitSet settledNow, List<Edit> edits) {
        ArticleAnnotation annotation = annotation();
        boolean open = disagreements.stream().anyMatch(i -> !settledNow.get(i));
        if (!open && annotation.status() != ArticleStatus.REVIEWED) {
            ArticleAnnotation reviewed = annotation.withStatus(ArticleStatus.REVIEWED);
            library.articleAnnotations().save(reviewed);
            edits.add(new Edit.ArticleEdit(annotation, reviewed));
        }
    }

    /** Records a step for undo (unless it changed nothing). */
    private void record(List<Edit> edits, BitSet before, BitSet after, int index) {
        if (edits.isEmpty() && before.equals(after)) {
            return;
        }
        undo.push(new Step(List.copyOf(edits), before, (BitSet) after.clone(), index));
        if (undo.size() > ArticleAnnotator.MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The identity of disagreement {@code index}'s place, for the "neither" record. */
    private String place(int index) {
        return NeitherVerdicts.placeOf(items.get(index), coderA, coderB);
    }

    private Edit add(Draft draft) {
        CodePointOffsets offsets = new CodePointOffsets(article.text());
        String covered = article.text().substring(offsets.toUtf16(draft.start()), offsets.toUtf16(draft.end()));
        Span span = library.spans().add(new NewSpan(article.id(), draft.labelId(), draft.start(), draft.end(), covered,
                gold, "", now()));
        return new Edit.SpanEdit(Optional.empty(), Optional.of(span));
    }

    // --- undo and redo ---------------------------------------------------------------------------

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the latest step; returns the disagreement it touched (-1 for agreements), empty if none. */
    public Optional<Integer> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.peek();
        library.inTransaction("undo an adjudication step in article " + article.id(), () -> {
            for (int i = step.edits().size() - 1; i >= 0; i--) {
                step.edits().get(i).revert(library);
            }
            return null;
        });
        settled = (BitSet) step.settledBefore().clone();
        redo.push(undo.pop());
        return Optional.of(step.item());
    }

    /** Does the latest undone step again; returns the disagreement it touched (-1 for agreements), empty if none. */
    public Optional<Integer> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.peek();
        library.inTransaction("redo an adjudication step in article " + article.id(), () -> {
            for (Edit edit : step.edits()) {
                edit.apply(library);
            }
            return null;
        });
        settled = (BitSet) step.settledAfter().clone();
        undo.push(redo.pop());
        return Optional.of(step.item());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record Draft(String labelId, int start, int end) {
    }

    private ComparedSpans disagreement(int index) {
        if (index < 0 || index >= items.size() || !items.get(index).isDisagreement()) {
            throw new AnnotationException("item " + index + " is not a disagreement of this comparison");
        }
        return items.get(index);
    }

    private boolean copiesAnAgreement(Span goldSpan) {
        for (ComparedSpans item : items) {
            if (!item.isDisagreement() && sameSpan(goldSpan, item.a().get(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpan(Span x, Span y) {
        return x.start() == y.start() && x.end() == y.end() && x.labelId().equals(y.labelId());
    }

    private static List<Span> concat(List<Span> x, List<Span> y) {
        List<Span> all = new ArrayList<>(x);
        all.addAll(y);
        return all;
    }

    private void requireUsableLabel(String labelId) {
        SpanLabel label = library.labels().schema().byId(labelId)
                .orElseThrow(() -> new AnnotationException("no label " + labelId + " in this library's schema"));
        if (label.retired()) {
            throw new AnnotationException("label " + labelId + " is retired; pick another label");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
