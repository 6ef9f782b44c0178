package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.service.SelectionService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "spans", description = {
        "List annotated spans: span_id, article_id, label, start, end, text, annotator.",
        "Offsets are Unicode code points, end exclusive (Python's text[start:end]).",
        "Takes the same filters as export."})
final class SpansCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this article's spans.")
    Long articleId;

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
            err.println("hashiya spans: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (Library lib = library.openExisting()) {
            if (articleId != null) {
                if (new ArticleCatalog(lib).article(articleId).isEmpty()) {
                    err.println("hashiya spans: no article " + articleId + " in " + lib.file());
                    return ExitCodes.FAILED;
                }
                Set<Long> articles = new HashSet<>(filter.articles());
                articles.add(articleId);
                filter = filter.withArticles(filter.articles().isEmpty() ? List.of(articleId) : articles);
            }
            SelectionService selection = new SelectionService(lib);
            List<String> unknown = selection.unknownLabels(filter);
            if (!unknown.isEmpty()) {
                err.println("hashiya spans: no label " + String.join(", ", unknown) + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            selection.forEachSpan(filter, s -> print(out, s)); // streamed: a library may hold millions
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Span s) {
        out.println(Tsv.record(s.id(), s.articleId(), s.labelId(), s.start(), s.end(), s.text(), s.annotator()));
    }
}
