package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void anArabicAnnotatorNameIsRememberedAcrossInstances() {
        Path file = dir.resolve("config/hashiya/preferences.properties");
        assertThat(new UserPreferences(file).annotator()).isEmpty();

        new UserPreferences(file).setAnnotator("  منى  ");

        assertThat(new UserPreferences(file).annotator()).contains("منى");
    }

    @Test
    void anUnreadableFileCountsAsNoName() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 'a', '=', '\\', 'u', 'z'});
        assertThat(new UserPreferences(file).annotator()).isEmpty();
    }
}
