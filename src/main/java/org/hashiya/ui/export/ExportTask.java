package org.hashiya.ui.export;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.hashiya.service.export.ExportReport;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;

/**
 * One export on a background thread, with progress in articles. Cancelling asks the service to
 * stop between articles; the task then still succeeds, with a report that says it was cancelled
 * (and the service has removed its partial output), so the end is always one report.
 */
final class ExportTask extends Task<ExportReport> {
    private final ExportService service;
    private final ExportRequest request;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    ExportTask(ExportService service, ExportRequest request) {
        this.service = service;
        this.request = request;
    }

    @Override
    protected ExportReport call() {
        return service.export(request, (done, total) -> {
            updateProgress(done, total);
            updateMessage(String.format(Locale.ROOT, "%,d of %,d articles", done, total));
        }, cancelRequested::get);
    }

    /** Asks the export to stop after the article it is writing. */
    void requestCancel() {
        cancelRequested.set(true);
    }
}
