package org.hashiya.faults;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * The process the fault tests kill, starve or lock out. Imports generated articles
 * {@code from..to-1} (a deterministic "folder") into a library in batches, and prints
 * {@code saved <sha256>} for each article only after its batch's commit has returned, so every
 * such line is a promise the library must keep. A refusal is printed as {@code error <message>}
 * (what the user would see) with exit code 3.
 *
 * <p>With a sixth argument {@code spansPerBatch > 0} it also annotates: after each batch it
 * opens articles of the batch through {@link AnnotationService} and labels random stretches with
 * {@link ArticleAnnotator#createSpan}, printing {@code saved span <id> <sha256> <start> <end> <label> .}
 * after each call has returned (its commit done); the final dot shows the line was printed whole.
 *
 * <p>Arguments: library seed from to batchSize [spansPerBatch]
 */
public final class ImportChild {
    public static final int REFUSED = 3;

    private ImportChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = Path.of(args[0]);
        ArticleGenerator generator = new ArticleGenerator(Long.parseLong(args[1]), ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        int batchSize = Integer.parseInt(args[4]);
        int spansPerBatch = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Random random = new Random(from * 7919L + batchSize);
        try (Library library = SqliteLibrary.open(file, true)) {
            List<String> labels = spansPerBatch > 0
                    ? new SchemaService(library).ensureSchema().active().stream().map(SpanLabel::id).toList() : List.of();
            AnnotationService annotation = new AnnotationService(library, "crash-child");
            out.println("ready");
            for (int start = from; start < to; start += batchSize) {
                List<NewArticle> batch = generator.newArticles(start, Math.min(batchSize, to - start));
                List<AddResult> results = library.articles().addAll(batch);
                List<String> lines = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    lines.add("saved " + batch.get(i).importRecord().sha256() + (results.get(i).duplicate() ? " duplicate" : ""));
                }
                out.println(String.join("\n", lines));
                for (int k = 0; k < spansPerBatch; k++) {
                    int pick = random.nextInt(batch.size());
                    ArticleAnnotator annotator = annotation.open(results.get(pick).id());
                    int length = annotator.article().length();
                    int spanStart = random.nextInt(length - 1);
                    int spanEnd = Math.min(length, spanStart + 1 + random.nextInt(40));
                    String label = labels.get(random.nextInt(labels.size()));
                    Span span = annotator.createSpan(label, spanStart, spanEnd).span();
                    out.println("saved span " + span.id() + " " + batch.get(pick).importRecord().sha256() + " "
                            + spanStart + " " + spanEnd + " " + label + " .");
                }
            }
            out.println("done");
        } catch (LibraryException e) {
            out.println("error " + e.getMessage());
            System.exit(REFUSED);
        }
    }
}
