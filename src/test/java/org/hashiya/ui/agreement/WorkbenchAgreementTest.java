package org.hashiya.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hashiya.TestArticles;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.agreement.AgreementRow;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Agreement…: two coders typed, Measure, the table and the breakdown, Export CSV. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchAgreementTest {
    private Workbench workbench;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("hashiya-agreement-workbench");
        Path db = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(db, true)) {
            new SchemaService(lib).ensureSchema();
            long id = TestArticles.add(lib, "قصف الجيش مدينة الموصل في ساعات الصباح الأولى من يوم الأحد",
                    "قصف الجيش مدينة الموصل");
            Instant t = Instant.parse("2026-12-01T00:00:00Z");
            Span attack = lib.spans().add(new NewSpan(id, "ATTACK", 0, 3, "xxx", "amal", "", t));
            Span army = lib.spans().add(new NewSpan(id, "STATE_MIL", 4, 9, "xxxxx", "amal", "", t));
            Span city = lib.spans().add(new NewSpan(id, "LOCATION", 10, 22, "x".repeat(12), "amal", "", t));
            event(lib, attack, army, city);
            attack = lib.spans().add(new NewSpan(id, "ATTACK", 0, 3, "xxx", "omar", "", t));
            army = lib.spans().add(new NewSpan(id, "NONSTATE_ARMED", 4, 9, "xxxxx", "omar", "", t));
            city = lib.spans().add(new NewSpan(id, "LOCATION", 16, 22, "xxxxxx", "omar", "", t));
            lib.spans().add(new NewSpan(id, "STATE_MIL", 4, 22, "x".repeat(18), "omar", "", t));
            // omar's attacker is of another label, his place another span: no role agrees; the city names none
            event(lib, attack, army, city);
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", org.hashiya.service.UserPreferences.of(user));
        workbench.openLibrary(db);
        workbench.setAgreementSaveChooser((owner, name) -> folder.resolve(name));
        workbench.show(stage);
    }

    private static void event(Library lib, Span trigger, Span attacker, Span place) {
        lib.events().put(lib.events().add(trigger.articleId(), trigger.id(), EventAttributes.NONE)
                .withArgument(new EventArgument("Attacker", attacker.id()))
                .withArgument(new EventArgument("Place", place.id())));
    }

    @Test
    void measuresShowsTheTableAndExportsIt(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Agreement…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#agreement-coders").write("amal, omar");
        robot.clickOn("#agreement-measure");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#agreement-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        AgreementRow all = (AgreementRow) table.getItems().get(7);
        assertThat(all.label()).isEqualTo("ALL");
        assertThat(AgreementRow.figure(all.alpha())).isEqualTo("0.39");
        assertThat(robot.lookup("#agreement-articles").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#agreement-message").queryAs(Label.class).getText())
                .startsWith("1 articles, 4 tokens, coders amal, omar; role: lines compare event arguments");

        robot.clickOn("#agreement-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(folder.resolve("agreement.csv")).lines()).containsExactly(
                "label,f1,kappa,alpha,overlap_f1,spans_a,spans_b",
                "ATTACK,1.00,1.00,1.00,1.00,1,1",
                "LOCATION,0.00,0.50,0.53,1.00,1,1",
                "NONSTATE_ARMED,0.00,0.00,0.00,0.00,0,1",
                "STATE_MIL,0.00,-0.33,-0.17,1.00,1,1",
                "role:Attacker,0.00,,,,1,1",
                "role:Place,0.00,,,,1,1",
                "role:*,0.00,,,,2,2",
                "ALL,0.29,0.33,0.39,0.86,3,4");
        assertThat(Files.readString(folder.resolve("agreement-articles.csv")).lines()).hasSize(2)
                .last().asString().endsWith(",4,0.29,0.33,0.39,0.86,3,4");

        Path shot = Path.of("target", "screenshots", "agreement-dialog.png");
        Files.createDirectories(shot.getParent());
        WaitForAsyncUtils.asyncFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(table.getScene().snapshot(null), null),
                "png", shot.toFile())).get();
    }
}
