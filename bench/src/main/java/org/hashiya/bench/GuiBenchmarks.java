package org.hashiya.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.ReadingPane;
import org.hashiya.ui.reader.ReadingPosition;

/**
 * The reading pane's speed targets, measured in this JVM on JavaFX's headless Monocle platform
 * with software rendering (the properties surefire uses), in a shown 900 × 800 window. "Drawn"
 * means CSS, layout and a snapshot of the scene: the software renderer paints every pixel of it.
 */
final class GuiBenchmarks {
    static final double WIDTH = 900;
    static final double HEIGHT = 800;
    static final double TARGET_SECONDS = 0.5;
    static final double SHORTCUT_TARGET_SECONDS = 0.030;

    private final BenchOptions options;
    private Stage stage;
    private ReadingPane pane;

    GuiBenchmarks(BenchOptions options) {
        this.options = options;
    }

    /**
     * Headless JavaFX, unless the caller (surefire) already chose a platform, painted as the
     * workbench paints ({@link org.hashiya.ui.Rendering}); must run before the toolkit starts.
     */
    static void useHeadlessMonocle() {
        org.hashiya.ui.Rendering.prepare();
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", "1600x1200-32");
        }
    }

    void start() throws Exception {
        useHeadlessMonocle();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // a test harness started it
        }
        Platform.setImplicitExit(false);
        fx(() -> {
            pane = new ReadingPane();
            stage = new Stage();
            stage.setScene(new Scene(pane, WIDTH, HEIGHT));
            stage.show();
            return null;
        });
    }

    void stop() throws Exception {
        fx(() -> {
            stage.close();
            return null;
        });
    }

    /** setArticle of the long article (no spans) until its first screen is drawn. */
    Row openLongArticle(String text) throws Exception {
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), new Timing.Operation() {
            @Override
            public void setup() throws Exception {
                fx(() -> {
                    pane.setArticle("");
                    drawn();
                    return null;
                });
            }

            @Override
            public void run() throws Exception {
                fx(() -> {
                    pane.setArticle(text);
                    drawn();
                    return null;
                });
            }
        });
        return new Row("open a long article in the reading pane (setArticle → first screen drawn)", kb(text), "KB", stats, 1,
                "articles", "< 500 ms", stats.median() < TARGET_SECONDS, words(text) + " words");
    }

    /** Page after page down the article, each scroll by the viewport's height until drawn. */
    Row scrollPages(String text, int pages) throws Exception {
        fx(() -> {
            pane.setArticle(text);
            drawn();
            return null;
        });
        double[] seconds = new double[pages];
        int[] reached = new int[1];
        for (int i = 0; i < pages; i++) {
            int page = i;
            seconds[i] = fx(() -> {
                long start = System.nanoTime();
                ReadingPosition at = pane.getReadingPosition();
                pane.setReadingPosition(new ReadingPosition(at.paragraph(), at.offsetPx() + pane.getHeight()));
                drawn();
                reached[0] = pane.getReadingPosition().paragraph();
                return (System.nanoTime() - start) / 1e9;
            });
        }
        check(reached[0] > 10, "scrolling did not move down the article (at paragraph " + reached[0] + ")");
        Timing.Stats stats = new Timing.Stats(seconds, 0);
        return new Row("scroll the long article by one page (→ drawn)", kb(text), "KB", stats, 1, "pages", null, null,
                pages + " pages down to paragraph " + reached[0] + ", p95 " + Report.time(p95(seconds)));
    }

    /** Opening an article with many spans: store read, span check, highlights, setArticle, setHighlights, drawn. */
    Row openAnnotatedArticle(Path library, long articleId, int spans) throws Exception {
        int[] shown = new int[1];
        Timing.Stats stats;
        try (Library lib = SqliteLibrary.open(library, false)) {
            LabelSchema schema = lib.labels().schema();
            AnnotationService service = new AnnotationService(lib, "bench");
            stats = Timing.measure(options.warmups(), options.repetitions(), new Timing.Operation() {
                @Override
                public void setup() throws Exception {
                    fx(() -> {
                        pane.setArticle("");
                        drawn();
                        return null;
                    });
                }

                @Override
                public void run() throws Exception {
                    fx(() -> {
                        SpanBenchmarks.Opened opened = SpanBenchmarks.open(service, schema, articleId);
                        pane.setArticle(opened.article().text());
                        pane.setHighlights(opened.highlights());
                        drawn();
                        shown[0] = pane.getHighlights().size();
                        return null;
                    });
                }
            });
        }
        check(shown[0] == spans, "showed " + shown[0] + " highlights of " + spans);
        return new Row("open an article with N spans in the pane (store → drawn with highlights)", spans, "spans", stats, 1,
                "articles", "< 500 ms", stats.median() < TARGET_SECONDS, "1 MB article");
    }

    /**
     * The label shortcut on a selection: the span is stored (its own synchronous commit), its
     * highlight put in the pane, and the next pulse lays the pane out; then the frame is painted.
     */
    Row shortcutToHighlight(Path library, long articleId, int spans, int samples) throws Exception {
        double[] seconds = new double[samples];
        double[] work = new double[samples];
        int stored;
        try (Library lib = SqliteLibrary.open(library, false)) {
            LabelSchema schema = lib.labels().schema();
            String label = schema.active().stream().filter(l -> !l.shortcut().isEmpty()).map(SpanLabel::id).findFirst()
                    .orElse(schema.active().get(0).id());
            AnnotationService service = new AnnotationService(lib, "bench");
            ArticleAnnotator[] annotator = new ArticleAnnotator[1];
            CodePointOffsets[] offsets = new CodePointOffsets[1];
            fx(() -> {
                SpanBenchmarks.Opened opened = SpanBenchmarks.open(service, schema, articleId);
                annotator[0] = opened.annotator();
                offsets[0] = new CodePointOffsets(opened.article().text());
                pane.setArticle(opened.article().text());
                pane.setHighlights(opened.highlights());
                drawn();
                return null;
            });
            int length = annotator[0].article().length();
            Random random = new Random(options.seed() + 3);
            for (int i = 0; i < samples; i++) {
                int start = random.nextInt(Math.min(length - 20, 3000)); // on the first screens: painted at once
                int end = start + 3 + random.nextInt(15);
                CompletableFuture<Long> laidOut = new CompletableFuture<>();
                long[] begin = new long[2];
                fx(() -> {
                    begin[0] = System.nanoTime();
                    Span span = annotator[0].createSpan(label, start, end).span();
                    pane.putHighlight(SpanHighlights.of(offsets[0], span, schema));
                    begin[1] = System.nanoTime();
                    Runnable[] listener = new Runnable[1];
                    listener[0] = () -> {
                        pane.getScene().removePostLayoutPulseListener(listener[0]);
                        laidOut.complete(System.nanoTime());
                    };
                    pane.getScene().addPostLayoutPulseListener(listener[0]);
                    Platform.requestNextPulse();
                    return null;
                });
                long end1 = laidOut.get(10, TimeUnit.SECONDS);
                seconds[i] = (end1 - begin[0]) / 1e9;
                work[i] = (begin[1] - begin[0]) / 1e9;
            }
            stored = lib.spans().countByArticle(articleId);
        }
        check(stored >= spans + samples, "stored " + stored + " spans, expected at least " + (spans + samples));
        Timing.Stats stats = new Timing.Stats(seconds, 0);
        double p95 = p95(seconds);
        return new Row("label shortcut → span saved + highlight laid out at the next pulse", spans, "spans", stats, 1,
                "spans", "< 30 ms median and p95 (p95 " + Report.time(p95) + ")",
                stats.median() < SHORTCUT_TARGET_SECONDS && p95 < SHORTCUT_TARGET_SECONDS,
                samples + " shortcuts; store commit + putHighlight alone: median " + Report.time(new Timing.Stats(work, 0).median())
                        + ", p95 " + Report.time(p95(work)));
    }

    /** CSS, layout and a full software paint of the window. */
    private void drawn() {
        pane.applyCss();
        pane.layout();
        pane.getScene().snapshot(null);
    }

    static double p95(double[] seconds) {
        double[] s = seconds.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(0.95 * s.length) - 1)];
    }

    private static int kb(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1000;
    }

    private static String words(String text) {
        return String.format(Locale.ROOT, "%,d", text.split("\\s+").length);
    }

    static <T> T fx(Callable<T> task) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return task.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(300, TimeUnit.SECONDS);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
