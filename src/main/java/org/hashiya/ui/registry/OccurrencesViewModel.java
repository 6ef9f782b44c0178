package org.hashiya.ui.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.KeywordInContext;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.registry.Occurrence;
import org.hashiya.service.registry.OccurrenceFinder;
import org.hashiya.store.LibraryException;

/**
 * "Annotate all occurrences" of one registry entry: its names found in the open article or the
 * whole library ({@link OccurrenceFinder}, in the background), listed as proposals with their
 * sentence; the user ticks some (or all) and accepts them, which stores them as spans of the
 * entry's label linked to the entry in one transaction and one undo step of the registry, or
 * rejects them, which only takes them off the list. Never touches a control.
 */
public final class OccurrencesViewModel {
    /** Where to look. */
    public enum Scope {
        ARTICLE, LIBRARY
    }

    /** One proposal as listed: ticked to be accepted (or rejected) with the others ticked. */
    public static final class Proposal {
        private final Occurrence occurrence;
        private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");

        Proposal(Occurrence occurrence) {
            this.occurrence = occurrence;
        }

        public Occurrence occurrence() {
            return occurrence;
        }

        public long articleId() {
            return occurrence.articleId();
        }

        /** The words found in their sentence, cut in three for a keyword-in-context line. */
        public KeywordInContext context() {
            return occurrence.hit().keywordInContext();
        }

        public BooleanProperty checkedProperty() {
            return checked;
        }
    }

    /** The first proposals go to the list as soon as there are this many (a screenful)… */
    static final int FIRST_BATCH = 40;
    /** …then the rest at most this often. */
    static final long BATCH_NANOS = 150_000_000L;

    private final Executor background;
    private final Executor ui;
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RegistryEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.LIBRARY);
    private final ReadOnlyBooleanWrapper articleOpen = new ReadOnlyBooleanWrapper(this, "articleOpen");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyIntegerWrapper checkedCount = new ReadOnlyIntegerWrapper(this, "checkedCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private OccurrenceFinder finder;
    private Supplier<String> annotator = () -> "";
    private Clock clock = Clock.systemUTC();
    private Long articleId;
    private Consumer<Set<Long>> onSpansChanged = ids -> { };
    /** Bumped by every new search or entry; a search running for an older one stops. */
    private volatile int generation;
    private boolean undoable;
    private Set<Long> lastAccepted = Set.of();

    public OccurrencesViewModel(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        scope.addListener((obs, old, now) -> clear());
    }

    /** The open library's finder (null when none is open), and whose spans accepting makes. */
    public void setFinder(OccurrenceFinder finder, Supplier<String> annotator, Clock clock) {
        this.finder = finder;
        this.annotator = Objects.requireNonNull(annotator);
        this.clock = Objects.requireNonNull(clock);
        entry.set(null);
        clear();
    }

    /** Told, with the articles concerned, after accepting or undoing stored or removed spans. */
    public void setOnSpansChanged(Consumer<Set<Long>> onSpansChanged) {
        this.onSpansChanged = onSpansChanged == null ? ids -> { } : onSpansChanged;
    }

    /**
     * Shows {@code chosen}'s occurrences next: the list is cleared; "this article" means
     * {@code openArticleId} (null when no article is open, then only the library can be searched).
     */
    public void open(RegistryEntry chosen, Long openArticleId, Scope preferred) {
        entry.set(chosen);
        articleId = openArticleId;
        articleOpen.set(openArticleId != null);
        scope.set(openArticleId == null ? Scope.LIBRARY : preferred);
        undoable = false;
        canUndo.set(false);
        clear();
        message.set(chosen == null ? "" : "Find looks for «" + chosen.name() + "» and its "
                + chosen.aliases().size() + (chosen.aliases().size() == 1 ? " alias" : " aliases") + ".");
    }

    private void clear() {
        generation++;
        proposals.clear();
        checkedCount.set(0);
        busy.set(false);
    }

    /** Looks for the entry's names in the chosen scope, in the background; the list fills when done. */
    public void find() {
        RegistryEntry chosen = entry.get();
        if (chosen == null || finder == null) {
            return;
        }
        Long where = scope.get() == Scope.ARTICLE ? articleId : null;
        int mine = ++generation;
        proposals.clear();
        checkedCount.set(0);
        busy.set(true);
        message.set(where == null ? "Looking through the library…" : "Looking through this article…");
        OccurrenceFinder using = finder;
        background.execute(() -> {
            long started = System.nanoTime();
            try {
                if (using.search().articlesToIndex() > 0) {
                    using.search().buildIndex((done, total) -> { }, () -> false);
                }
                // the list fills as the library is read: a first screenful at once, the rest in batches
                List<Proposal> batch = new ArrayList<>();
                long[] lastSent = {started};
                int[] total = {0};
                using.find(chosen, where, occurrence -> {
                    batch.add(new Proposal(occurrence));
                    total[0]++;
                    long now = System.nanoTime();
                    if (total[0] == FIRST_BATCH || now - lastSent[0] > BATCH_NANOS) {
                        List<Proposal> sent = List.copyOf(batch);
                        batch.clear();
                        lastSent[0] = now;
                        ui.execute(() -> append(mine, sent));
                    }
                    return mine == generation;
                });
                List<Proposal> rest = List.copyOf(batch);
                long millis = (System.nanoTime() - started) / 1_000_000;
                ui.execute(() -> {
                    append(mine, rest);
                    done(mine, millis);
                });
            } catch (AnnotationException | LibraryException e) {
                ui.execute(() -> {
                    if (mine == generation) {
                        busy.set(false);
                        message.set(e.getMessage());
                    }
                });
            }
        });
    }

    private void append(int mine, List<Proposal> more) {
        if (mine != generation || more.isEmpty()) {
            return; // another search or entry since
        }
        for (Proposal p : more) {
            p.checkedProperty().addListener((obs, was, now) -> checkedCount.set(checkedCount.get() + (now ? 1 : -1)));
        }
        proposals.addAll(more);
        if (busy.get()) {
            message.set(proposals.size() + " proposals so far…");
        }
    }

    private void done(int mine, long millis) {
        if (mine != generation) {
            return;
        }
        busy.set(false);
        long articles = proposals.stream().mapToLong(Proposal::articleId).distinct().count();
        message.set(proposals.isEmpty() ? "No mention of «" + entry.get().name() + "» that is not already annotated."
                : proposals.size() + (proposals.size() == 1 ? " proposal" : " proposals") + " in " + articles
                + (articles == 1 ? " article" : " articles") + " (" + millis + " ms). Tick them, then Accept or Reject.");
    }

    /** Ticks every proposal listed (true) or none (false). */
    public void checkAll(boolean checked) {
        for (Proposal p : proposals) {
            p.checkedProperty().set(checked);
        }
    }

    /** The ticked proposals, in list order. */
    public List<Proposal> checked() {
        return proposals.stream().filter(p -> p.checkedProperty().get()).toList();
    }

    /** Stores the ticked proposals as linked spans (one transaction, one undo step) and lists the rest. */
    public void acceptChecked() {
        accept(checked());
    }

    /** Stores {@code chosen} as spans of the entry's label linked to it, skipping any already there. */
    public void accept(List<Proposal> chosen) {
        RegistryEntry accepted = entry.get();
        if (chosen.isEmpty() || accepted == null || finder == null || busy.get()) {
            if (chosen.isEmpty()) {
                message.set("Nothing ticked to accept.");
            }
            return;
        }
        // thousands of spans take a while to store: in the background, the dialog waiting (busy)
        busy.set(true);
        message.set("Storing " + chosen.size() + (chosen.size() == 1 ? " span" : " spans") + "…");
        OccurrenceFinder using = finder;
        String who = annotator.get();
        List<Occurrence> occurrences = chosen.stream().map(Proposal::occurrence).toList();
        background.execute(() -> {
            try {
                OccurrenceFinder.Accepted done = using.accept(accepted, occurrences, who, clock);
                ui.execute(() -> {
                    busy.set(false);
                    remove(chosen);
                    undoable = true;
                    canUndo.set(true);
                    lastAccepted = articlesOf(chosen);
                    message.set("Accepted " + chosen.size() + ": " + done.created() + (done.created() == 1 ? " span" : " spans")
                            + " made, " + done.linked() + " existing linked to «" + accepted.name() + "». Undo takes them all back.");
                    onSpansChanged.accept(lastAccepted);
                });
            } catch (AnnotationException | LibraryException e) {
                ui.execute(() -> {
                    busy.set(false);
                    message.set("Nothing accepted: " + e.getMessage());
                });
            }
        });
    }

    /** Takes the ticked proposals off the list; nothing is stored. */
    public void rejectChecked() {
        reject(checked());
    }

    public void reject(List<Proposal> chosen) {
        if (chosen.isEmpty()) {
            message.set("Nothing ticked to reject.");
            return;
        }
        remove(chosen);
        message.set("Rejected " + chosen.size() + "; " + proposals.size() + " left.");
    }

    private void remove(List<Proposal> gone) {
        Set<Proposal> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(gone);
        int checkedGone = (int) gone.stream().filter(p -> p.checkedProperty().get()).count();
        proposals.removeIf(set::contains);
        checkedCount.set(checkedCount.get() - checkedGone);
    }

    /**
     * Undoes the last acceptance (the registry's last step), deleting the spans it made: in the
     * background like the acceptance, since it may take back a hundred thousand spans.
     */
    public void undo() {
        if (!undoable || finder == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Undoing…");
        OccurrenceFinder using = finder;
        Set<Long> articles = lastAccepted;
        background.execute(() -> {
            String said;
            try {
                said = using.registry().undo().map(what -> "Undone: " + what + ". Find again to list them.").orElse(null);
            } catch (AnnotationException | LibraryException e) {
                said = e.getMessage();
            }
            String told = said;
            ui.execute(() -> {
                busy.set(false);
                if (told != null) {
                    message.set(told);
                }
                undoable = false;
                canUndo.set(false);
                onSpansChanged.accept(articles);
            });
        });
    }

    private static Set<Long> articlesOf(List<Proposal> chosen) {
        Set<Long> ids = new LinkedHashSet<>();
        chosen.forEach(p -> ids.add(p.articleId()));
        return ids;
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ReadOnlyObjectProperty<RegistryEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** Whether an article is open (else "this article" cannot be chosen). */
    public ReadOnlyBooleanProperty articleOpenProperty() {
        return articleOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty checkedCountProperty() {
        return checkedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
