package org.hashiya.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.service.SchemaService;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedFileShowsWhyAndNothingIsRefreshed() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a library");
        List<String> status = new ArrayList<>();
        int[] refreshed = {0};
        try (Library lib = SqliteLibrary.open(dir.resolve("mine.db"), true)) {
            new SchemaService(lib).ensureSchema();
            MergeViewModel model = new MergeViewModel(new MergeService(lib), Runnable::run, Runnable::run,
                    () -> refreshed[0]++, status::add);
            model.merge(List.of(notes));
            assertThat(model.runningProperty().get()).isFalse();
            assertThat(model.finishedProperty().get()).isTrue();
            assertThat(model.summary()).singleElement().asString()
                    .startsWith("Nothing was merged: ").contains("notes.db is not a Hashiya library");
            assertThat(model.messageProperty().get()).isEqualTo("Refused: nothing was written.");
            assertThat(status).last().asString().startsWith("Merge refused");
            assertThat(refreshed[0]).isZero();
        }
    }
}
