package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "spans", description = {
        "List annotated spans: span_id, article_id, label, start, end, text, annotator.",
        "Offsets are Unicode code points, end exclusive (Python's text[start:end])."})
final class SpansCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this article's spans.")
    Long articleId;

    @Spec
    CommandSpec spec;

    private static void print(PrintWriter out, Span s) {
        out.println(Tsv.record(s.id(), s.articleId(), s.labelId(), s.start(), s.end(), s.text(), s.annotator()));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openExisting()) {
            if (articleId != null && lib.articles().find(articleId).isEmpty()) {
                spec.commandLine().getErr().println("hashiya spans: no article " + articleId + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            if (articleId == null) {
                lib.spans().forEach(s -> print(out, s)); // streamed: a library may hold millions
            } else {
                lib.spans().findByArticle(articleId).forEach(s -> print(out, s));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
