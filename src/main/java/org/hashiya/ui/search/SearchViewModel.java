package org.hashiya.ui.search;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.search.SearchHit;
import org.hashiya.service.search.SearchService;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextRange;

/**
 * The state of the search field: the query, whether it searches the open article or the whole
 * library, the hits as result lines, which hit is current, the hits to mark in the open article,
 * one line saying what was found, and the building of the library's index when an older version
 * left articles out of it. Holds no controls; asks the workbench, through {@link Reader}, to open
 * an article and bring a hit into view.
 *
 * <p>Library searches and building the index run on their own background executors and come back
 * through {@code ui}; a search of the open article runs at once (one article's text is short).
 * Everything else is called on the UI thread.
 */
public final class SearchViewModel {
    /** What a search looks through. */
    public enum Scope { ARTICLE, LIBRARY }

    /**
     * Articles indexed a transaction while the window is open, and the pause between two: the
     * library is one connection, so a long batch would keep the window waiting (a first attempt
     * with 500 left a library of 10,000 opening blank for seconds on a loaded machine).
     */
    static final int INDEX_BATCH = 100;
    static final long INDEX_PAUSE_MS = 25;
    static final long INDEX_START_DELAY_MS = 1500;

    /** A library search lists at most this many hits (the first ones, by article and offset). */
    public static final int LIBRARY_LIMIT = 1000;
    /** A library search shows its first this many hits at once, then the rest when it has them. */
    public static final int FIRST_SHOWN = 100;

    /** What the view model asks of the workbench. */
    public interface Reader {
        /** Shows the article in the reading pane; false when it is no longer in the library. */
        boolean open(long articleId);

        /** Brings the character at this UTF-16 offset of the open article into view. */
        void reveal(int offset);

        /** The article's title, for a result line. */
        String titleOf(long articleId);
    }

    private final Executor searching;
    private final Executor indexing;
    private final Executor ui;
    private final Reader reader;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<Scope> scope = new ReadOnlyObjectWrapper<>(this, "scope", Scope.ARTICLE);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<PaneMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks", PaneMarks.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper indexProgress = new ReadOnlyDoubleWrapper(this, "indexProgress", -1);
    private final ReadOnlyStringWrapper indexMessage = new ReadOnlyStringWrapper(this, "indexMessage", "");
    private long indexStartDelayMs = INDEX_START_DELAY_MS;

    private SearchService service;
    private long openArticleId = -1;
    private String openText = "";
    private List<SearchHit> openHits = List.of();
    private boolean moreHits;
    /** Bumped by every search and library change: a late answer of an older one is dropped. */
    private volatile long searchGeneration;
    /** Bumped when the library changes: indexing for the old one stops. */
    private volatile long libraryGeneration;

    /**
     * @param searching library searches, in order
     * @param indexing  building the index of a library opened by an older version (may take minutes)
     * @param ui        the UI thread
     */
    public SearchViewModel(Executor searching, Executor indexing, Executor ui, Reader reader) {
        this.searching = searching;
        this.indexing = indexing;
        this.ui = ui;
        this.reader = reader;
        query.addListener((obs, old, now) -> {
            if (shown.get()) {
                search();
            }
        });
    }

    // ---- the library and the open article ------------------------------------------------------

    /**
     * Searches with this service from now on (null: no library open); builds the index in the
     * background first when the library holds articles it does not cover yet.
     */
    public void setService(SearchService newService) {
        service = newService;
        long library = ++libraryGeneration;
        searchGeneration++;
        results.clear();
        current.set(-1);
        busy.set(false);
        indexProgress.set(-1);
        indexMessage.set("");
        if (newService != null) {
            indexing.execute(() -> buildIndex(newService, library));
        }
        if (shown.get()) {
            search();
        }
    }

    private void buildIndex(SearchService on, long library) {
        try {
            sleep(indexStartDelayMs); // the window first reads and draws the library it just opened
            int total = on.articlesToIndex();
            if (total == 0 || library != libraryGeneration) {
                return;
            }
            ui.execute(() -> showIndexing(library, 0, total));
            on.buildIndex((done, all) -> {
                ui.execute(() -> showIndexing(library, done, all));
                sleep(INDEX_PAUSE_MS); // the window reads the same library: let it in between batches
            }, () -> library != libraryGeneration, INDEX_BATCH);
            ui.execute(() -> indexBuilt(library));
        } catch (RuntimeException e) {
            if (library == libraryGeneration) { // not merely the library closed under it
                ErrorLog.error("building the search index", e);
                ui.execute(() -> {
                    indexProgress.set(-1);
                    indexMessage.set("The search index could not be built: " + e.getMessage());
                });
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void showIndexing(long library, int done, int total) {
        if (library == libraryGeneration) {
            indexProgress.set(total == 0 ? 1 : (double) done / total);
            indexMessage.set("Indexing the library for search (once): " + count(done) + " of " + count(total) + " articles");
            if (shown.get() && scope.get() == Scope.LIBRARY) {
                summary.set(librarySummary());
            }
        }
    }

    private void indexBuilt(long library) {
        if (library == libraryGeneration) {
            indexProgress.set(-1);
            indexMessage.set("The library's search index is built.");
            if (shown.get() && scope.get() == Scope.LIBRARY) {
                search(); // the first answer left out the articles not yet indexed
            }
        }
    }

    /** The reading pane now shows this article (id -1 and "" for none): its hits are marked. */
    public void articleShown(long articleId, String text) {
        openArticleId = articleId;
        openText = text == null ? "" : text;
        openHits = shown.get() && service != null ? service.searchText(articleId, openText, query.get()) : List.of();
        if (shown.get() && scope.get() == Scope.ARTICLE) {
            current.set(-1);
            showResults(openHits, false);
        }
        marks.set(marksOf(openHits, -1));
    }

    // ---- searching -----------------------------------------------------------------------------

    /** Opens the search field on this scope (Ctrl+F: the article, Ctrl+Shift+F: the library) and searches. */
    public void find(Scope newScope) {
        scope.set(newScope);
        shown.set(true);
        search();
    }

    /** Closes the search field: no more marks in the pane. */
    public void close() {
        shown.set(false);
        searchGeneration++;
        busy.set(false);
        openHits = List.of();
        marks.set(PaneMarks.NONE);
        current.set(-1);
    }

    /** Searches again for the query in the scope. */
    public void search() {
        long generation = ++searchGeneration;
        current.set(-1);
        String q = query.get();
        SearchService on = service;
        if (on == null || !SearchService.hasWords(q)) {
            results.clear();
            openHits = List.of();
            marks.set(PaneMarks.NONE);
            busy.set(false);
            summary.set(on == null ? "No library is open." : "");
            return;
        }
        openHits = on.searchText(openArticleId, openText, q);
        marks.set(marksOf(openHits, -1));
        if (scope.get() == Scope.ARTICLE) {
            busy.set(false);
            showResults(openHits, false);
            if (!openHits.isEmpty()) {
                go(0); // as you type, the first hit comes into view
            }
            return;
        }
        busy.set(true);
        summary.set("Searching the library…");
        searching.execute(() -> {
            if (generation != searchGeneration) {
                return; // typed on meanwhile
            }
            try {
                List<SearchHit> found = new ArrayList<>();
                on.search(q, hit -> {
                    if (generation != searchGeneration) {
                        return false; // typed on meanwhile: this answer is not wanted
                    }
                    found.add(hit);
                    if (found.size() == FIRST_SHOWN) {
                        List<SearchHit> first = List.copyOf(found);
                        ui.execute(() -> {
                            if (generation == searchGeneration && busy.get()) {
                                showResults(first, true);
                            }
                        });
                    }
                    return found.size() <= LIBRARY_LIMIT;
                });
                ui.execute(() -> {
                    if (generation == searchGeneration) {
                        busy.set(false);
                        showResults(found, true);
                    }
                });
            } catch (RuntimeException e) {
                ErrorLog.error("searching the library", e);
                ui.execute(() -> {
                    if (generation == searchGeneration) {
                        busy.set(false);
                        results.clear();
                        summary.set("The search failed: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void showResults(List<SearchHit> hits, boolean library) {
        moreHits = hits.size() > LIBRARY_LIMIT;
        List<SearchResult> lines = new ArrayList<>(Math.min(hits.size(), LIBRARY_LIMIT));
        for (SearchHit hit : hits.subList(0, Math.min(hits.size(), LIBRARY_LIMIT))) {
            lines.add(new SearchResult(hit, library ? reader.titleOf(hit.articleId()) : ""));
        }
        results.setAll(lines);
        summary.set(library ? librarySummary() : articleSummary());
    }

    private String articleSummary() {
        if (openArticleId < 0) {
            return "No article is open.";
        }
        int n = results.size();
        String found = n == 0 ? "No hits in this article" : n == 1 ? "1 hit in this article" : count(n) + " hits in this article";
        return current.get() >= 0 ? "Hit " + count(current.get() + 1) + " of " + count(n) : found;
    }

    private String librarySummary() {
        if (busy.get()) {
            return results.isEmpty() ? "Searching the library…"
                    : "The first " + count(results.size()) + " hits; searching on…";
        }
        long articles = results.stream().mapToLong(r -> r.hit().articleId()).distinct().count();
        int n = results.size();
        String found = n == 0 ? "No hits in the library"
                : (moreHits ? "The first " + count(n) + " hits" : n == 1 ? "1 hit" : count(n) + " hits")
                + " in " + count(articles) + (articles == 1 ? " article" : " articles");
        if (current.get() >= 0) {
            found = "Hit " + count(current.get() + 1) + " of " + (moreHits ? "the first " : "") + count(n);
        }
        if (indexProgress.get() >= 0) {
            found += " — still indexing the library (" + Math.round(indexProgress.get() * 100)
                    + "%): articles not indexed yet are not searched";
        }
        return found;
    }

    // ---- moving between hits -------------------------------------------------------------------

    /** The next hit (Enter, F3), after the last the first; opens its article if need be. */
    public void next() {
        if (!results.isEmpty()) {
            go((current.get() + 1) % results.size());
        }
    }

    /** The previous hit (Shift+Enter, Shift+F3), before the first the last. */
    public void previous() {
        if (!results.isEmpty()) {
            go(current.get() <= 0 ? results.size() - 1 : current.get() - 1);
        }
    }

    /** Goes to result {@code index}: its article opened in the reading pane, the hit marked current and in view. */
    public void go(int index) {
        if (index < 0 || index >= results.size()) {
            return;
        }
        SearchHit hit = results.get(index).hit();
        if (hit.articleId() != openArticleId && !reader.open(hit.articleId())) {
            summary.set("Article " + hit.articleId() + " is no longer in the library.");
            return;
        }
        current.set(index);
        int mark = -1;
        for (int i = 0; i < openHits.size(); i++) {
            if (openHits.get(i).start() == hit.start()) {
                mark = i;
            }
        }
        marks.set(marksOf(openHits, mark));
        summary.set(scope.get() == Scope.LIBRARY ? librarySummary() : articleSummary());
        if (mark >= 0) {
            reader.reveal(marks.get().hits().get(mark).start());
        }
    }

    private PaneMarks marksOf(List<SearchHit> hits, int currentMark) {
        if (hits.isEmpty()) {
            return PaneMarks.NONE;
        }
        CodePointOffsets offsets = new CodePointOffsets(openText);
        List<TextRange> ranges = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            ranges.add(new TextRange(offsets.toUtf16(hit.start()), offsets.toUtf16(hit.end())));
        }
        return new PaneMarks(ranges, currentMark);
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /** How long indexing waits before it starts (tests: 0). */
    void setIndexStartDelay(long ms) {
        indexStartDelayMs = ms;
    }

    // ---- state for the view --------------------------------------------------------------------

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<Scope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** Switches the scope and searches again (the scope buttons). */
    public void setScope(Scope newScope) {
        if (scope.get() != newScope) {
            scope.set(newScope);
            if (shown.get()) {
                search();
            }
        }
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The hits as result lines, by article and offset. */
    public ObservableList<SearchResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** The current result's index, -1 for none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The hits to mark in the open article. */
    public ReadOnlyObjectProperty<PaneMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a library search runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far building the index has come, 0 to 1; -1 when it is not being built. */
    public ReadOnlyDoubleProperty indexProgressProperty() {
        return indexProgress.getReadOnlyProperty();
    }

    /** A line on the index being built, or built ("" before). */
    public ReadOnlyStringProperty indexMessageProperty() {
        return indexMessage.getReadOnlyProperty();
    }
}
