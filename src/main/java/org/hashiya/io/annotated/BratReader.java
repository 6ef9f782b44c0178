package org.hashiya.io.annotated;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads brat standoff ({@code NAME.ann} beside {@code NAME.txt}) into {@link AnnotatedDocument}s.
 * The .txt is read as strict UTF-8; a leading BOM is dropped and every offset shifted past it
 * (brat counts it as a character). Offsets are code points and stay as in the file: line endings
 * are not unified here. What is kept: text-bound annotations ({@code T}, fragments merged into one
 * span from the first start to the last end) and their {@code AnnotatorNotes}; rejected spans are
 * listed in the document's problems (see {@link StandoffParser}). Events, relations, attributes
 * and normalizations are not imported yet: one problem per file says how many lines were skipped.
 * brat carries no article metadata and no annotator: those stay empty.
 */
public final class BratReader {
    private BratReader() {
    }

    /** A standoff pair: an annotation file and the text file beside it. */
    public record BratFiles(Path ann, Path txt) {
    }

    /**
     * Reads one pair. A missing or unreadable .txt or .ann, or one that is not UTF-8, is one
     * problem naming the file and no document. Throws only when the file system fails.
     */
    public static void read(Path annFile, Path txtFile, AnnotatedDocumentSink sink) throws IOException {
        String where = annFile.toString();
        if (!Files.isRegularFile(txtFile)) {
            sink.problem(where + ": no text file " + txtFile.getFileName() + " beside it");
            return;
        }
        Optional<String> text = utf8(txtFile, sink);
        Optional<String> ann = text.isPresent() ? utf8(annFile, sink) : Optional.empty();
        if (text.isEmpty() || ann.isEmpty()) {
            return;
        }
        boolean bom = text.get().startsWith("\uFEFF");
        StandoffParser parser = new StandoffParser(where, text.get(), bom, BratEventRoles.near(annFile.getParent()));
        List<DocumentSpan> spans = parser.parse(ann.get().startsWith("\uFEFF") ? ann.get().substring(1) : ann.get());
        String document = bom ? text.get().substring(1) : text.get();
        sink.document(new AnnotatedDocument(where, document, null, txtFile.toString(), bom ? "UTF-8 (BOM)" : "UTF-8",
                null, null, null, null, null, spans, parser.problems(), parser.events()));
        if (parser.notImported() > 0) {
            sink.problem(where + ": " + parser.notImported() + (parser.notImported() == 1 ? " line" : " lines")
                    + " of relations, normalizations, attributes of text spans or other comments (R, N, A, *, #)"
                    + " not imported: Hashiya reads text spans, events, their attributes and notes");
        }
    }

    /**
     * Reads every pair under {@code folder} (see {@link #find}); an .ann with no .txt beside it is
     * one problem.
     */
    public static void readFolder(Path folder, AnnotatedDocumentSink sink) throws IOException {
        for (Path ann : annotationFiles(folder)) {
            read(ann, textFileFor(ann), sink);
        }
    }

    /**
     * Every {@code NAME.ann} under {@code folder} (recursively, hidden files and folders skipped)
     * that has a {@code NAME.txt} beside it, sorted by path.
     */
    public static List<BratFiles> find(Path folder) throws IOException {
        List<BratFiles> pairs = new ArrayList<>();
        for (Path ann : annotationFiles(folder)) {
            Path txt = textFileFor(ann);
            if (Files.isRegularFile(txt)) {
                pairs.add(new BratFiles(ann, txt));
            }
        }
        return pairs;
    }

    /** The {@code NAME.txt} that belongs to {@code NAME.ann}. */
    public static Path textFileFor(Path annFile) {
        String name = annFile.getFileName().toString();
        String base = name.endsWith(".ann") ? name.substring(0, name.length() - 4) : name;
        return annFile.resolveSibling(base + ".txt");
    }

    private static List<Path> annotationFiles(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && file.getFileName().toString().endsWith(".ann")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The file as strict UTF-8, or empty after reporting one problem naming it. */
    private static Optional<String> utf8(Path file, AnnotatedDocumentSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            sink.problem(file + ": not UTF-8 text (invalid bytes at byte " + in.position() + ")");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }
}
