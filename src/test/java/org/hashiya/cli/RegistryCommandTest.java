package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hashiya actors, places and occurrences over a library made by hashiya import. */
class RegistryCommandTest {
    static final String FIRST = "واشنطن تدعو دول التحالف الدولي\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار في بغداد.";
    static final String SECOND = "🔥 الاجتماع الوزاري للتحالف\tالدولي؛ وبالتحالفِ نمضي. والتحالفات كثيرة.";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("lib.db").toString();
    }

    private void importArticles() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("2.txt"), SECOND, StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", "--db", db(), in.toString()).status()).isZero();
    }

    @Test
    void actorsImportListExportAndOccurrencesAccepted() throws Exception {
        importArticles();
        Path csv = dir.resolve("actors.csv");
        Files.writeString(csv, "name,english_name,type,aliases,country,wikidata,note\n"
                + "التحالف الدولي,Global Coalition,COALITION_IGO,التحالف|قوات التحالف,,Q2529567,\n"
                + "الولايات المتحدة,United States,STATE_GOV,واشنطن|أمريكا,USA,Q30,\n");
        CliRun imported = CliRun.of("actors", "--db", db(), "--import", csv.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).contains("imported 2 actors");

        CliRun list = CliRun.of("actors", "--db", db());
        assertThat(list.out().lines().toList()).containsExactly(
                "1\tCOALITION_IGO\tالتحالف الدولي\tGlobal Coalition\tالتحالف | قوات التحالف",
                "2\tSTATE_GOV\tالولايات المتحدة\tUnited States\tواشنطن | أمريكا");

        Path out = dir.resolve("out.csv");
        assertThat(CliRun.of("actors", "--db", db(), "--export", out.toString()).status()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("name,english_name,type,aliases,country,wikidata,note",
                "التحالف الدولي,Global Coalition,COALITION_IGO,التحالف|قوات التحالف,,Q2529567,",
                "الولايات المتحدة,United States,STATE_GOV,واشنطن|أمريكا,USA,Q30,");

        CliRun found = CliRun.of("occurrences", "--db", db(), "--entry", "1");
        assertThat(found.status()).isZero();
        List<String[]> rows = found.out().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).extracting(r -> r[0] + " " + r[3]).containsExactly(
                "1 التحالف الدولي", "1 التحالف الدولي", "2 للتحالف\\tالدولي", "2 وبالتحالفِ"); // the name across a tab, escaped
        int[] cps = SECOND.codePoints().toArray();
        String[] last = rows.get(3);
        assertThat(new String(cps, Integer.parseInt(last[1]), Integer.parseInt(last[2]) - Integer.parseInt(last[1])))
                .isEqualTo("وبالتحالفِ");

        CliRun accepted = CliRun.of("occurrences", "--db", db(), "--entry", "1", "--article", "2", "--accept", "--annotator", "amal");
        assertThat(accepted.err()).contains("2 spans made");
        assertThat(CliRun.of("spans", "--db", db()).out().lines().toList()).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("\tCOALITION_IGO\t").endsWith("\tamal"));
        assertThat(CliRun.of("occurrences", "--db", db(), "--entry", "1", "--article", "2").out()).isEmpty();
    }

    @Test
    void aBadFileImportsNothingAndSaysWhere() throws Exception {
        importArticles();
        Path csv = dir.resolve("places.csv");
        Files.writeString(csv, "name,english_name,aliases,country,province,latitude,longitude\n"
                + "بغداد,Baghdad,,IRQ,بغداد,33.3152,44.3661\n"
                + "الموصل,Mosul,,IRQ,نينوى,36.34,north\n");
        CliRun run = CliRun.of("places", "--db", db(), "--import", csv.toString());
        assertThat(run.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(csv + ":3: longitude 'north' is not a decimal number of degrees")
                .contains("nothing imported");
        assertThat(CliRun.of("places", "--db", db()).out()).isEmpty();
        assertThat(CliRun.of("occurrences", "--db", db(), "--entry", "9").err()).contains("no registry entry 9");
    }

    @Test
    void oneEntryImportedOrWrittenIsCountedInTheSingular() throws Exception {
        importArticles();
        Path csv = dir.resolve("places.csv");
        Files.writeString(csv, "name,english_name,aliases,country,province,latitude,longitude\n"
                + "بغداد,Baghdad,,IRQ,بغداد,33.3152,44.3661\n");
        CliRun run = CliRun.of("places", "--db", db(), "--import", csv.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("imported 1 place").doesNotContain("1 places");
        CliRun written = CliRun.of("places", "--db", db(), "--export", dir.resolve("out.csv").toString());
        assertThat(written.err()).contains("wrote 1 place to").doesNotContain("1 places");
    }
}
