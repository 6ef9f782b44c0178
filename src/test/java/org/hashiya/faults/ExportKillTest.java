package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export killed with SIGKILL half-way leaves no file at the target path (it writes next to it
 * and renames at the end), and the next export to the same path succeeds and clears the leftover.
 */
class ExportKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesNoFileAtTheTarget() throws Exception {
        Path db = dir.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(db, true)) {
            new SchemaService(lib).ensureSchema();
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = "مقال رقم " + i + " عن التحالف الدولي في بغداد.\n" + "سطر ثان ".repeat(50);
                articles.add(new NewArticle(text, new ArticleMetadata("مقال " + i, "", "", ""),
                        new ImportRecord("", "UTF-8", Instant.now(), TextHash.sha256(text))));
            }
            for (var added : lib.articles().addAll(articles)) {
                lib.spans().add(new NewSpan(added.id(), "LOCATION", 0, 4, "مقال", "amal", "", Instant.now()));
            }
        }
        for (String format : new String[] {"spans-csv", "articles-csv"}) {
            Path out = dir.resolve("out").resolve("export." + format);
            ChildJava child = ChildJava.start(ExportChild.class, ChildJava.Options.plain(), db.toString(), format,
                    out.toString());
            assertThat(child.awaitLine("progress 20", 60_000)).as(child.stderr()).isTrue();
            child.kill();
            assertThat(child.printed("done")).isFalse();
            assertThat(Files.exists(out)).as("nothing at the target after a kill").isFalse();

            ChildJava again = ChildJava.start(ExportChild.class, ChildJava.Options.plain(), db.toString(), format,
                    out.toString());
            assertThat(again.waitFor()).as(again.stderr()).isZero();
            assertThat(Files.exists(out)).isTrue();
            try (Stream<Path> left = Files.list(out.getParent())) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.contains(format)))
                        .as("the killed export's temporary file is cleared").containsExactly(out.getFileName().toString());
            }
        }
    }
}
