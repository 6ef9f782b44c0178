package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hashiya.bench.SpanBulkWriter;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.service.merge.MergeServiceTest;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge killed with SIGKILL at a random step inside its transaction leaves MINE exactly as it
 * was (every article, span with its UUID, annotation, coding and label) and passing SQLite's
 * integrity check; the next merge then brings everything.
 */
class MergeKillTest {
    static final int ARTICLES = 1200;
    static final int ROUNDS = 2;

    @TempDir
    Path dir;

    private static void library(Path file, String annotator, int from, int to) throws Exception {
        List<NewSpan> spans = new ArrayList<>();
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            List<NewArticle> articles = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String text = "مقال رقم " + i + " عن التحالف الدولي في بغداد.\n" + "سطر ثان ".repeat(20);
                articles.add(new NewArticle(text, new ArticleMetadata("مقال " + i, "", "", ""),
                        new ImportRecord("", "UTF-8", Instant.now(), TextHash.sha256(text))));
            }
            for (var added : lib.articles().addAll(articles)) {
                for (int k = 0; k < 5; k++) {
                    spans.add(new NewSpan(added.id(), k % 2 == 0 ? "LOCATION" : "COALITION_IGO", k, k + 4, "xxxx",
                            annotator, "", Instant.now()));
                }
            }
        }
        SpanBulkWriter.write(file, spans);
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    @Test
    void aMergeKilledMidWayLeavesMineExactlyAsItWas() throws Exception {
        Path mine = dir.resolve("mine.db");
        Path theirs = dir.resolve("theirs.db");
        library(mine, "amal", 0, ARTICLES / 2);
        library(theirs, "omar", ARTICLES / 4, ARTICLES);
        List<String> before = MergeServiceTest.everything(mine);
        Random random = new Random(20261202);
        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ChildJava child = ChildJava.start(MergeChild.class, ChildJava.Options.plain(), mine.toString(), theirs.toString());
            int step = 1 + random.nextInt(3); // of 4
            assertThat(child.awaitLine("progress", 60_000)).as(child.stderr()).isTrue();
            while (child.lines().stream().filter(l -> l.startsWith("progress")).count() < step && child.isAlive()) {
                Thread.sleep(2);
            }
            child.kill();
            assertThat(child.printed("merged")).as("killed before the end (round %d)", round).isFalse();
            killed++;
            assertThat(integrity(mine)).isEqualTo("ok");
            assertThat(MergeServiceTest.everything(mine)).as("round %d: MINE exactly as before", round).isEqualTo(before);
        }
        ChildJava again = ChildJava.start(MergeChild.class, ChildJava.Options.plain(), mine.toString(), theirs.toString());
        assertThat(again.waitFor()).as(again.stderr()).isZero();
        List<String> after = MergeServiceTest.everything(mine);
        assertThat(after).containsAll(before);
        assertThat(after.stream().filter(l -> l.startsWith("span ")).count()).isEqualTo((ARTICLES / 2 + ARTICLES * 3 / 4) * 5L);
        System.out.printf("[faults] merge: %d SIGKILLs inside the merge transaction, MINE unchanged after each;"
                + " the next merge brought all%n", killed);
    }
}
