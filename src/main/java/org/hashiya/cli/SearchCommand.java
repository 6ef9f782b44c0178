package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.service.search.SearchHit;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {
        "Find a word or phrase in every article, the Arabic way.",
        "Diacritics and tatweel are ignored; alef forms, ى/ي, ة/ه, Persian letters and digits are folded.",
        "Attached proclitics (و ف ب ك ل ال, لل) are accepted; a word that merely contains the query is not.",
        "Several words are a phrase.",
        "Prints article_id, start, end, matched_text, context (the sentence), by article and offset.",
        "Offsets are Unicode code points into the stored text, end exclusive."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The word or phrase (several arguments are one phrase).")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after the first N hits (default: all).")
    Long limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String phrase = String.join(" ", query);
        if (limit != null && limit < 1) {
            err.println("hashiya search: --limit must be at least 1");
            return ExitCodes.FAILED;
        }
        if (!SearchService.hasWords(phrase)) {
            err.println("hashiya search: the query has no words to look for");
            return ExitCodes.FAILED;
        }
        try (Library lib = library.openExisting()) {
            SearchService search = new SearchService(lib);
            if (search.articlesToIndex() > 0) {
                err.println("hashiya search: indexing " + search.articlesToIndex() + " articles (once, for this library)");
                search.buildIndex(new ProgressLine(err), () -> false);
            }
            long[] hits = {0};
            search.search(phrase, hit -> {
                print(out, hit);
                hits[0]++;
                return limit == null || hits[0] < limit;
            });
            out.flush();
            err.println("hashiya search: " + hits[0] + (hits[0] == 1 ? " hit" : " hits"));
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, SearchHit hit) {
        out.println(Tsv.record(hit.articleId(), hit.start(), hit.end(), hit.matchedText(), hit.context()));
    }

    /** Index progress on stderr, one line every tenth of the way. */
    private static final class ProgressLine implements org.hashiya.service.search.IndexListener {
        private final PrintWriter err;
        private int lastTenth = -1;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void indexed(int done, int total) {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println("hashiya search: indexed " + done + " of " + total + " articles");
                err.flush();
            }
        }
    }
}
