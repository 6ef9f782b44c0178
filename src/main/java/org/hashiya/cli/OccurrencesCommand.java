package org.hashiya.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.registry.Occurrence;
import org.hashiya.service.registry.OccurrenceFinder;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "occurrences", description = {
        "Annotate all occurrences: every mention of a registry entry's name and aliases.",
        "Mentions are found the Arabic way, as hashiya search finds them: proclitics and diacritics allowed,"
                + " never the inside of another word.",
        "Prints the proposals as article_id, start, end, matched_text, context (the sentence), by article"
                + " and offset; offsets are Unicode code points into the stored text, end exclusive, covering whole"
                + " stored words. Mentions already linked to the entry by a span of its label are not proposed.",
        "--accept makes them spans of the entry's label (an actor's type; for a place the schema's first"
                + " place label) linked to the entry; a span of that label on the same characters is linked instead."})
final class OccurrencesCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Option(names = "--entry", required = true, paramLabel = "ID", description = "The registry entry (see hashiya actors / places).")
    long entryId;

    @Option(names = "--article", paramLabel = "ID", description = "Only in this article.")
    Long articleId;

    @Option(names = "--accept", description = "Store the proposals as linked spans.")
    boolean accept;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Whose spans --accept makes. Default: your saved annotator name, else your system user name.")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library lib = library.openExisting()) {
            RegistryService registry = new RegistryService(lib);
            RegistryEntry entry = registry.find(entryId).orElse(null);
            if (entry == null) {
                err.println("hashiya occurrences: no registry entry " + entryId + " in " + lib.file());
                return ExitCodes.FAILED;
            }
            OccurrenceFinder finder = new OccurrenceFinder(lib, registry);
            if (finder.search().articlesToIndex() > 0) {
                err.println("hashiya occurrences: indexing " + finder.search().articlesToIndex() + " articles (once, for this library)");
                finder.search().buildIndex((done, total) -> { }, () -> false);
            }
            List<Occurrence> proposals = finder.find(entry, articleId);
            for (Occurrence o : proposals) {
                out.println(Tsv.record(o.articleId(), o.start(), o.end(), o.hit().matchedText(), o.hit().context()));
            }
            out.flush();
            err.println("hashiya occurrences: " + proposals.size() + (proposals.size() == 1 ? " proposal" : " proposals")
                    + " for «" + entry.name() + "»");
            if (accept && !proposals.isEmpty()) {
                OccurrenceFinder.Accepted done = finder.accept(entry, proposals, annotatorName(), Clock.systemUTC());
                err.println("hashiya occurrences: accepted: " + done.created() + " spans made, " + done.linked()
                        + " existing spans linked");
            }
            return ExitCodes.OK;
        } catch (AnnotationException e) {
            err.println("hashiya occurrences: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private String annotatorName() {
        if (annotator != null && !annotator.isBlank()) {
            return annotator.strip();
        }
        return UserPreferences.of(UserFolders.forCurrentUser()).annotator().orElse(System.getProperty("user.name", ""));
    }
}
