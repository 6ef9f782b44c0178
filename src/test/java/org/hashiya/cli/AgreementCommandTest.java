package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.hashiya.TestArticles;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-worked case of AgreementServiceTest as the command prints it. */
class AgreementCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneLinePerLabelThenAllWithTwoDecimals() {
        Path db = dir.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(db, true)) {
            new SchemaService(lib).ensureSchema();
            long id = TestArticles.add(lib, "one", "قصف الجيش مدينة الموصل");
            Instant t = Instant.parse("2026-12-01T00:00:00Z");
            lib.spans().add(new NewSpan(id, "ATTACK", 0, 3, "xxx", "A", "", t));
            lib.spans().add(new NewSpan(id, "STATE_MIL", 4, 9, "xxxxx", "A", "", t));
            lib.spans().add(new NewSpan(id, "LOCATION", 10, 22, "x".repeat(12), "A", "", t));
            lib.spans().add(new NewSpan(id, "ATTACK", 0, 3, "xxx", "B", "", t));
            lib.spans().add(new NewSpan(id, "NONSTATE_ARMED", 4, 9, "xxxxx", "B", "", t));
            lib.spans().add(new NewSpan(id, "LOCATION", 16, 22, "xxxxxx", "B", "", t));
            lib.spans().add(new NewSpan(id, "STATE_MIL", 4, 22, "x".repeat(18), "B", "", t));
        }
        CliRun run = CliRun.of("agreement", "--db", db.toString(), "--annotators", "A,B");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "ATTACK\t1.00\t1.00\t1.00\t1.00\t1\t1",
                "LOCATION\t0.00\t0.50\t0.53\t1.00\t1\t1",
                "NONSTATE_ARMED\t0.00\t0.00\t0.00\t0.00\t0\t1",
                "STATE_MIL\t0.00\t-0.33\t-0.17\t1.00\t1\t1",
                "ALL\t0.29\t0.33\t0.39\t0.86\t3\t4");

        CliRun none = CliRun.of("agreement", "--db", db.toString(), "--annotators", "A,Z");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("no article").contains("A, Z");
        CliRun one = CliRun.of("agreement", "--db", db.toString(), "--annotators", "A");
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err()).contains("at least two different coders");
    }

    @Test
    void roleLinesComeBeforeAllWithEmptyKappaAlphaAndOverlapCells() {
        Path db = dir.resolve("roles.db");
        try (Library lib = SqliteLibrary.open(db, true)) {
            new SchemaService(lib).ensureSchema();
            long id = TestArticles.add(lib, "one", "قصف الجيش مدينة الموصل");
            Instant t = Instant.parse("2026-12-01T00:00:00Z");
            for (String coder : new String[] {"A", "B"}) {
                Span attack = lib.spans().add(new NewSpan(id, "ATTACK", 0, 3, "xxx", coder, "", t));
                Span army = lib.spans().add(new NewSpan(id, "STATE_MIL", 4, 9, "xxxxx", coder, "", t));
                Span city = lib.spans().add(new NewSpan(id, "LOCATION", coder.equals("A") ? 10 : 16, 22, "x", coder, "", t));
                lib.events().put(lib.events().add(id, attack.id(), EventAttributes.NONE)
                        .withArgument(new EventArgument("Attacker", army.id()))
                        .withArgument(new EventArgument("Place", city.id())));
            }
        }
        CliRun run = CliRun.of("agreement", "--db", db.toString(), "--annotators", "A,B");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsSubsequence(
                "STATE_MIL\t1.00\t1.00\t1.00\t1.00\t1\t1",
                "role:Attacker\t1.00\t\t\t\t1\t1",
                "role:Place\t0.00\t\t\t\t1\t1",
                "role:*\t0.50\t\t\t\t2\t2").last().asString().startsWith("ALL\t0.67\t");
    }
}
