package org.hashiya.faults;

import java.nio.file.Path;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Child process for {@link ExportKillTest}: exports a library in the given format and prints
 * "progress N" after each article (slowed down a little, so a kill lands mid-way), then "done".
 */
public final class ExportChild {
    private ExportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        ExportFormat format = ExportFormat.fromId(args[1]);
        Path out = Path.of(args[2]);
        try (Library library = SqliteLibrary.open(db, false)) {
            new ExportService(library).export(new ExportRequest(format, SpanFilter.ALL, out, false, false),
                    (done, total) -> {
                        System.out.println("progress " + done);
                        System.out.flush();
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, () -> false);
        }
        System.out.println("done");
    }
}
