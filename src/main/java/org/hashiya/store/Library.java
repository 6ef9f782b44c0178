package org.hashiya.store;

import java.nio.file.Path;

/** An open library file and the repositories over it. Close it when done. */
public interface Library extends AutoCloseable {
    Path file();

    ArticleRepository articles();

    SettingsRepository settings();

    @Override
    void close();
}
