package org.hashiya.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportOutcome;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Import articles from .txt and .html/.htm files and folders (recursively).",
        "Creates the library file if it is missing. Refused files are named on stderr with the reason."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try (Library lib = library.openOrCreate()) {
            new SchemaService(lib).ensureSchema();
            report = new ArticleImporter(lib.articles(), Clock.systemUTC()).importPaths(paths, new ImportListener() {
                @Override
                public void outcome(ImportOutcome outcome) {
                    if (outcome.kind() != ImportOutcome.Kind.IMPORTED && outcome.kind() != ImportOutcome.Kind.SKIPPED) {
                        err.println(label(outcome.kind()) + outcome.describe());
                    }
                }
            }, () -> false);
        }
        err.println(report.summary());
        if (report.storeError().isPresent() || (report.imported() + report.duplicates() == 0 && report.filesTotal() > 0
                && report.refused() + report.notStored() > 0)) {
            return ExitCodes.FAILED;
        }
        return report.refused() + report.notStored() > 0 ? ExitCodes.SOME_REFUSED : ExitCodes.OK;
    }

    private static String label(ImportOutcome.Kind kind) {
        return switch (kind) {
            case DUPLICATE -> "skipped: ";
            case REFUSED -> "refused: ";
            case NOT_STORED -> "not stored: ";
            default -> "";
        };
    }
}
