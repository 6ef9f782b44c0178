package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.service.EventListing;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "events", description = {
        "List events, one line per filled role.",
        "Fields: event_id, article_id, event_label, trigger_text, role, filler_span_id, filler_label,"
                + " filler_text, canonical_entry. An event without roles filled gives one line with the last five"
                + " fields empty. Ordered by article, trigger start, role."})
final class EventsCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this article's events.")
    Long articleId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library lib = library.openExisting()) {
            if (articleId != null && new ArticleCatalog(lib).article(articleId).isEmpty()) {
                err.println("hashiya events: no article " + articleId + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            new EventListing(lib).forEachArgument(articleId, line -> out.println(line.filler() == null
                    ? Tsv.record(line.event().id(), line.event().articleId(), line.trigger().labelId(), line.trigger().text(),
                            "", "", "", "", "")
                    : Tsv.record(line.event().id(), line.event().articleId(), line.trigger().labelId(), line.trigger().text(),
                            line.role(), line.filler().id(), line.filler().labelId(), line.filler().text(),
                            line.canonicalEntry() == 0 ? "" : line.canonicalEntry())));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
