package org.hashiya.ui.reader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** Manual check: renders a text file with two highlights. Args: in.txt out.png [width] [height]. */
public final class RenderSampleMain {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).replace("\r\n", "\n");
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 700;
        OptionalInt height = args.length > 3 ? OptionalInt.of(Integer.parseInt(args[3])) : OptionalInt.empty();
        int w = text.indexOf("التحالف");
        int t = text.indexOf("التنظيمات");
        List<Highlight> hl = List.of(
                Highlight.of("a", w, w + "التحالف الدولي".length(), "#ffd54f"),
                Highlight.of("b", t + 2, t + "التنظيمات".length(), "#a5d6a7"));
        long t0 = System.nanoTime();
        int h = ArticleRenderer.renderToPng(text, hl, width, height, Path.of(args[1]));
        System.out.printf("rendered %d px tall in %d ms%n", h, (System.nanoTime() - t0) / 1_000_000);
        System.exit(0);
    }
}
