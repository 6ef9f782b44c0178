package org.hashiya.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.service.merge.MergeReport;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", description = {
        "Bring other coders' libraries into this one (--db), in one transaction: all or nothing.",
        "Articles match by the SHA-256 of their text; new ones come with their metadata. Their spans keep"
                + " their UUIDs and annotator names; their article status, relevance, tags and note are kept under"
                + " their name (the annotator with most spans in the file). Labels this library lacks are added; a"
                + " label id used here for another kind is kept apart as ID_KIND. Nothing of this library changes.",
        "Merging the same library again adds nothing and says so. Exit status 0 when merged (or nothing"
                + " new), 2 when a file is refused (nothing is written then)."})
final class MergeCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "THEIRS", arity = "1..*", description = "Libraries to bring in (at most 9).")
    List<Path> theirs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getErr(); // a summary: stderr, as README's conventions say
        try (Library lib = library.openExisting()) {
            MergeReport report = new MergeService(lib).merge(theirs, MergeService.Listener.NONE);
            for (String line : report.lines()) {
                out.println(line);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
