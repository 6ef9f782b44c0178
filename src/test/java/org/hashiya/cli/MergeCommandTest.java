package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    @TempDir
    Path dir;

    private Path library(String name, String annotator, String text) {
        Path file = dir.resolve(name);
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            long id = TestArticles.add(lib, "عنوان", text);
            lib.spans().add(new NewSpan(id, "LOCATION", 0, 3, text.substring(0, 3), annotator, "", Instant.now()));
        }
        return file;
    }

    @Test
    void mergesReportsAndSaysSoWhenThereIsNothingNew() throws Exception {
        Path mine = library("mine.db", "amal", "بغداد عاصمة العراق");
        Path theirs = library("omar.db", "omar", "الموصل مدينة كبيرة");
        CliRun first = CliRun.of("merge", "--db", mine.toString(), theirs.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).contains("omar.db (omar): 1 new article, 0 already here; 1 span added");
        assertThat(first.out()).as("data only on stdout").isEmpty();
        CliRun again = CliRun.of("merge", "--db", mine.toString(), theirs.toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("nothing new; its 1 article and 1 span are here already")
                .contains("Nothing new: every library given was merged before.");
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedWithExitStatus2() throws Exception {
        Path mine = library("mine.db", "amal", "بغداد عاصمة العراق");
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        CliRun run = CliRun.of("merge", "--db", mine.toString(), notes.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("hashiya merge: ").contains("notes.txt is not a Hashiya library")
                .doesNotContain("Exception");
    }
}
