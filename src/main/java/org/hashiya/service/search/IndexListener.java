package org.hashiya.service.search;

/** Hears how far building the search index has come. */
@FunctionalInterface
public interface IndexListener {
    IndexListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} articles indexed so far; called after every batch. */
    void indexed(int done, int total);
}
