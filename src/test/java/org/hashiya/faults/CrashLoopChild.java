package org.hashiya.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportListener;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.service.merge.MergeService;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * The process {@link CrashLoop} kills: opens (or creates) a library and runs the operations it is
 * given one after the other through the program's services, as the workbench and the command line
 * do. Before each it prints {@code begin <i> <kind> <fingerprint> <params...> .} (the library's
 * {@link LibraryFingerprint} before, and what it is about to do), and after the operation has
 * returned (its commit done) {@code confirmed <i> <kind> <fingerprint> <result> .}: every such line
 * is a promise the library must keep. The final dot shows a line was printed whole.
 *
 * <p>Arguments: library seed exportFolder operation... where an operation is {@code import},
 * {@code annotate}, {@code merge=THEIRS.db}, {@code export}, {@code relabel}, {@code review} or
 * {@code delete}. Relabel and delete choose only merged coders' spans ({@link CrashLoop#CODERS}), so
 * the spans this child promised stay as promised; review marks spans of a label reviewed.
 */
public final class CrashLoopChild {
    static final String ANNOTATOR = "crash-child";
    static final String REVIEWER = "crash-reviewer";

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final Library library;
    private final Connection counts;
    private final ArticleGenerator generator;
    private final Random random;
    private final Path exportFolder;
    private final List<String> labels;
    private final List<Long> articleIds = new ArrayList<>();
    private final AnnotationService annotation;
    private final ReviewService review;

    private CrashLoopChild(Library library, Connection counts, long seed, Path exportFolder) {
        this.library = library;
        this.counts = counts;
        this.generator = new ArticleGenerator(CrashLoop.GENERATOR_SEED, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        this.random = new Random(seed);
        this.exportFolder = exportFolder;
        this.labels = new SchemaService(library).ensureSchema().active().stream().map(SpanLabel::id).toList();
        this.annotation = new AnnotationService(library, ANNOTATOR);
        this.review = new ReviewService(library, REVIEWER);
        library.articles().listSummaries().stream().map(ArticleSummary::id).forEach(articleIds::add);
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (Library library = SqliteLibrary.open(file, true);
             Connection counts = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            CrashLoopChild child = new CrashLoopChild(library, counts, Long.parseLong(args[1]), Path.of(args[2]));
            child.out.println("ready");
            for (int i = 3; i < args.length; i++) {
                child.run(i - 3, args[i]);
            }
            child.out.println("done");
        }
    }

    private void run(int i, String operation) throws Exception {
        CrashLoop.Kind kind = CrashLoop.Kind.of(operation);
        LibraryFingerprint before = LibraryFingerprint.of(counts);
        String result = switch (kind) {
            case IMPORT -> importBatch(i, before);
            case ANNOTATE -> annotate(i, before);
            case MERGE -> {
                String theirs = operation.substring(operation.indexOf('=') + 1);
                begin(i, kind, before, theirs);
                new MergeService(library).merge(List.of(Path.of(theirs)), MergeService.Listener.NONE);
                yield "-";
            }
            case EXPORT -> export(i, before);
            case RELABEL -> relabel(i, before);
            case REVIEW -> markReviewed(i, before);
            case DELETE -> delete(i, before);
        };
        out.println("confirmed " + i + " " + kind.id() + " " + LibraryFingerprint.of(counts).word() + " " + result + " .");
    }

    private void begin(int i, CrashLoop.Kind kind, LibraryFingerprint before, Object... params) {
        StringBuilder line = new StringBuilder("begin " + i + " " + kind.id() + " " + before.word());
        for (Object p : params) {
            line.append(' ').append(p);
        }
        out.println(line.append(" .").toString());
    }

    private String importBatch(int i, LibraryFingerprint before) throws Exception {
        int from = random.nextInt(CrashLoop.ARTICLES);
        int count = Math.min(1 + random.nextInt(40), CrashLoop.ARTICLES - from);
        List<NewArticle> batch = generator.newArticles(from, count);
        int fresh = 0;
        try (PreparedStatement st = counts.prepareStatement("SELECT count(*) FROM article WHERE sha256 = ?")) {
            for (NewArticle a : batch) {
                st.setString(1, a.importRecord().sha256());
                try (ResultSet rs = st.executeQuery()) {
                    fresh += rs.getLong(1) == 0 ? 1 : 0;
                }
            }
        }
        begin(i, CrashLoop.Kind.IMPORT, before, from, count, fresh);
        for (AddResult added : library.articles().addAll(batch)) {
            if (!added.duplicate()) {
                articleIds.add(added.id());
            }
        }
        return "-";
    }

    private String annotate(int i, LibraryFingerprint before) {
        if (articleIds.isEmpty()) {
            return nothingToAnnotate(i, before);
        }
        ArticleAnnotator annotator = annotation.open(articleIds.get(random.nextInt(articleIds.size())));
        int length = annotator.article().length();
        int start = random.nextInt(length - 1);
        int end = Math.min(length, start + 1 + random.nextInt(40));
        String label = labels.get(random.nextInt(labels.size()));
        begin(i, CrashLoop.Kind.ANNOTATE, before, annotator.article().importRecord().sha256(), start, end, label);
        Span span = annotator.createSpan(label, start, end).span();
        return Long.toString(span.id());
    }

    /** With no article yet there is nothing to annotate: say so, change nothing. */
    private String nothingToAnnotate(int i, LibraryFingerprint before) {
        begin(i, CrashLoop.Kind.ANNOTATE, before, "none", 0, 0, "-");
        return "-";
    }

    private String export(int i, LibraryFingerprint before) {
        boolean csv = random.nextBoolean();
        ExportFormat format = csv ? ExportFormat.SPANS_CSV : ExportFormat.JSONL;
        Path target = exportFolder.resolve("export-" + ProcessHandle.current().pid() + "-" + i + (csv ? ".csv" : ".jsonl"));
        begin(i, CrashLoop.Kind.EXPORT, before, format.id(), target, csv ? before.spans() : before.articles());
        new ExportService(library).export(new ExportRequest(format, SpanFilter.ALL, target, false, false),
                ExportListener.NONE, () -> false);
        return "-";
    }

    private String relabel(int i, LibraryFingerprint before) {
        String from = labelOf(before, true);
        String to = labels.get(random.nextInt(labels.size()));
        begin(i, CrashLoop.Kind.RELABEL, before, from, to);
        review.relabel(codersSpans(from), to);
        return "-";
    }

    private String markReviewed(int i, LibraryFingerprint before) {
        String label = labelOf(before, false);
        begin(i, CrashLoop.Kind.REVIEW, before, label);
        review.markReviewed(RowSelection.all(ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(Set.of(label))),
                ReviewSort.LIBRARY), true);
        return "-";
    }

    private String delete(int i, LibraryFingerprint before) {
        String label = labelOf(before, true);
        begin(i, CrashLoop.Kind.DELETE, before, label);
        review.delete(codersSpans(label));
        return "-";
    }

    private static RowSelection codersSpans(String label) {
        SpanFilter spans = SpanFilter.ALL.withLabels(Set.of(label)).withAnnotators(CrashLoop.CODERS);
        return RowSelection.all(ReviewFilter.ALL.withSpans(spans), ReviewSort.LIBRARY);
    }

    /** A label that has spans (of the merged coders only, if asked), or any label when none has. */
    private String labelOf(LibraryFingerprint before, boolean codersOnly) {
        List<String> used = before.spanCounts().keySet().stream()
                .filter(k -> !codersOnly || CrashLoop.CODERS.contains(k.annotator()))
                .map(LibraryFingerprint.SpanKey::label).filter(labels::contains).distinct().toList();
        List<String> from = used.isEmpty() ? labels : used;
        return from.get(random.nextInt(from.size()));
    }
}
