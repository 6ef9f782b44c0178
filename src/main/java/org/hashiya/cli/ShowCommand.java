package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hashiya.domain.Article;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print an article's stored text exactly, nothing added.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "ID", description = "Article id (see 'list').")
    long id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Library lib = library.openExisting()) {
            Article article = new ArticleCatalog(lib).article(id).orElse(null);
            if (article == null) {
                spec.commandLine().getErr().println("hashiya show: no article " + id + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(article.text());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
