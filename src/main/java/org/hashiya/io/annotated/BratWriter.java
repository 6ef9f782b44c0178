package org.hashiya.io.annotated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.Sentences;

/**
 * Writes brat standoff into a folder: per article {@code NAME.txt} (the stored text exactly,
 * UTF-8 without BOM) and {@code NAME.ann}, NAME being the article id zero-padded to six digits.
 * Each span is a {@code T} line ({@code T1<TAB>LABEL START END<TAB>text}, code-point offsets as
 * brat counts them); a span's UUID is a {@value #SPAN_UUID_COMMENT} comment line; a span's note is one {@code AnnotatorNotes} line per line of the note. A span that crosses a line break is written as fragments split there, the line-break
 * characters left out ({@code T1 LABEL 10 20;21 30}), its text the fragments' texts joined by a
 * space, as brat does; a span covering nothing but line breaks cannot be written and is left out.
 * Events follow the spans as E lines, their attributes as A lines and their notes as
 * AnnotatorNotes on the E line (see {@link BratEvents}).
 * On close, {@code annotation.conf} and {@code visual.conf} (see {@link BratConfiguration}) make
 * the folder a brat collection. Article metadata and annotators are not written: brat has no place
 * for them.
 */
public final class BratWriter implements ExportWriter {
    /**
     * The type of the comment line that carries a span's UUID: {@code #2<TAB>HashiyaSpanUUID T1<TAB>uuid}.
     * brat reads a comment of any type ({@code #ID<TAB>TYPE TARGET<TAB>text}), shows it with the span,
     * keeps it when the span is edited (its note editor changes AnnotatorNotes only) and drops it with
     * the span; a separate type keeps the UUID out of the span's note.
     */
    public static final String SPAN_UUID_COMMENT = "HashiyaSpanUUID";
    private final Path folder;
    private final LabelSchema schema;
    private final Set<String> labelsOutsideSchema = new LinkedHashSet<>();
    private final BratEvents events = new BratEvents();
    private long rows;
    private boolean closed;

    /** Creates {@code folder} (and its parents) if missing. */
    public BratWriter(Path folder, LabelSchema schema) throws IOException {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.schema = Objects.requireNonNull(schema, "schema");
        Files.createDirectories(folder);
    }

    /** The file name, without extension, an article gets: its id zero-padded to six digits. */
    public static String name(long articleId) {
        return String.format(Locale.ROOT, "%06d", articleId);
    }

    @Override
    public void write(AnnotatedArticle article) throws IOException {
        if (closed) {
            throw new IllegalStateException("brat writer is closed");
        }
        String name = name(article.article().id());
        String text = article.article().text();
        String ann = standoff(article, text);
        Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Files.writeString(folder.resolve(name + ".ann"), ann, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        rows++;
    }

    private String standoff(AnnotatedArticle article, String text) throws IOException {
        CodePointOffsets offsets = new CodePointOffsets(text);
        StringBuilder ann = new StringBuilder();
        int textBound = 0;
        BratEvents.Numbers numbers = new BratEvents.Numbers();
        boolean hasEvents = !article.events().isEmpty();
        Map<Long, Integer> textBoundOf = hasEvents ? new HashMap<>() : Map.of();
        Map<Long, String> labelOf = hasEvents ? new HashMap<>() : Map.of();
        for (Span span : article.spans()) {
            if (span.end() > offsets.codePointLength()) {
                throw new IOException("span " + span.id() + " (" + span.start() + ".." + span.end() + ") lies outside"
                        + " the text of article " + article.article().id() + " (" + offsets.codePointLength()
                        + " characters)");
            }
            String fragments = fragments(text, offsets, span);
            if (fragments == null) {
                continue;
            }
            if (schema.byId(span.labelId()).isEmpty()) {
                labelsOutsideSchema.add(span.labelId());
            }
            textBound++;
            if (hasEvents) {
                textBoundOf.put(span.id(), textBound);
                labelOf.put(span.id(), span.labelId());
            }
            ann.append('T').append(textBound).append('\t').append(span.labelId()).append(' ').append(fragments)
                    .append('\n');
            if (!span.uuid().isEmpty()) {
                // before the notes: brat's viewer shows a span's comments together and takes the type of
                // the last one, so the notes stay AnnotatorNotes in its tooltip and note editor
                ann.append('#').append(++numbers.note).append('\t').append(SPAN_UUID_COMMENT).append(" T").append(textBound)
                        .append('\t').append(span.uuid()).append('\n');
            }
            if (!span.note().isEmpty()) {
                // one AnnotatorNotes line per line of the note: brat shows them all, the reader joins them back
                for (String line : noteLines(span.note())) {
                    ann.append('#').append(++numbers.note).append("\tAnnotatorNotes T").append(textBound).append('\t')
                            .append(line).append('\n');
                }
            }
        }
        if (hasEvents) {
            events.append(ann, article.events(), textBoundOf, labelOf, numbers);
        }
        return ann.toString();
    }

    /**
     * "START END;START END<TAB>text text" for the span split at line breaks, or null when nothing
     * but line breaks is left.
     */
    private static String fragments(String text, CodePointOffsets offsets, Span span) {
        StringBuilder ranges = new StringBuilder();
        StringBuilder texts = new StringBuilder();
        int fragmentStart = -1;
        int index = offsets.toUtf16(span.start());
        for (int cp = span.start(); cp <= span.end(); cp++) {
            boolean lineBreak = cp < span.end() && Sentences.isLineBreak(text.codePointAt(index));
            if (cp == span.end() || lineBreak) {
                if (fragmentStart >= 0) {
                    if (!ranges.isEmpty()) {
                        ranges.append(';');
                        texts.append(' ');
                    }
                    ranges.append(fragmentStart).append(' ').append(cp);
                    texts.append(text, offsets.toUtf16(fragmentStart), index);
                    fragmentStart = -1;
                }
            } else if (fragmentStart < 0) {
                fragmentStart = cp;
            }
            if (cp < span.end()) {
                index += Character.charCount(text.codePointAt(index));
            }
        }
        return ranges.isEmpty() ? null : ranges + "\t" + texts;
    }

    /** The note's lines (CR LF counted as one break), empty ones kept, so joining them with LF gives it back. */
    static java.util.List<String> noteLines(String note) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '\r' && i + 1 < note.length() && note.charAt(i + 1) == '\n') {
                continue;
            }
            if (Sentences.isLineBreak(c)) {
                lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        lines.add(line.toString());
        return lines;
    }


    @Override
    public long rows() {
        return rows;
    }

    /** Writes annotation.conf and visual.conf; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Files.writeString(folder.resolve(BratConfiguration.ANNOTATION_CONF),
                BratConfiguration.annotationConf(schema, labelsOutsideSchema, events), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(BratConfiguration.VISUAL_CONF),
                BratConfiguration.visualConf(schema), StandardCharsets.UTF_8);
    }
}
