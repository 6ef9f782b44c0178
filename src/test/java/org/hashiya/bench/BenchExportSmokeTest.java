package org.hashiya.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hashiya.bench.export.ExportBench;
import org.hashiya.bench.export.JsonlGenerator;
import org.hashiya.io.SchemaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny size of bench/export-bench (3 articles, 40 spans each, one run), so that it keeps working:
 * Hashiya is started as its own process from the test class path (target/hashiya.jar is not built
 * yet when the tests run); the Python baseline and the pandas check run when there is a python3
 * (with pandas, for the check).
 */
class BenchExportSmokeTest {
    @TempDir
    Path out;

    @Test
    void tinyRunImportsExportsAndChecksWithPandas() throws Exception {
        // as bench/export-bench chooses: a python3 with pandas (a pyenv one often lacks apt's), else any python3
        String python = List.of("python3", "/usr/bin/python3").stream().filter(p -> runs(p, "import pandas"))
                .findFirst().orElse(runs("python3", "import csv") ? "python3" : null);
        boolean pandas = python != null && runs(python, "import pandas");
        List<String> hashiya = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hashiya.Launcher");
        ExportBench.Options options = new ExportBench.Options(List.of(3), 40, 0, 1, 7, out, hashiya, python, pandas, 50,
                Path.of("assets/schemas/default-schema.json"));

        ExportBench.Result result = new ExportBench(options).run();

        assertThat(result.rows()).extracting(ExportBench.Measured::what).startsWith(
                "hashiya import (JSONL)", "hashiya export --format spans-csv");
        assertThat(result.rows()).allSatisfy(r -> {
            assertThat(r.rows()).isEqualTo(120);
            assertThat(r.median()).isPositive();
            assertThat(r.maxRssKb()).isPositive();
        });
        List<String> csv = Files.readAllLines(out.resolve("export-3.csv"));
        assertThat(csv.get(0)).startsWith("article_id,article_title,");
        if (python != null) {
            assertThat(result.rows()).hasSize(3);
            assertThat(Files.readAllLines(out.resolve("baseline-3.csv")).get(0)).isEqualTo(csv.get(0));
        }
        if (pandas) {
            assertThat(result.checks()).singleElement().satisfies(c -> {
                assertThat(c.ok()).as(c.json()).isTrue();
                assertThat(c.json()).contains("\"rows\": 120", "\"text_mismatches\": 0");
            });
        }
        assertThat(ExportBench.markdown(result)).contains("| hashiya export --format spans-csv | 120 spans (3 articles)",
                "≥ 300,000 rows/s", "load avg");
    }

    @Test
    void generatedSpansCoverTheirTextInCodePoints() {
        JsonlGenerator generator = new JsonlGenerator(42, SchemaJson.readDefault());
        boolean astral = false;
        for (int i = 0; i < 16; i++) {
            String text = generator.text(i);
            astral |= text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
            assertThat(text).doesNotContain("\r").containsPattern("[A-Za-z]").containsPattern("[0-9]");
            List<JsonlGenerator.Entity> spans = generator.spans(i, text, 500);
            assertThat(spans).hasSize(500);
            int[] cps = text.codePoints().toArray();
            assertThat(spans).allSatisfy(s -> {
                assertThat(s.text()).isEqualTo(new String(cps, s.start(), s.end() - s.start())).isNotBlank();
                assertThat(s.text()).doesNotEndWith("،").doesNotEndWith(".");
            });
        }
        assertThat(astral).as("some articles hold characters outside the BMP").isTrue();
    }

    private static boolean runs(String python, String statement) {
        try {
            Process p = new ProcessBuilder(python, "-c", statement).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
