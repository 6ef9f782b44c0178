package org.hashiya.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    String position = "";
    MainViewModel model = new MainViewModel(SqliteLibrary::open, Runnable::run, Runnable::run);

    @AfterEach
    void close() {
        model.closeLibrary();
    }

    Path libraryWith(String... texts) {
        Path file = dir.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            for (String text : texts) {
                lib.articles().addAll(List.of(new NewArticle(text, new ArticleMetadata(text.lines().findFirst().orElse(""), "", "", ""),
                        new ImportRecord("", "UTF-8", Instant.EPOCH, TextHash.sha256(text)))));
            }
        }
        return file;
    }

    @Test
    void opensTheFirstArticleOfALibraryOpenedForTheFirstTime() {
        assertThat(model.openLibrary(libraryWith("أول\nنص", "ثان\nنص"), false)).isTrue();
        assertThat(model.list().visibleRows()).hasSize(2);
        assertThat(model.openArticleProperty().get().title()).isEqualTo("أول");
        assertThat(model.list().selectedProperty().get().id()).isEqualTo(1);
    }

    @Test
    void reopensTheArticleAndPositionTheUserLeftOff() {
        Path file = libraryWith("أول", "ثان", "ثالث");
        model.setPositionSource(() -> position);
        model.openLibrary(file, false);
        model.list().selectedProperty().set(model.list().visibleRows().get(2).summary());
        assertThat(model.openArticleProperty().get().title()).isEqualTo("ثالث");
        position = "12:40";
        model.closeLibrary();

        MainViewModel next = new MainViewModel(SqliteLibrary::open, Runnable::run, Runnable::run);
        next.openLibrary(file, false);
        assertThat(next.openArticleProperty().get().title()).isEqualTo("ثالث");
        assertThat(next.readingPositionProperty().get()).isEqualTo("12:40");
        next.closeLibrary();
    }

    @Test
    void aLibraryThatCannotBeOpenedIsReportedAndTheCurrentOneStays() throws Exception {
        model.openLibrary(libraryWith("أول"), false);
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database at all, just text");
        assertThat(model.openLibrary(junk, false)).isFalse();
        assertThat(model.statusProperty().get()).contains("not a Hashiya library");
        assertThat(model.libraryProperty().get().file()).isEqualTo(dir.resolve("lib.db"));
        assertThat(model.openArticleProperty().get().title()).isEqualTo("أول");
    }

    @Test
    void anUnsavedMetadataEditIsSavedWhenAnotherArticleIsOpened() {
        model.openLibrary(libraryWith("أول", "ثان"), false);
        model.metadata().sourceProperty().set("الجزيرة");
        model.list().selectedProperty().set(model.list().visibleRows().get(1).summary());
        assertThat(model.openArticleProperty().get().title()).isEqualTo("ثان");
        assertThat(model.metadata().sourceProperty().get()).isEmpty();
        model.open(1, "");
        assertThat(model.metadata().sourceProperty().get()).isEqualTo("الجزيرة");
    }

    @Test
    void savingMetadataUpdatesTheListRow() {
        model.openLibrary(libraryWith("أول"), false);
        model.metadata().titleProperty().set("عنوان محرر");
        model.metadata().save();
        assertThat(model.list().visibleRows().get(0).summary().title()).isEqualTo("عنوان محرر");
        assertThat(model.openArticleProperty().get().title()).isEqualTo("عنوان محرر");
    }
}
