package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the articles: id, title, length in characters, import time, status.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openExisting()) {
            for (ArticleSummary a : new ArticleCatalog(lib).summaries()) {
                out.println(Tsv.record(a.id(), a.title(), a.length(), a.importedAt(), a.status().id()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
