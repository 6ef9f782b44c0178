package org.hashiya.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.Library;
import org.hashiya.text.LineEndings;
import org.hashiya.text.TextHash;
import org.hashiya.text.Titles;

/**
 * Imports a folder of UTF-8 text files the way the importer does (strict decoding, line endings
 * unified, hashed, titled, stored in batches). A stand-in until {@code service.ArticleImporter}
 * is on this branch; the benchmark then measures the real importer instead.
 */
public final class FolderImport {
    public static final int BATCH = 200;

    private FolderImport() {
    }

    /** Returns the number of files stored (new or duplicate). */
    public static int importFolder(Library library, Path folder) {
        List<NewArticle> batch = new ArrayList<>(BATCH);
        int stored = 0;
        Instant now = Instant.now();
        for (Path file : files(folder)) {
            String text = LineEndings.unify(decode(file));
            batch.add(new NewArticle(text, new ArticleMetadata(Titles.firstNonEmptyLine(text), "", "", ""),
                    new ImportRecord(file.toString(), "UTF-8", now, TextHash.sha256(text))));
            if (batch.size() == BATCH) {
                stored += library.articles().addAll(batch).size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            stored += library.articles().addAll(batch).size();
        }
        return stored;
    }

    static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
