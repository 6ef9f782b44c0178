package org.hashiya.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.hashiya.service.agreement.AgreementReport;
import org.hashiya.service.agreement.AgreementRow;
import org.hashiya.service.agreement.AgreementService;
import org.hashiya.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "agreement", description = {
        "Inter-coder agreement over the articles every named coder annotated, pooled over them.",
        "Prints label<TAB>f1<TAB>kappa<TAB>alpha<TAB>overlap_f1<TAB>spans_a<TAB>spans_b, one line per label any"
                + " of them used (by id), then ALL; two decimals, NA where a figure is undefined.",
        "f1: exact-span F1. overlap_f1: spans of one label that overlap, each matched once. kappa (Cohen) and"
                + " alpha (Krippendorff, nominal) over tokens (runs of letters, marks, numbers), a token's category"
                + " being the label of the shortest span containing it, or O. More than two coders: f1 and kappa"
                + " are means over pairs; spans_a/spans_b count the first two coders' spans.",
        "When they filled event roles, role:NAME lines (and role:* for all roles) come before ALL: f1 of event"
                + " arguments matching in role, trigger span and filler span (article, start, end, label); kappa,"
                + " alpha and overlap_f1 empty; spans_a/spans_b count arguments."})
final class AgreementCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    /** One value, split here: picocli's own split would show the option as repeatable, with its label twice. */
    @Option(names = "--annotators", paramLabel = "A,B[,C...]", required = true,
            description = "The coders to compare (at least two), separated by commas.")
    String annotators;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeatable).")
    List<Long> articles = List.of();

    @Option(names = "--per-article", description = "After the table, one line per article: article<TAB>ID<TAB>title<TAB>the ALL figures.")
    boolean perArticle;

    @Spec
    CommandSpec spec;

    /** The names between the commas of --annotators, empty ones left out. */
    private List<String> coders() {
        return Arrays.stream(annotators.split(",")).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library lib = library.openExisting()) {
            AgreementReport report;
            try {
                report = new AgreementService(lib).measure(coders(), articles);
            } catch (IllegalArgumentException e) {
                err.println("hashiya agreement: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (report.articles() == 0) {
                err.println("hashiya agreement: no article in " + lib.file() + " has spans of every one of "
                        + String.join(", ", report.coders()));
                return ExitCodes.FAILED;
            }
            for (AgreementRow row : report.rows()) {
                out.println(Tsv.record(row.cells().toArray()));
            }
            if (perArticle) {
                for (AgreementReport.ArticleAgreement a : report.perArticle()) {
                    AgreementRow row = a.all();
                    out.println(Tsv.record("article", a.articleId(), a.title(), AgreementRow.figure(row.f1()),
                            AgreementRow.figure(row.kappa()), AgreementRow.figure(row.alpha()),
                            AgreementRow.figure(row.overlapF1()), row.spansA(), row.spansB()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
