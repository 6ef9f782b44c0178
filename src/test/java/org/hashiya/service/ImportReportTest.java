package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    private static final Path FILE = Path.of("/articles/a.txt");

    private static List<ImportOutcome> outcomes(int imported, int duplicates, int refused, int skipped) {
        List<ImportOutcome> list = new ArrayList<>();
        for (int i = 0; i < imported; i++) {
            list.add(ImportOutcome.imported(FILE, i + 1, "UTF-8"));
        }
        for (int i = 0; i < duplicates; i++) {
            list.add(ImportOutcome.duplicate(FILE, 1, null));
        }
        for (int i = 0; i < refused; i++) {
            list.add(ImportOutcome.refused(FILE, "empty file"));
        }
        for (int i = 0; i < skipped; i++) {
            list.add(ImportOutcome.skipped(FILE, "not an article file (.pdf)"));
        }
        return list;
    }

    @Test
    void summarisesEveryKindOfOutcomeInOneLine() {
        ImportReport report = new ImportReport(outcomes(3, 1, 1, 2), 7, false, Optional.empty());
        assertThat(report.summary())
                .isEqualTo("Imported 3 articles; 1 already in the library; 1 refused; 2 other files skipped");
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(2);
    }

    @Test
    void usesTheSingularForOneAndLeavesOutWhatDidNotHappen() {
        assertThat(new ImportReport(outcomes(1, 0, 0, 1), 2, false, Optional.empty()).summary())
                .isEqualTo("Imported 1 article; 1 other file skipped");
        assertThat(new ImportReport(List.of(), 0, false, Optional.empty()).summary())
                .isEqualTo("Imported 0 articles");
    }

    @Test
    void saysWhenItWasCancelled() {
        assertThat(new ImportReport(outcomes(2, 0, 1, 0), 10, true, Optional.empty()).summary())
                .isEqualTo("Imported 2 articles; 1 refused; cancelled after 3 of 10 files");
    }

    @Test
    void describesAnOutcomeAsFileThenMessage() {
        assertThat(ImportOutcome.refused(FILE, "empty file").describe()).isEqualTo(FILE + ": empty file");
        assertThat(ImportOutcome.duplicate(FILE, 4, Path.of("/x/b.txt")).describe())
                .isEqualTo(FILE + ": same text as /x/b.txt, imported as article 4");
    }
}
