package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hashiya.text.TextSlice;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    private static final String[] VALUES = {"", " ", "a", "قالَ", "12", "-3", "2026-01-02T03:04:05.678Z", "#hash",
        "\"quoted\"", "a,b", "line\nbreak", "cr\rlf", "=SUM(A1)", "+1", "@x", "\tindent", "trailing ", "0f3e-9a",
        "PERSON", "x_y", "😀", "\u200Fمرحبا\u200E", "ends with tab\t", "!bang", "null"};

    /** CsvCells writes exactly what Commons CSV's printer writes for the same cells, however they are handed in. */
    @Test
    void writesTheSameCharactersAsCommonsCsvPrinter() throws Exception {
        for (boolean excel : new boolean[] {false, true}) {
            Random random = new Random(excel ? 11 : 7);
            StringWriter ours = new StringWriter();
            StringWriter theirs = new StringWriter();
            CsvCells cells = new CsvCells(ours, excel, "a", "b", "c");
            if (excel) {
                theirs.write('\uFEFF');
            }
            try (CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.RFC4180.builder().setHeader("a", "b", "c").get())) {
                for (int row = 0; row < 2_000; row++) {
                    List<String> prefix = new ArrayList<>();
                    int prefixLength = random.nextInt(3);
                    CsvCells.Repeated repeated = cells.repeated();
                    for (int i = 0; i < prefixLength; i++) {
                        String v = pick(random);
                        boolean text = random.nextBoolean();
                        if (text) {
                            repeated.text(v);
                        } else {
                            repeated.plain(v);
                        }
                        prefix.add(text && excel ? CsvCells.defused(v) : v);
                    }
                    if (prefixLength > 0) {
                        cells.repeat(repeated);
                        for (String v : prefix) {
                            printer.print(v);
                        }
                    }
                    int n = random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        String v = pick(random);
                        switch (random.nextInt(4)) {
                            case 0 -> {
                                cells.plain(v);
                                printer.print(v);
                            }
                            case 1 -> {
                                cells.token(v);
                                printer.print(v);
                            }
                            case 2 -> {
                                String padded = "«" + v + "»";
                                cells.text(new TextSlice(padded, 1, 1 + v.length()));
                                printer.print(excel ? CsvCells.defused(v) : v);
                            }
                            default -> {
                                cells.text(v);
                                printer.print(excel ? CsvCells.defused(v) : v);
                            }
                        }
                    }
                    cells.endRow();
                    printer.println();
                }
            }
            cells.close();
            assertThat(ours.toString()).as("excel " + excel).isEqualTo(theirs.toString());
        }
    }

    @Test
    void aNumberOrTimeNeedsNoQuotesButAnythingElseIsQuotedByCommonsCsv() throws Exception {
        StringWriter out = new StringWriter();
        CsvCells cells = new CsvCells(out, false, "x", "y", "z");
        cells.token("");
        cells.token("a b");
        cells.token("2026-01-02T03:04:05Z");
        cells.endRow();
        cells.close();
        assertThat(out.toString()).isEqualTo("x,y,z\r\n\"\",a b,2026-01-02T03:04:05Z\r\n");
    }

    @Test
    void numbersAndTimesAreWrittenAsCommonsCsvWouldWriteThem() throws Exception {
        java.time.Instant[] times = {java.time.Instant.parse("2026-01-02T03:04:05.678Z"),
            java.time.Instant.parse("2026-01-02T03:04:05Z"), java.time.Instant.parse("1969-12-31T23:59:59.000001Z"), null};
        long[] numbers = {0, 7, -12, Long.MAX_VALUE};
        StringWriter ours = new StringWriter();
        StringWriter theirs = new StringWriter();
        CsvCells cells = new CsvCells(ours, false, "n", "t", "u");
        try (CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.RFC4180.builder().setHeader("n", "t", "u").get())) {
            for (int i = 0; i < 16; i++) {
                long n = numbers[i % 4];
                java.time.Instant t = times[i / 4];
                java.time.Instant u = times[(i + 1) % 4];
                cells.plain(n);
                cells.time(t);
                cells.time(u);
                cells.endRow();
                printer.printRecord(n, t == null ? "" : t.toString(), u == null ? "" : u.toString());
            }
        }
        cells.close();
        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }

    @Test
    void repeatedCellsOnlyBeginARow() throws Exception {
        CsvCells cells = new CsvCells(new StringWriter(), false, "x");
        cells.plain("a");
        assertThatThrownBy(() -> cells.repeat(cells.repeated().plain("b"))).isInstanceOf(IllegalStateException.class);
    }

    private static String pick(Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }
}
