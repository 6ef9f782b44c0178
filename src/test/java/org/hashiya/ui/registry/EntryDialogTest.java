package org.hashiya.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Adding and editing a registry entry in the workbench as a researcher does: Ctrl+3, New actor…,
 * the name and aliases typed right to left, a type chosen, a bad country refused beside its field
 * with nothing stored, Save; the new actor listed and picked; Enter on it opens it again, its
 * English name is changed and saved; Undo takes the edit back and then the actor, Redo brings both.
 */
@ExtendWith(ApplicationExtension.class)
class EntryDialogTest {
    private static Path file;
    private Workbench workbench;

    @BeforeAll
    static void library() throws Exception {
        file = Files.createTempDirectory("hashiya-entry-dialog").resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            RegistryService registry = new RegistryService(lib);
            registry.add(new ActorEntry(0, "التحالف الدولي", "Global Coalition", "COALITION_IGO", List.of("التحالف"), "", "", ""));
            registry.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد", 33.3, 44.4, ""));
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
    private static TableView<RegistryEntry> table(FxRobot robot) {
        return robot.lookup("#registry-table").queryAs(TableView.class);
    }

    private static boolean dialogOpen(FxRobot robot) {
        return robot.lookup("#entry-dialog").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    private static Window dialog(FxRobot robot) {
        return robot.lookup("#entry-dialog").query().getScene().getWindow();
    }

    private static <T> T field(FxRobot robot, String id, Class<T> type) {
        return type.cast(onFx(() -> robot.lookup("#entry-dialog").query().lookup(id)));
    }

    private static List<RegistryEntry> stored() {
        try (Library lib = SqliteLibrary.open(file, false)) {
            return new RegistryService(lib).entries();
        }
    }

    @Test
    void addAnActorWithAliasesEditItsEnglishNameUndoAndRedo(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> table(robot).isVisible() && table(robot).getItems().size() == 2);

        robot.clickOn("#registry-new-actor");
        waitUntil(() -> dialogOpen(robot));
        assertThat(onFx(() -> ((Stage) dialog(robot)).getTitle())).isEqualTo("New actor");
        TextField name = field(robot, "#entry-name", TextField.class);
        TextArea aliases = field(robot, "#entry-aliases", TextArea.class);
        TextField country = field(robot, "#entry-country", TextField.class);
        assertThat(onFx(name::isFocused)).as("the name is typed first").isTrue();
        assertThat(name.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(aliases.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(country.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);

        robot.clickOn(name).write("قوات سوريا الديمقراطية");
        robot.clickOn(aliases).write("قسد");
        robot.push(KeyCode.ENTER); // a new line in the aliases, not Save
        robot.write("SDF");
        assertThat(dialogOpen(robot)).isTrue();
        assertThat(aliases.getText()).isEqualTo("قسد\nSDF");
        @SuppressWarnings("unchecked")
        ComboBox<SpanLabel> type = field(robot, "#entry-type", ComboBox.class);
        robot.clickOn(type);
        robot.clickOn(robot.lookup(".entry-type-english").match(n -> n instanceof Label l && l.isVisible()
                && l.getText().endsWith("(NONSTATE_ARMED)") && l.getScene() != type.getScene()).<Label>query());
        assertThat(onFx(() -> type.getValue().id())).isEqualTo("NONSTATE_ARMED");
        robot.clickOn(country).write("SY");

        robot.clickOn("#entry-save");
        Label countryProblem = field(robot, "#entry-country-problem", Label.class);
        waitUntil(countryProblem::isVisible);
        assertThat(countryProblem.getText()).startsWith("Three letters");
        assertThat(dialogOpen(robot)).as("the dialog stays open").isTrue();
        assertThat(stored()).as("nothing stored").hasSize(2);

        robot.clickOn(country).write("r"); // SYR: the problem goes as it is typed away
        waitUntil(() -> !countryProblem.isVisible());
        robot.clickOn(name).push(KeyCode.ENTER); // Enter in a line field saves
        waitUntil(() -> !dialogOpen(robot));

        ActorEntry sdf = (ActorEntry) stored().stream().filter(e -> e.name().equals("قوات سوريا الديمقراطية")).findFirst().orElseThrow();
        assertThat(sdf.aliases()).containsExactly("قسد", "SDF");
        assertThat(sdf.type()).isEqualTo("NONSTATE_ARMED");
        assertThat(sdf.country()).isEqualTo("SYR");
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(onFx(() -> table(robot).getSelectionModel().getSelectedItem())).isEqualTo(sdf);
        assertThat(robot.lookup("#registry-message").queryLabeled().getText()).startsWith("Added «قوات سوريا الديمقراطية»");

        // Enter on the picked entry opens it again: the English name is typed and saved
        onFx(() -> {
            table(robot).requestFocus();
            return null;
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> dialogOpen(robot));
        assertThat(onFx(() -> ((Stage) dialog(robot)).getTitle())).isEqualTo("Edit actor «قوات سوريا الديمقراطية»");
        TextField english = field(robot, "#entry-english", TextField.class);
        assertThat(field(robot, "#entry-aliases", TextArea.class).getText()).isEqualTo("قسد\nSDF");
        robot.clickOn(english).write("Syrian Democratic Forces");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(stored()).filteredOn(e -> e.id() == sdf.id()).extracting(RegistryEntry::englishName)
                .containsExactly("Syrian Democratic Forces");
        assertThat(onFx(() -> table(robot).getSelectionModel().getSelectedItem().englishName())).isEqualTo("Syrian Democratic Forces");

        // a double click opens it too; Escape closes without storing
        robot.doubleClickOn(robot.lookup(".table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof RegistryEntry e && e.id() == sdf.id()).<javafx.scene.Node>query());
        waitUntil(() -> dialogOpen(robot));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen(robot));

        robot.clickOn("#registry-undo");
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().englishName().isEmpty());
        assertThat(stored()).filteredOn(e -> e.id() == sdf.id()).containsExactly(sdf);
        robot.clickOn("#registry-undo");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(stored()).hasSize(2);
        robot.clickOn("#registry-redo");
        robot.clickOn("#registry-redo");
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(stored()).filteredOn(e -> e.id() == sdf.id()).extracting(RegistryEntry::englishName)
                .containsExactly("Syrian Democratic Forces");
    }
}
