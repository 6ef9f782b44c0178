package org.hashiya.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.text.LineEndings;
import org.hashiya.text.TextHash;
import org.hashiya.text.Titles;

/**
 * Realistic synthetic articles built from the real ones in {@code assets/samples}: a breadcrumb, a
 * headline, shuffled body paragraphs up to a target size, sometimes the site's boilerplate tail,
 * and a dateline that makes each text unique. Article {@code i} depends only on the seed and
 * {@code i}, so a child process, a benchmark and a checker can all regenerate the same "folder".
 */
public final class ArticleGenerator {
    /** How long the generated articles are, in UTF-8 bytes. */
    public enum Sizes {
        /** About 5 KB each (±10%), the size the import target is stated for. */
        AROUND_5KB,
        /** Spread over 1-10 KB, skewed towards the middle, like a news feed. */
        VARIED_1_TO_10KB
    }

    private static final Instant IMPORTED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] CITIES = {"القاهرة", "بيروت", "دمشق", "بغداد", "عمّان", "الرياض", "تونس", "الرباط",
        "الخرطوم", "صنعاء", "الدوحة", "أبوظبي", "الجزائر", "طرابلس", "غزة", "القدس"};

    private final long seed;
    private final Sizes sizes;
    private final List<String> breadcrumbs = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private final List<String> tails = new ArrayList<>();

    public ArticleGenerator(long seed, Sizes sizes) {
        this(seed, sizes, defaultSamples());
    }

    public ArticleGenerator(long seed, Sizes sizes, Path samplesFolder) {
        this.seed = seed;
        this.sizes = sizes;
        for (Path sample : samples(samplesFolder)) {
            split(read(sample));
        }
        if (headlines.isEmpty() || body.isEmpty()) {
            throw new IllegalStateException("no usable sample articles in " + samplesFolder);
        }
    }

    /** {@code -Dhashiya.samples} or {@code assets/samples} under the working folder. */
    public static Path defaultSamples() {
        return Path.of(System.getProperty("hashiya.samples", "assets/samples")).toAbsolutePath();
    }

    /** The text of article {@code index}: the same for the same seed and index, always. */
    public String text(int index) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        int target = targetBytes(random);
        StringBuilder sb = new StringBuilder(target + 512);
        sb.append(pick(random, breadcrumbs)).append("\n\n").append(pick(random, headlines)).append("\n\n");
        sb.append(pick(random, CITIES)).append(" — ").append(arabicDigits(index)).append("\n\n");
        int bytes = utf8Length(sb);
        // Shuffled paragraphs that still fit under the target; twice round the pool for long ones.
        List<String> order = new ArrayList<>(body);
        boolean any = false;
        for (int round = 0; round < 4; round++) {
            java.util.Collections.shuffle(order, random);
            for (String paragraph : order) {
                int length = utf8Length(paragraph) + 2;
                if (bytes + length <= target || !any) {
                    sb.append(paragraph).append("\n\n");
                    bytes += length;
                    any = true;
                }
            }
        }
        if (!tails.isEmpty() && random.nextInt(3) == 0) {
            sb.append(pick(random, tails)).append('\n');
        }
        String text = sb.toString();
        // About one file in ten comes from Windows: the importer must unify its line endings.
        return random.nextInt(10) == 0 ? text.replace("\n", "\r\n") : text;
    }

    /**
     * A long article of about {@code bytes} UTF-8 bytes (a book chapter, a long report): breadcrumb,
     * headline and dateline, then the real paragraphs in ever new shuffles. Deterministic like
     * {@link #text}; the line endings are always LF.
     */
    public String longText(int index, int bytes) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L - index - 1);
        StringBuilder sb = new StringBuilder(bytes / 2 + 1024);
        sb.append(pick(random, breadcrumbs)).append("\n\n").append(pick(random, headlines)).append("\n\n");
        sb.append(pick(random, CITIES)).append(" — ").append(arabicDigits(index)).append("\n\n");
        int written = utf8Length(sb);
        List<String> order = new ArrayList<>(body);
        while (written < bytes) {
            java.util.Collections.shuffle(order, random);
            for (String paragraph : order) {
                if (written >= bytes) {
                    break;
                }
                sb.append(paragraph).append("\n\n");
                written += utf8Length(paragraph) + 2;
            }
        }
        return sb.toString();
    }

    /** A long article ({@link #longText}) as the importer would store it. */
    public NewArticle newLongArticle(int index, int bytes) {
        String text = longText(index, bytes);
        return new NewArticle(text, new ArticleMetadata(Titles.firstNonEmptyLine(text), "", "", ""),
                new ImportRecord("long-" + fileName(index), "UTF-8", IMPORTED_AT, TextHash.sha256(text)));
    }

    /** Article {@code index} as the importer would store it (line endings unified, hashed, titled). */
    public NewArticle newArticle(int index) {
        String text = LineEndings.unify(text(index));
        return new NewArticle(text, new ArticleMetadata(Titles.firstNonEmptyLine(text), "", "", ""),
                new ImportRecord(fileName(index), "UTF-8", IMPORTED_AT, TextHash.sha256(text)));
    }

    public List<NewArticle> newArticles(int from, int count) {
        List<NewArticle> list = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            list.add(newArticle(i));
        }
        return list;
    }

    /** The SHA-256 the library will hold for article {@code index}. */
    public String sha256(int index) {
        return TextHash.sha256(LineEndings.unify(text(index)));
    }

    public static String fileName(int index) {
        return String.format("%07d.txt", index);
    }

    /** Writes articles {@code 0..count-1} as UTF-8 files into {@code folder}; returns the bytes written. */
    public long writeFiles(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            long total = 0;
            for (int i = 0; i < count; i++) {
                byte[] bytes = text(i).getBytes(StandardCharsets.UTF_8);
                Files.write(folder.resolve(fileName(i)), bytes);
                total += bytes.length;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int targetBytes(Random random) {
        return switch (sizes) {
            case AROUND_5KB -> 4600 + random.nextInt(900);
            // the mean of two uniforms: a triangle over 1-10 KB peaking at 5.5 KB
            case VARIED_1_TO_10KB -> 1000 + (random.nextInt(9000) + random.nextInt(9000)) / 2;
        };
    }

    /** Splits a real article into breadcrumb, headline, body paragraphs and boilerplate tail. */
    private void split(String text) {
        String[] blocks = LineEndings.unify(text).strip().split("\n\\s*\n");
        if (blocks.length < 3) {
            return;
        }
        breadcrumbs.add(blocks[0].strip());
        headlines.add(blocks[1].strip());
        // The site's boilerplate ("show more", "related articles", a stray "-") ends the body.
        StringBuilder tail = new StringBuilder();
        for (int i = 2; i < blocks.length; i++) {
            String block = blocks[i].strip();
            boolean boilerplate = !tail.isEmpty() || block.length() < 5 || block.startsWith("اظهر المزيد")
                    || block.startsWith("مقالات ذات صلة");
            if (boilerplate) {
                tail.append(block).append("\n\n");
            } else {
                body.add(block);
            }
        }
        if (!tail.isEmpty()) {
            tails.add(tail.toString().strip());
        }
    }

    private static List<Path> samples(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list sample articles in " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String pick(Random random, String[] array) {
        return array[random.nextInt(array.length)];
    }

    private static String arabicDigits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('٠' + (c - '0')));
        }
        return sb.toString();
    }

    private static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
