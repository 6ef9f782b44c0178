package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hashiya import of brat events as a user meets it: exit status, what stderr says, what hashiya events then lists. */
class ImportEventsCommandTest {
    /** هاجم 0-4, مسلحون 5-11, حلب 20-23. */
    private static final String TEXT = "هاجم مسلحون قرية في حلب";

    @TempDir
    Path dir;

    private Path brat(String folder, String ann) throws Exception {
        Path in = Files.createDirectories(dir.resolve(folder));
        Files.writeString(in.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a.ann"), ann, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void anUnknownAttributeIsToldAndKeptWithExitZeroAndTheEventIsListed() throws Exception {
        Path in = brat("ok", String.join("\n", "T1\tATTACK 0 4\tهاجم", "T2\tNONSTATE_ARMED 5 11\tمسلحون",
                "T3\tLOCATION 20 23\tحلب", "E1\tATTACK:T1 Attacker:T2 Place:T3", "A1\tSource E1 AFP",
                "A2\tCertainty E1 Claimed", ""));
        String db = dir.resolve("lib.db").toString();
        CliRun run = CliRun.of("import", "--db", db, in.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains(in.resolve("a.ann") + ":5: attribute Source is not one Hashiya keeps")
                .contains("kept in the event's note as Source=AFP")
                .contains("Imported 1 article, 3 spans and 1 event");

        CliRun events = CliRun.of("events", "--db", db);
        assertThat(events.status()).isZero();
        assertThat(events.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\tATTACK\tهاجم\t"));
        assertThat(events.out()).contains("\tAttacker\t").contains("\tNONSTATE_ARMED\tمسلحون\t")
                .contains("\tPlace\t").contains("\tLOCATION\tحلب\t");
    }

    @Test
    void anEventLineNamingASpanTheFileLacksIsRefusedWithFileLineAndReasonAndExitOne() throws Exception {
        Path in = brat("bad", String.join("\n", "T1\tATTACK 0 4\tهاجم", "T2\tNONSTATE_ARMED 5 11\tمسلحون",
                "E1\tATTACK:T7 Attacker:T2", "E2\tATTACK:T1 Attacker:T2 Place:T5", ""));
        String db = dir.resolve("lib.db").toString();
        CliRun run = CliRun.of("import", "--db", db, in.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("refused: " + in.resolve("a.ann") + ":3: trigger T7 is not defined in the file; event left out")
                .contains("refused: " + in.resolve("a.ann") + ":4: argument Place:T5 left out: T5 is not defined in the file")
                .contains("Imported 1 article, 2 spans and 1 event");
        assertThat(CliRun.of("events", "--db", db).out().lines()).singleElement().asString().contains("\tAttacker\t");
    }
}
