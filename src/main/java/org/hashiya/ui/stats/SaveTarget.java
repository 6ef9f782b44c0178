package org.hashiya.ui.stats;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a chart: the window shows a file chooser, tests answer with a path. */
@FunctionalInterface
public interface SaveTarget {
    /**
     * @param extension {@code png} or {@code csv}
     * @return the file, or empty when the user cancelled
     */
    Optional<Path> choose(ChartId chart, String extension);
}
