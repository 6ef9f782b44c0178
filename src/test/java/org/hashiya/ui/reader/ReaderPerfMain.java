package org.hashiya.ui.reader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;

/**
 * Manual measurement: open time of a ~1 MB article and add-highlight time with 5,000 highlights.
 * Args: sample.txt [many|few|huge]: the sample's own paragraphs; ~140 paragraphs of ~1,100 words;
 * 4 paragraphs of ~40,000 words.
 */
public final class ReaderPerfMain {
    public static void main(String[] args) throws Exception {
        String sample = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).replace("\r\n", "\n");
        boolean huge = args.length > 1 && args[1].equals("huge");
        boolean few = huge || args.length > 1 && args[1].equals("few");
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(few ? sample.replace('\n', ' ') : sample);
            if (few && !huge && sb.length() % 5 == 0) {
                sb.append('\n');
            }
        }
        String text = few ? sb.toString().replace("  ", " ") : sb.toString();
        if (few) { // 4 huge paragraphs
            StringBuilder t = new StringBuilder(text);
            for (int k = 1; k < 4; k++) t.setCharAt(t.indexOf(" ", k * 250_000), '\n');
            text = t.toString();
        }
        String article = text;
        FxToolkit.ensureStarted();
        System.out.printf("chars=%d paragraphs=%d words~%d%n", article.length(), new ArticleText(article).paragraphCount(),
                article.split("\\s+").length);
        FxToolkit.call(() -> {
            ReadingPane warm = new ReadingPane();
            new Scene(warm, 900, 800);
            warm.setArticle(sample);
            warm.applyCss();
            warm.layout();
            return null;
        }, 60);
        for (int run = 0; run < 2; run++) {
            long[] t = FxToolkit.call(() -> {
                ReadingPane pane = new ReadingPane();
                new Scene(pane, 900, 800);
                pane.applyCss();
                long t0 = System.nanoTime();
                pane.setArticle(article);
                long t1 = System.nanoTime();
                pane.applyCss();
                pane.layout();
                pane.snapshot(null, null);
                long t2 = System.nanoTime();
                // 5,000 highlights spread over the article
                List<Highlight> hl = new ArrayList<>();
                int step = article.length() / 5000;
                for (int i = 0; i < 5000; i++) {
                    hl.add(Highlight.of("h" + i, i * step, i * step + 7, "#ffd54f"));
                }
                pane.setHighlights(hl);
                pane.layout();
                long t3 = System.nanoTime();
                long[] adds = new long[50];
                for (int i = 0; i < adds.length; i++) {
                    long a = System.nanoTime();
                    pane.putHighlight(Highlight.of("new" + i, 100 + i * 20, 110 + i * 20, "#a5d6a7"));
                    pane.layout();
                    adds[i] = System.nanoTime() - a;
                }
                Arrays.sort(adds);
                long[] sels = new long[50];
                for (int i = 0; i < sels.length; i++) {
                    long a = System.nanoTime();
                    pane.selectRange(50 + i, 400 + i * 3);
                    pane.layout();
                    sels[i] = System.nanoTime() - a;
                }
                Arrays.sort(sels);
                long s0 = System.nanoTime();
                pane.showParagraph(new ArticleText(article).paragraphCount() / 2);
                pane.layout();
                long s1 = System.nanoTime();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                return new long[] {t1 - t0, t2 - t1, t3 - t2, adds[25], adds[49], sels[25], s1 - s0,
                        (rt.totalMemory() - rt.freeMemory()) >> 20};
            }, 600);
            System.out.printf("run %d: setArticle %d ms, first screen +%d ms, 5000 highlights set %d ms, add-highlight median %.2f ms max %.2f ms, selection change median %.2f ms, jump to middle %d ms, heap after GC %d MB%n",
                    run, t[0] / 1_000_000, t[1] / 1_000_000, t[2] / 1_000_000, t[3] / 1e6, t[4] / 1e6, t[5] / 1e6, t[6] / 1_000_000, t[7]);
        }
        System.exit(0);
    }
}
