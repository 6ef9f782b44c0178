package org.hashiya.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewArticle;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.hashiya.ui.search.SearchViewModel.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library whose articles are not in the search index (made by an older version) is indexed once
 * in the background when the workbench opens it, with a progress bar in the status bar; the library
 * search then finds what it holds.
 */
@ExtendWith(ApplicationExtension.class)
class SearchIndexingTest {
    static final int ARTICLES = 1203; // a few batches of SearchService's 500

    private Workbench workbench;
    private Path file;
    private final List<Boolean> barShown = new CopyOnWriteArrayList<>();
    private final List<Double> progress = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-search-indexing");
        file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            List<NewArticle> batch = new ArrayList<>();
            for (int i = 1; i <= ARTICLES; i++) {
                String text = i % 100 == 0 ? "المقال " + i + "\nاجتماع وزاري للتحالف الدولي في بغداد."
                        : "المقال " + i + "\nخبر عادي عن الطقس.";
                batch.add(TestArticles.article("المقال " + i, text));
            }
            lib.articles().addAll(batch);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')"); // as before the index existed
            st.execute("UPDATE article SET search_indexed = 0");
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.show(stage);
        ProgressBar bar = (ProgressBar) stage.getScene().lookup("#search-index-progress");
        bar.visibleProperty().addListener((obs, old, now) -> barShown.add(now));
        bar.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        workbench.openLibrary(file);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::get));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIndexIsBuiltOnceInTheBackgroundWithAProgressBarAndThenTheLibraryIsSearchable(FxRobot robot) {
        SearchViewModel search = workbench.searchModel();
        waitUntil(() -> search.indexMessageProperty().get().equals("The library's search index is built."));

        assertThat(barShown).as("the bar came and went").containsExactly(true, false);
        assertThat(progress).contains(1.0);
        assertThat(progress.stream().filter(p -> p > 0 && p < 1)).as("progress between batches").isNotEmpty();
        assertThat(robot.lookup("#search-index-progress").query().isVisible()).isFalse();
        assertThat(onFx(() -> new SearchService(workbench.model().libraryProperty().get()).articlesToIndex())).isZero();
        assertThat(robot.lookup("#status-line").queryLabeled().getText()).isEqualTo("The library's search index is built.");

        onFx(() -> {
            search.queryProperty().set("التحالف");
            search.find(Scope.LIBRARY);
            return null;
        });
        waitUntil(() -> !search.busyProperty().get() && search.results().size() == ARTICLES / 100);
        assertThat(search.summaryProperty().get()).isEqualTo("12 hits in 12 articles");
    }
}
