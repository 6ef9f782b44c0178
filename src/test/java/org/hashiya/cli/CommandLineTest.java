package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hashiya.service.AnnotationService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static final String ARTICLE = "واشنطن تدعو دول التحالف الدولي\r\nإلى الاستمرار في الحرب ضد \u200Fداعش\tو NATO 80 دولة\n";

    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("lib.db");
    }

    Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void importCreatesTheLibraryAndListShowsOneTabSeparatedLinePerArticle() throws Exception {
        write("a.txt", ARTICLE, StandardCharsets.UTF_8);
        write("b.txt", "عنوان ثان\nنص آخر", Charset.forName("windows-1256"));
        CliRun run = CliRun.of("import", "--db", db().toString(), dir.resolve("in").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("Imported 2 articles");
        assertThat(run.out()).isEmpty();

        CliRun list = CliRun.of("list", "--db", db().toString());
        assertThat(list.status()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSize(2);
        String[] first = lines.get(0).split("\t", -1);
        assertThat(first).hasSize(5);
        assertThat(first[0]).isEqualTo("1");
        assertThat(first[1]).isEqualTo("واشنطن تدعو دول التحالف الدولي");
        String stored = ARTICLE.replace("\r\n", "\n");
        assertThat(first[2]).isEqualTo(Integer.toString(stored.codePointCount(0, stored.length())));
        assertThat(first[4]).isEqualTo("new");
        assertThat(lines.get(1).split("\t")[1]).isEqualTo("عنوان ثان");
    }

    @Test
    void showPrintsTheStoredTextExactly() throws Exception {
        write("a.txt", ARTICLE, StandardCharsets.UTF_8);
        CliRun.of("import", "--db", db().toString(), dir.resolve("in/a.txt").toString());
        CliRun show = CliRun.of("show", "--db", db().toString(), "1");
        assertThat(show.status()).isZero();
        assertThat(show.out()).isEqualTo(ARTICLE.replace("\r\n", "\n"));
    }

    @Test
    void reimportIsSkippedWithAMessageAndExitsZero() throws Exception {
        Path a = write("a.txt", ARTICLE, StandardCharsets.UTF_8);
        CliRun.of("import", "--db", db().toString(), a.toString());
        Path again = write("copy.txt", ARTICLE, StandardCharsets.UTF_16);
        CliRun run = CliRun.of("import", "--db", db().toString(), again.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("copy.txt").contains("already in the library");
        assertThat(CliRun.of("list", "--db", db().toString()).out().lines()).hasSize(1);
    }

    @Test
    void aRefusedFileIsNamedWithItsReasonAndTheRestGoesThrough() throws Exception {
        write("good.txt", ARTICLE, StandardCharsets.UTF_8);
        Path empty = write("empty.txt", "  \n\t ", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--db", db().toString(), dir.resolve("in").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(empty.toString()).containsIgnoringCase("empty");
        assertThat(CliRun.of("list", "--db", db().toString()).out().lines()).hasSize(1);
    }

    @Test
    void nothingImportableExitsTwo() throws Exception {
        Path binary = dir.resolve("junk.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 0});
        CliRun run = CliRun.of("import", "--db", db().toString(), binary.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(binary.toString());
    }

    @Test
    void aFileOfUnknownTypeNamedDirectlyIsRefused() throws Exception {
        Path pdf = write("paper.pdf", "not really", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", "--db", db().toString(), pdf.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("paper.pdf");
    }

    @Test
    void everyCommandButImportRefusesAMissingLibrary() {
        Path missing = dir.resolve("missing.db");
        for (String command : List.of("list", "spans", "labels")) {
            CliRun run = CliRun.of(command, "--db", missing.toString());
            assertThat(run.status()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("no library at").doesNotContain("Exception");
        }
        assertThat(CliRun.of("show", "--db", missing.toString(), "1").status()).isEqualTo(2);
        assertThat(missing).doesNotExist();
    }

    @Test
    void theLibraryMayAlsoBeNamedBeforeTheSubcommand() throws Exception {
        write("a.txt", ARTICLE, StandardCharsets.UTF_8);
        CliRun.of("import", "--db", db().toString(), dir.resolve("in").toString());
        CliRun run = CliRun.of("--db", db().toString(), "list");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("list", "--db", db().toString()).out()).isNotEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("show", "--db", db().toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void showOfAnUnknownArticleSaysSo() throws Exception {
        write("a.txt", ARTICLE, StandardCharsets.UTF_8);
        CliRun.of("import", "--db", db().toString(), dir.resolve("in").toString());
        CliRun run = CliRun.of("show", "--db", db().toString(), "42");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no article 42");
    }

    @Test
    void labelsListTheDefaultSchemaAndSpansUseCodePointOffsets() throws Exception {
        String text = "😀 قالت وزارة الخارجية الأمريكية";
        write("a.txt", text, StandardCharsets.UTF_8);
        CliRun.of("import", "--db", db().toString(), dir.resolve("in").toString());

        List<String> labels = CliRun.of("labels", "--db", db().toString()).out().lines().toList();
        assertThat(labels).anySatisfy(line -> assertThat(line.split("\t")).hasSize(5).startsWith("STATE_GOV", "actor"));

        try (Library lib = SqliteLibrary.open(db(), false)) {
            var annotator = new AnnotationService(lib, "coder-a").open(1);
            annotator.createSpan("STATE_GOV", 7, 21);
        }
        List<String> spans = CliRun.of("spans", "--db", db().toString()).out().lines().toList();
        assertThat(spans).hasSize(1);
        String[] f = spans.get(0).split("\t", -1);
        assertThat(f).hasSize(7);
        assertThat(f[1]).isEqualTo("1");
        assertThat(f[2]).isEqualTo("STATE_GOV");
        int start = Integer.parseInt(f[3]);
        int end = Integer.parseInt(f[4]);
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, start, end - start)).isEqualTo(f[5]).isEqualTo("وزارة الخارجية");
        assertThat(f[6]).isEqualTo("coder-a");
        assertThat(CliRun.of("spans", "--db", db().toString(), "1").out()).isEqualTo(CliRun.of("spans", "--db", db().toString()).out());
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "my notes");
        CliRun run = CliRun.of("import", "--db", notes.toString(), dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not a Hashiya library");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }
}
