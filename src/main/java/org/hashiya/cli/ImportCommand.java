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
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Import articles from files and folders (folders recursively).",
        "Plain articles come from .txt, .html and .htm files; annotated articles with their spans and events"
                + " from .jsonl (doccano's shapes and Hashiya's own) and brat (NAME.ann beside NAME.txt).",
        "Creates the library file if it is missing. Refused files are named on stderr with the reason."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Whose annotations the annotated files"
            + " (JSONL and brat) hold. Default: the annotator the file names, else your saved annotator name,"
            + " else your system user name.")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try (Library lib = library.openOrCreate()) {
            new SchemaService(lib).ensureSchema();
            String fallback = UserPreferences.of(UserFolders.forCurrentUser()).annotator()
                    .orElse(System.getProperty("user.name", ""));
            report = ArticleImporter.into(lib, Clock.systemUTC(), annotator, fallback).importPaths(paths, new ImportListener() {
                @Override
                public void notice(String message) {
                    err.println(message);
                }

                @Override
                public void outcome(ImportOutcome outcome) {
                    if (outcome.kind() != ImportOutcome.Kind.IMPORTED && outcome.kind() != ImportOutcome.Kind.SKIPPED) {
                        err.println(label(outcome) + outcome.describe());
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

    private static String label(ImportOutcome outcome) {
        return switch (outcome.kind()) {
            case DUPLICATE -> outcome.spansAdded() + outcome.eventsAdded() > 0 ? "" : "skipped: ";
            case REFUSED -> "refused: ";
            case NOT_STORED -> "not stored: ";
            default -> "";
        };
    }
}
