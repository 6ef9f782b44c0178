package org.hashiya.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.hashiya.TestArticles;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextRange;
import org.hashiya.ui.search.SearchViewModel.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search field's state without a window: scopes, hits, marks in the open article, moving between hits, indexing. */
class SearchViewModelTest {
    // 🇺🇸 before the hits: code points and UTF-16 offsets differ
    static final String FIRST = "🇺🇸 واشنطن تدعو دول التحالف الدولي.\nحثت الولايات المتحدة دول التحالف على الاستمرار،"
            + " والتحالفات كثيرة، وللتحالف دور.";
    static final String SECOND = "اجتماع وزاري للتحالف الدولي في بغداد.";
    static final String THIRD = "خبر عن الطقس في بيروت.";

    @TempDir
    Path dir;
    Library library;
    final Map<Long, String> texts = new HashMap<>();
    final List<Long> opened = new ArrayList<>();
    final List<Integer> revealed = new ArrayList<>();
    SearchViewModel model;
    long first;
    long second;

    /** Runs queued work when told, like a background thread that has not got round to it yet. */
    static final class Later implements Executor {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        first = TestArticles.add(library, "واشنطن", FIRST);
        second = TestArticles.add(library, "الاجتماع", SECOND);
        long third = TestArticles.add(library, "الطقس", THIRD);
        texts.put(first, FIRST);
        texts.put(second, SECOND);
        texts.put(third, THIRD);
        model = newModel(Runnable::run, Runnable::run);
        model.setService(new SearchService(library));
        model.articleShown(first, FIRST);
    }

    private SearchViewModel newModel(Executor searching, Executor indexing) {
        SearchViewModel[] made = new SearchViewModel[1];
        made[0] = new SearchViewModel(searching, indexing, Runnable::run, new SearchViewModel.Reader() {
            @Override
            public boolean open(long articleId) {
                opened.add(articleId);
                String text = texts.get(articleId);
                if (text == null) {
                    return false;
                }
                made[0].articleShown(articleId, text); // as the workbench does when the pane shows it
                return true;
            }

            @Override
            public void reveal(int offset) {
                revealed.add(offset);
            }

            @Override
            public String titleOf(long articleId) {
                return "title " + articleId;
            }
        });
        made[0].setIndexStartDelay(0);
        return made[0];
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static List<String> covered(String text, PaneMarks marks) {
        return marks.hits().stream().map(r -> r.of(text)).toList();
    }

    @Test
    void theArticleScopeListsAndMarksTheOpenArticlesHitsAndBringsTheFirstIntoView() {
        model.queryProperty().set("التحالف");
        assertThat(model.results()).as("nothing before the field is opened").isEmpty();

        model.find(Scope.ARTICLE);

        assertThat(model.results()).extracting(r -> r.hit().matchedText()).containsExactly("التحالف", "التحالف", "وللتحالف");
        assertThat(model.results()).extracting(SearchResult::articleTitle).containsOnly("");
        PaneMarks marks = model.marksProperty().get();
        assertThat(covered(FIRST, marks)).as("UTF-16 ranges of the stored words").containsExactly("التحالف", "التحالف", "وللتحالف");
        assertThat(marks.current()).isZero();
        assertThat(model.currentProperty().get()).isZero();
        assertThat(revealed).containsExactly(FIRST.indexOf("التحالف"));
        assertThat(model.summaryProperty().get()).isEqualTo("Hit 1 of 3");
        assertThat(opened).as("the open article is not opened again").isEmpty();
        assertThat(model.results().get(2).hit().keywordInContext().before())
                .isEqualTo("حثت الولايات المتحدة دول التحالف على الاستمرار، والتحالفات كثيرة، ");
    }

    @Test
    void nextAndPreviousGoRoundTheHitsAndMoveTheCurrentMark() {
        model.queryProperty().set("التحالف");
        model.find(Scope.ARTICLE);
        model.next();
        model.next();
        assertThat(model.marksProperty().get().current()).isEqualTo(2);
        TextRange third = model.marksProperty().get().hits().get(2);
        assertThat(revealed).last().isEqualTo(third.start());
        model.next();
        assertThat(model.currentProperty().get()).as("after the last, the first").isZero();
        model.previous();
        assertThat(model.currentProperty().get()).as("before the first, the last").isEqualTo(2);
        assertThat(model.summaryProperty().get()).isEqualTo("Hit 3 of 3");
    }

    @Test
    void typingSearchesAgainAndAQueryWithoutWordsClearsEverything() {
        model.find(Scope.ARTICLE);
        model.queryProperty().set("الولايات المتحدة");
        assertThat(model.results()).extracting(r -> r.hit().matchedText()).containsExactly("الولايات المتحدة");
        model.queryProperty().set("بيروت");
        assertThat(model.results()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No hits in this article");
        model.queryProperty().set(" ؟ ");
        assertThat(model.results()).isEmpty();
        assertThat(model.marksProperty().get()).isEqualTo(PaneMarks.NONE);
    }

    @Test
    void theLibraryScopeListsHitsWithTitlesAndAHitInAnotherArticleOpensItThere() {
        model.queryProperty().set("التحالف");
        model.find(Scope.LIBRARY);

        assertThat(model.results()).extracting(r -> r.hit().articleId() + " " + r.hit().matchedText())
                .containsExactly(first + " التحالف", first + " التحالف", first + " وللتحالف", second + " للتحالف");
        assertThat(model.results().get(3).articleTitle()).isEqualTo("title " + second);
        assertThat(model.summaryProperty().get()).isEqualTo("4 hits in 2 articles");
        assertThat(model.currentProperty().get()).as("typing opens nothing").isEqualTo(-1);
        assertThat(covered(FIRST, model.marksProperty().get())).as("the open article's hits are marked")
                .containsExactly("التحالف", "التحالف", "وللتحالف");

        model.go(3);

        assertThat(opened).containsExactly(second);
        PaneMarks marks = model.marksProperty().get();
        assertThat(covered(SECOND, marks)).containsExactly("للتحالف");
        assertThat(marks.current()).isZero();
        assertThat(revealed).last().isEqualTo(SECOND.indexOf("للتحالف"));
        assertThat(model.results()).as("the library's hits stay listed").hasSize(4);

        model.next();
        assertThat(opened).containsExactly(second, first);
        assertThat(model.marksProperty().get().current()).isZero();
    }

    @Test
    void aLateLibraryAnswerForAnOlderQueryIsDropped() {
        Later searching = new Later();
        model = newModel(searching, Runnable::run);
        model.setService(new SearchService(library));
        model.articleShown(first, FIRST);
        model.find(Scope.LIBRARY);
        model.queryProperty().set("التحالف");
        model.queryProperty().set("بغداد");
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Searching the library…");

        searching.runAll();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.results()).extracting(r -> r.hit().matchedText()).containsExactly("بغداد");
    }

    @Test
    void closingTakesTheMarksAway() {
        model.queryProperty().set("التحالف");
        model.find(Scope.ARTICLE);
        model.close();
        assertThat(model.shownProperty().get()).isFalse();
        assertThat(model.marksProperty().get()).isEqualTo(PaneMarks.NONE);
        model.articleShown(second, SECOND);
        assertThat(model.marksProperty().get()).as("nothing marked while closed").isEqualTo(PaneMarks.NONE);
    }

    @Test
    void aLibraryWithArticlesNotIndexedIsIndexedInTheBackgroundAndTheFieldSaysSo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.file()); Statement st = c.createStatement()) {
            st.execute("DELETE FROM article_search"); // as a library made before the index existed
            st.execute("UPDATE article SET search_indexed = 0");
        }
        Later indexing = new Later();
        model = newModel(Runnable::run, indexing);
        model.setService(new SearchService(library));
        model.articleShown(first, FIRST);
        model.queryProperty().set("التحالف");
        model.find(Scope.LIBRARY);
        assertThat(model.results()).as("nothing indexed yet").isEmpty();

        // the indexing thread: it counts, reports progress, builds, and says when it is done
        List<Double> progress = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        model.indexProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        model.summaryProperty().addListener((obs, old, now) -> summaries.add(now));
        indexing.runAll();

        assertThat(progress).startsWith(0.0).contains(1.0).endsWith(-1.0);
        assertThat(summaries).anyMatch(s -> s.contains("still indexing the library"));
        assertThat(model.indexMessageProperty().get()).isEqualTo("The library's search index is built.");
        assertThat(model.results()).as("searched again once indexed").hasSize(4);
        assertThat(new SearchService(library).articlesToIndex()).isZero();
    }

    @Test
    void aLibrarySearchShowsItsFirstHundredHitsBeforeItHasTheRest() {
        for (int i = 0; i < 120; i++) {
            TestArticles.add(library, "مقال " + i, "المقال " + i + ": اجتماع للتحالف. ثم التحالف مرة أخرى.");
        }
        Later ui = new Later();
        List<Integer> shown = new ArrayList<>();
        SearchViewModel late = new SearchViewModel(Runnable::run, Runnable::run, ui, new SearchViewModel.Reader() {
            @Override
            public boolean open(long articleId) {
                return true;
            }

            @Override
            public void reveal(int offset) {
            }

            @Override
            public String titleOf(long articleId) {
                return "";
            }
        });
        late.setIndexStartDelay(0);
        late.results().addListener((javafx.collections.ListChangeListener<SearchResult>) c -> shown.add(late.results().size()));
        late.setService(new SearchService(library));
        late.queryProperty().set("التحالف");
        late.find(Scope.LIBRARY);
        ui.runAll();
        assertThat(shown).containsExactly(SearchViewModel.FIRST_SHOWN, 4 + 240);
        assertThat(late.summaryProperty().get()).isEqualTo("244 hits in 122 articles");
    }
}
