package org.hashiya.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.SelectionService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.export.ExportException;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportListener;
import org.hashiya.service.export.ExportReport;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Write a labeled set: spans-csv, articles-csv, article-codings-csv, events-csv, jsonl, brat (a folder) or conll.",
        "events-csv has one row per event role filler; an event is written when its trigger span is chosen.",
        "article-codings-csv has one row per article and coder: this library's own (under --owner), then each coder's.",
        "A coder's row holds the status, relevance, tags and note that 'hashiya merge' brought in.",
        "Filters combine; a repeated option means any of its values. Offsets are code points, end exclusive.",
        "The file is written next to the target and renamed at the end: a failed export leaves nothing there."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "spans-csv, articles-csv, article-codings-csv, events-csv, jsonl, brat or conll.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file (a folder for brat) to write.")
    Path out;

    @Mixin
    FilterOptions filters;

    @Option(names = "--excel", description = "CSV for Excel (spans-csv, articles-csv, events-csv): the file starts with"
            + " a UTF-8 byte order mark, so Excel shows Arabic, and a free-text cell starting with =, +, -, @, a tab or"
            + " a carriage return gets a leading ' so Excel does not run it as a formula. Free-text cells: titles,"
            + " source, URL, date, span text, context, note, annotator, reviewed_by, tags, source path; in events-csv"
            + " trigger_text, filler_text, role, annotator. Ids, offsets, hashes and times are never changed.")
    boolean excel;

    @Option(names = "--owner", paramLabel = "NAME", description = {
            "article-codings-csv: the annotator name this library's own rows carry.",
            "Default: your saved annotator name, else your system user name."})
    String owner;

    @Option(names = "--force", description = "Replace an existing file or folder.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat exportFormat;
        SpanFilter filter;
        try {
            exportFormat = ExportFormat.fromId(format);
            filter = filters.toFilter();
        } catch (IllegalArgumentException e) {
            err.println("hashiya export: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (excel && !exportFormat.isCsv()) {
            err.println("hashiya export: --excel applies to spans-csv, articles-csv, article-codings-csv and events-csv only");
            return ExitCodes.FAILED;
        }
        if (owner != null && !exportFormat.rowsAreCodings()) {
            err.println("hashiya export: --owner applies to article-codings-csv only");
            return ExitCodes.FAILED;
        }
        try (Library lib = library.openExisting()) {
            List<String> unknown = new SelectionService(lib).unknownLabels(filter);
            if (!unknown.isEmpty()) {
                err.println("hashiya export: no label " + String.join(", ", unknown) + " in " + lib.file()
                        + " (see 'hashiya labels --all')");
                return ExitCodes.FAILED;
            }
            ExportReport report = new ExportService(lib, ownerName()).export(
                    new ExportRequest(exportFormat, filter, out, excel, force), ExportListener.NONE, () -> false);
            err.println(report.summary());
            return ExitCodes.OK;
        } catch (ExportException e) {
            err.println("hashiya export: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private String ownerName() {
        if (owner != null && !owner.isBlank()) {
            return owner.strip();
        }
        return UserPreferences.of(UserFolders.forCurrentUser()).annotator().orElse(System.getProperty("user.name", ""));
    }
}
