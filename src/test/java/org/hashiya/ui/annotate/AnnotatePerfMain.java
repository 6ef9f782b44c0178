package org.hashiya.ui.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.Highlight;

/**
 * Manual measurement (not a test): opening an article with 5,000 spans in the view model, and one
 * shortcut action (store + span list + highlight), without a window. Run with the test classpath.
 */
public final class AnnotatePerfMain {
    public static void main(String[] args) throws Exception {
        StringBuilder text = new StringBuilder();
        String para = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة التنظيمات المتشددة.\n";
        while (text.length() < 120_000) {
            text.append(para);
        }
        Path file = Files.createTempDirectory("hashiya-perf").resolve("lib.db");
        try (Library library = SqliteLibrary.open(file, true)) {
            new SchemaService(library).ensureSchema();
            long id = TestArticles.add(library, "perf", text.toString());
            String t = text.toString();
            Instant now = Instant.now();
            for (int i = 0; i < 5000; i++) {
                int start = (i * 23) % (t.length() - 20);
                library.spans().put(new org.hashiya.domain.Span(i + 1, id, "PERSON", start, start + 7, t.substring(start, start + 7),
                        "perf", now, now, ""));
            }
            AnnotationViewModel model = new AnnotationViewModel();
            int[] calls = {0};
            model.addHighlightSink(new AnnotationViewModel.HighlightSink() {
                public void reset(List<Highlight> all) { calls[0] += all.size(); }
                public void put(Highlight h) { calls[0]++; }
                public void remove(String hid) { calls[0]++; }
            });
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                model.open(library, id, "perf");
                long t1 = System.nanoTime();
                System.out.printf("open with %d spans: %.1f ms%n", model.spans().size(), (t1 - t0) / 1e6);
            }
            for (int round = 0; round < 5; round++) {
                int at = 500 + round * 1000;
                model.setSelection(at, at + 12, false);
                long t0 = System.nanoTime();
                model.applyShortcut("1", false);
                long t1 = System.nanoTime();
                System.out.printf("shortcut -> stored, listed, highlight sent: %.2f ms (%d spans)%n", (t1 - t0) / 1e6, model.spans().size());
            }
        }
    }
}
