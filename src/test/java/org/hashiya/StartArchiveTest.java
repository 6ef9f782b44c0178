package org.hashiya;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartArchiveTest {
    @TempDir
    Path appDir;

    @Test
    void anImageInANewFolderMakesItsArchiveAgain() throws Exception {
        Files.writeString(appDir.resolve(StartArchive.CLASS_LIST), "java/lang/Object\n");
        assertThat(StartArchive.needed(appDir)).as("never made").isTrue();

        Files.writeString(appDir.resolve(StartArchive.MADE_FOR), "/where/it/was/built/lib/app\n");
        assertThat(StartArchive.needed(appDir)).as("made for another folder").isTrue();
    }

    @Test
    void anArchiveMadeOrTriedForThisFolderIsNotMadeAgain() throws Exception {
        Files.writeString(appDir.resolve(StartArchive.CLASS_LIST), "java/lang/Object\n");
        Files.writeString(appDir.resolve(StartArchive.MADE_FOR), appDir.toAbsolutePath() + "\n");
        assertThat(StartArchive.needed(appDir)).isFalse();
    }

    @Test
    void withoutAClassListThereIsNothingToMakeItFrom() {
        assertThat(StartArchive.needed(appDir)).isFalse();
    }

    @Test
    void underJavaDashJarNothingHappens() {
        // the test JVM is no app image: no jpackage.app-path
        StartArchive.refreshLaterIfNeeded();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("hashiya-start-archive"));
    }
}
