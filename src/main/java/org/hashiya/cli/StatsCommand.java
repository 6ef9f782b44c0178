package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.Statistics;
import org.hashiya.service.SelectionService;
import org.hashiya.service.StatisticsService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = {
        "Count the library's annotations: section, key, count, one figure a line.",
        "Sections in order: total (spans, articles), label (id, schema order), kind, annotator, status (articles),"
                + " spans_per_article (articles per bucket: 0, 1, 2-5, 6-10, 11-20, 21-50, 51-100, 101-500, 501-1000,"
                + " 1001+), activity (spans per day created, UTC, and annotator: key 'YYYY-MM-DD ANNOTATOR').",
        "Takes the same filters as export: the figures count the chosen spans and articles."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Mixin
    FilterOptions filters;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpanFilter filter;
        try {
            filter = filters.toFilter();
        } catch (IllegalArgumentException e) {
            err.println("hashiya stats: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (Library lib = library.openExisting()) {
            List<String> unknown = new SelectionService(lib).unknownLabels(filter);
            if (!unknown.isEmpty()) {
                err.println("hashiya stats: no label " + String.join(", ", unknown) + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            for (Statistics.Line line : new StatisticsService(lib).statistics(filter).lines()) {
                out.println(Tsv.record(line.section(), line.key(), line.count()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
