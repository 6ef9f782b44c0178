package org.hashiya.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hashiya.bench.registry.RegistryGenerator;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextHash;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The registry tab in the assembled workbench over a registry of about a thousand generated
 * Arabic actors and places: Ctrl+4 to it, search in Arabic and English, delete and undo, how its
 * cells read; and linking a picked span to its suggested entry from the side panel.
 */
@ExtendWith(ApplicationExtension.class)
class RegistryViewTest {
    static final String TEXT = "واشنطن تدعو دول التحالف\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار في"
            + " جهودها. وقال مسؤول إن قوات التحالف قصفت مواقع في بغداد.";

    private static Path file;
    private static long article;
    private static long spanId;
    private static int entries;
    private Workbench workbench;

    /** Built once (outside TestFX's set-up time limit); each test leaves it as it found it. */
    @BeforeAll
    static void library() throws Exception {
        Path folder = Files.createTempDirectory("hashiya-registry-view");
        file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            article = lib.articles().addAll(List.of(new NewArticle(TEXT, new ArticleMetadata("واشنطن تدعو", "", "", ""),
                    new ImportRecord("x.txt", "UTF-8", Instant.parse("2026-11-01T00:00:00Z"), TextHash.sha256(TEXT))))).get(0).id();
            CodePointOffsets offsets = new CodePointOffsets(TEXT);
            int from = TEXT.indexOf("قوات التحالف");
            spanId = lib.spans().add(new NewSpan(article, "COALITION_IGO", offsets.toCodePoint(from),
                    offsets.toCodePoint(from + "قوات التحالف".length()), "قوات التحالف", "amal", "",
                    Instant.parse("2026-11-20T10:00:00Z"))).id();
            RegistryGenerator generator = new RegistryGenerator(3);
            lib.registry().addAll(generator.actors(900));
            lib.registry().addAll(generator.places(100));
            entries = lib.registry().count();
        }
    }

    @Start
    void start(Stage stage) {
        Path folder = file.getParent();
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }


    @SuppressWarnings("unchecked")
    private TableView<RegistryEntry> table(FxRobot robot) {
        return robot.lookup("#registry-table").queryAs(TableView.class);
    }

    private void toRegistry(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> table(robot).isVisible() && !table(robot).getItems().isEmpty());
    }

    private void search(FxRobot robot, String query) {
        onFx(() -> {
            workbench.registryModel().queryProperty().set(query);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void searchInBothLanguagesDeleteUndoAndLinkAPickedSpan(FxRobot robot) {
        toRegistry(robot);
        assertThat(table(robot).getItems()).hasSize(entries);
        assertThat(entries).isGreaterThan(900);
        assertThat(robot.lookup("#registry-count").queryLabeled().getText()).isEqualTo(entries + " entries");

        robot.clickOn("#registry-search");
        search(robot, "التحالف"); // the robot cannot type Arabic: set as the box would
        waitUntil(() -> !table(robot).getItems().isEmpty() && table(robot).getItems().size() < entries);
        assertThat(onFx(() -> table(robot).getItems().get(0).name())).isEqualTo("التحالف الدولي");
        assertThat(onFx(() -> robot.lookup("#registry-search").queryAs(javafx.scene.control.TextField.class)
                .getEffectiveNodeOrientation())).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        search(robot, "DEFENCE");
        assertThat(onFx(() -> table(robot).getItems().stream().map(RegistryEntry::englishName).toList()))
                .isNotEmpty().allSatisfy(name -> assertThat(name.toLowerCase()).contains("defence"));
        search(robot, "وزارة الدفاع العراقيه"); // ة typed as ه
        assertThat(onFx(() -> table(robot).getItems().get(0).englishName())).isEqualTo("Iraqi Ministry of Defence");

        // the Arabic name cell reads right to left from the right; a long aliases cell ends in an ellipsis
        search(robot, "التحالف الدولي");
        TableCell<?, ?> name = cellOf(robot, "#registry-column-name", 0);
        assertThat(name.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        TableCell<?, ?> aliases = cellOf(robot, "#registry-column-aliases", 0);
        Text shown = (Text) onFx(() -> aliases.lookup(".text"));
        assertThat(shown.getText()).startsWith("التحالف").endsWith("…");
        assertThat(aliases.getTooltip().getGraphic()).isNotNull();
        TableCell<?, ?> english = cellOf(robot, "#registry-column-english", 0);
        assertThat(english.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        ScrollBar horizontal = onFx(() -> table(robot).lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .map(n -> (ScrollBar) n).findFirst().orElse(null));
        assertThat(horizontal == null || !horizontal.isVisible()).as("no horizontal scroll bar").isTrue();

        // delete the picked entry, then undo
        search(robot, "حماة الديار");
        int found = onFx(() -> table(robot).getItems().size());
        onFx(() -> {
            table(robot).getSelectionModel().select(0);
            table(robot).requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        RegistryEntry picked = onFx(() -> workbench.registryModel().pickedProperty().get());
        assertThat(picked).isNotNull();
        robot.clickOn("#registry-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.registryModel().messageProperty().get())).startsWith("Deleted «" + picked.name());
        waitUntil(() -> table(robot).getItems().size() == found - 1);
        robot.clickOn("#registry-undo");
        waitUntil(() -> table(robot).getItems().size() == found);
        assertThat(onFx(() -> table(robot).getItems().contains(picked))).isTrue();

        // back to reading: a picked span is offered its entry and linked to it from the side panel
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        onFx(() -> {
            workbench.model().open(article, "");
            workbench.annotation().model().selection().selectSpan(spanId);
            return null;
        });
        waitUntil(() -> robot.lookup("#entry-link").query().isVisible());
        @SuppressWarnings("unchecked")
        ListView<RegistryEntry> choices = robot.lookup("#entry-link-choices").queryAs(ListView.class);
        waitUntil(() -> !choices.getItems().isEmpty());
        assertThat(onFx(() -> choices.getItems().get(0).name())).isEqualTo("التحالف الدولي");
        // the panel may sit below the fold of a small window: pick and press as the mouse would
        onFx(() -> {
            choices.getSelectionModel().select(0);
            robot.lookup("#entry-link-link").queryButton().fire();
            return null;
        });
        waitUntil(() -> workbench.entryLinkModel().linkedProperty().get() != null);
        try (Library lib = SqliteLibrary.open(file, false)) {
            RegistryService registry = new RegistryService(lib);
            long coalition = registry.entries().stream().filter(e -> e.name().equals("التحالف الدولي")).findFirst().orElseThrow().id();
            assertThat(registry.entryOf(spanId)).contains(coalition);
        }
        assertThat(robot.lookup("#entry-link-linked").queryLabeled().getText()).startsWith("التحالف الدولي · COALITION_IGO");
        onFx(() -> {
            robot.lookup("#entry-link-unlink").queryButton().fire();
            return null;
        });
        waitUntil(() -> workbench.entryLinkModel().linkedProperty().get() == null);
    }

    private TableCell<?, ?> cellOf(FxRobot robot, String columnId, int row) {
        return onFx(() -> table(robot).lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && ("#" + c.getTableColumn().getId()).equals(columnId) && c.getIndex() == row)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
    }
}
