package org.hashiya.bench.micro;

import java.util.concurrent.TimeUnit;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.LineEndings;
import org.hashiya.text.TextHash;
import org.hashiya.text.Titles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-article text work done on every import and every span: code point offset mapping (for
 * an all-Arabic text and for one with an emoji early on, the slow path), line ending
 * unification, hashing and titling. Sizes are in KB of generated article text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextBenchmarks {
    @Param({"5", "50"})
    public int kilobytes;

    public String arabic;
    public String withEmoji;
    public String crlf;
    public CodePointOffsets bmpOffsets;
    public CodePointOffsets emojiOffsets;

    @Setup(Level.Trial)
    public void setUp() {
        ArticleGenerator generator = new ArticleGenerator(7, ArticleGenerator.Sizes.AROUND_5KB);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() * 2 < kilobytes * 1024; i++) {
            sb.append(LineEndings.unify(generator.text(i)));
        }
        arabic = sb.toString();
        withEmoji = "😀" + arabic;
        crlf = arabic.replace("\n", "\r\n");
        bmpOffsets = new CodePointOffsets(arabic);
        emojiOffsets = new CodePointOffsets(withEmoji);
    }

    @Benchmark
    public CodePointOffsets offsetsConstruct() {
        return new CodePointOffsets(arabic);
    }

    /** Mapping the end of the text: the worst case of the supplementary-character path. */
    @Benchmark
    public int offsetsToCodePointWithEmoji() {
        return emojiOffsets.toCodePoint(withEmoji.length());
    }

    @Benchmark
    public int offsetsToUtf16WithEmoji() {
        return emojiOffsets.toUtf16(emojiOffsets.codePointLength());
    }

    @Benchmark
    public int offsetsToCodePointArabic() {
        return bmpOffsets.toCodePoint(arabic.length() / 2);
    }

    @Benchmark
    public String unifyCrlf() {
        return LineEndings.unify(crlf);
    }

    @Benchmark
    public String sha256() {
        return TextHash.sha256(arabic);
    }

    @Benchmark
    public String title() {
        return Titles.firstNonEmptyLine(arabic);
    }
}
