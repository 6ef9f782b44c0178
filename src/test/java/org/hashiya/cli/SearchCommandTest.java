package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    static final String FIRST = "واشنطن تدعو دول التحالف الدولي\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار.";
    static final String SECOND = "🔥 الاجتماع الوزاري للتحالف\tالدولي؛ وبالتحالفِ نمضي.";

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("lib.db");
    }

    private void importArticles() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2.txt"), SECOND, StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "--db", db().toString(), in.toString()).status()).isZero();
    }

    @Test
    void printsOneEscapedTsvLinePerHitByArticleAndOffset() throws Exception {
        importArticles();
        CliRun run = CliRun.of("search", "--db", db().toString(), "التحالف");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        String[] first = lines.get(0).split("\t", -1);
        assertThat(first).containsExactly("1", Integer.toString(FIRST.indexOf("التحالف")),
                Integer.toString(FIRST.indexOf("التحالف") + 7), "التحالف", "واشنطن تدعو دول التحالف الدولي");
        String[] third = lines.get(2).split("\t", -1);
        int[] cps = SECOND.codePoints().toArray();
        int start = Integer.parseInt(third[1]);
        int end = Integer.parseInt(third[2]);
        assertThat(third[0]).isEqualTo("2");
        assertThat(new String(cps, start, end - start)).isEqualTo("للتحالف").isEqualTo(third[3]);
        assertThat(third[4]).as("a tab inside the context is escaped")
                .isEqualTo("🔥 الاجتماع الوزاري للتحالف\\tالدولي؛");
        assertThat(lines.get(3).split("\t", -1)[3]).isEqualTo("وبالتحالفِ");
        assertThat(run.err()).contains("4 hits");
    }

    @Test
    void severalArgumentsAreOnePhrase() throws Exception {
        importArticles();
        CliRun run = CliRun.of("search", "--db", db().toString(), "الولايات", "المتحده");
        assertThat(run.out().lines().toList()).singleElement().satisfies(line ->
                assertThat(line.split("\t", -1)[3]).isEqualTo("الولايات المتحدة"));
    }

    @Test
    void limitStopsAfterTheFirstHits() throws Exception {
        importArticles();
        CliRun run = CliRun.of("search", "--db", db().toString(), "--limit", "3", "التحالف");
        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(CliRun.of("search", "--db", db().toString(), "--limit", "0", "التحالف").status()).isEqualTo(2);
    }

    @Test
    void noHitIsSuccessWithNothingOnStdout() throws Exception {
        importArticles();
        CliRun run = CliRun.of("search", "--db", db().toString(), "بيروت");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("0 hits");
    }

    @Test
    void aQueryWithoutWordsOrAMissingLibraryIsRefused() throws Exception {
        importArticles();
        CliRun blank = CliRun.of("search", "--db", db().toString(), "؟");
        assertThat(blank.status()).isEqualTo(2);
        assertThat(blank.err()).contains("no words");
        CliRun missing = CliRun.of("search", "--db", dir.resolve("none.db").toString(), "التحالف");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no library");
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    }
}
