package org.hashiya.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.hashiya.domain.Article;
import org.hashiya.service.ArticleCatalog;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.ArticleRenderer;
import org.hashiya.ui.reader.Highlight;
import org.hashiya.ui.reader.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", description = {
        "Draw an article as the reading pane shows it (font, layout, highlights) to a PNG.",
        "Works with no display. The whole article unless --height cuts it (at most "
                + ArticleRenderer.DEFAULT_MAX_HEIGHT + " px by default)."})
final class RenderCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Option(names = "--width", paramLabel = "PX", required = true, description = "Wrap at this width in pixels.")
    int width;

    @Option(names = "--height", paramLabel = "PX", description = "Cut the image at this height in pixels.")
    Integer height;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "Where to write the PNG.")
    Path out;

    @Parameters(paramLabel = "ID", description = "Article id (see 'list').")
    long id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Article article;
        List<Highlight> highlights;
        try (Library lib = library.openExisting()) {
            ArticleCatalog catalog = new ArticleCatalog(lib);
            article = catalog.article(id).orElse(null);
            if (article == null) {
                spec.commandLine().getErr().println("hashiya render: no article " + id + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            highlights = SpanHighlights.of(article.text(), catalog.spansOf(id), new SchemaService(lib).schema());
        }
        try {
            int drawn = ArticleRenderer.renderToPng(article.text(), highlights, width,
                    height == null ? OptionalInt.empty() : OptionalInt.of(height), out);
            spec.commandLine().getErr().println("wrote " + out + " (" + width + " x " + drawn + " px)");
            return ExitCodes.OK;
        } catch (RenderException e) {
            spec.commandLine().getErr().println("hashiya render: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
