package org.hashiya.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one article file of a supported type: checks its size, reads its bytes and hands them to
 * the decoder for its type. Every way a file can fail ends in an {@link UnreadableFileException}
 * with a one-line reason.
 */
public final class ArticleFileReader {
    /** Larger files are not articles (and would not fit comfortably in the reader). */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final long maxFileBytes;
    private final TextFileDecoder textDecoder = new TextFileDecoder();
    private final HtmlArticleExtractor htmlExtractor = new HtmlArticleExtractor();

    public ArticleFileReader() {
        this(MAX_FILE_BYTES);
    }

    /** A reader with another size limit (tests use a small one). */
    public ArticleFileReader(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    public DecodedArticle read(Path file) throws UnreadableFileException {
        ArticleFileType type = ArticleFileType.of(file).orElseThrow(() -> new UnreadableFileException(
                ArticleFileType.unsupportedReason(file)));
        return decode(type, readBounded(file));
    }

    /** Decodes the content of a file of {@code type}. */
    public DecodedArticle decode(ArticleFileType type, byte[] content) throws UnreadableFileException {
        try {
            return switch (type) {
                case TEXT -> DecodedArticle.plainText(textDecoder.decode(content));
                case HTML -> {
                    DecodedText page = textDecoder.decode(content, HtmlCharsetDeclaration.find(content));
                    yield htmlExtractor.extract(page.text(), page.encoding());
                }
                case JSONL, BRAT -> throw new UnreadableFileException(
                        "an annotated file: it is read with its annotations, not as one article");
            };
        } catch (RuntimeException e) {
            // A library failing on some odd input must not end a whole import; the fuzz test
            // watches for this message, so a real bug here is still noticed.
            throw new UnreadableFileException("unexpected error while decoding: " + e);
        }
    }

    private byte[] readBounded(Path file) throws UnreadableFileException {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
                if (content.length > maxFileBytes) {
                    throw tooLarge(Files.size(file)); // it grew while being read
                }
                return content;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("cannot read the file: permission denied");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read the file: " + e.getMessage());
        }
    }

    private UnreadableFileException tooLarge(long size) {
        return new UnreadableFileException("too large for an article: " + humanSize(size) + " (the limit is "
                + humanSize(maxFileBytes) + ")");
    }

    /** A size as people read it: "20 MB", "1.5 KB", "999 bytes". */
    public static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace(".0 KB", " KB");
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
