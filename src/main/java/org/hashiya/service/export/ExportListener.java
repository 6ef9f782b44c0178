package org.hashiya.service.export;

/** Hears how far an export has come: articles done out of the chosen total. Called on the exporting thread. */
public interface ExportListener {
    ExportListener NONE = (done, total) -> { };

    void progress(long articlesDone, long articlesTotal);
}
