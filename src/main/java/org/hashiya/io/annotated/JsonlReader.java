package org.hashiya.io.annotated;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSONL file of annotated articles, one JSON object a line, streaming: only one line is
 * in memory at a time. UTF-8, a leading byte-order mark tolerated, {@code \n} or {@code \r\n}
 * line ends, blank lines skipped. Each line may be in one of three shapes:
 * <ul>
 *   <li>doccano's older sequence labelling: {@code {"text" (or "data"): "...", "label": [[start, end, "LABEL"], ...]}}</li>
 *   <li>doccano's newer: {@code {"text": "...", "entities": [{"start_offset", "end_offset", "label"}, ...], "relations": [...]}}</li>
 *   <li>Hashiya's own ({@link JsonlWriter}): the newer doccano shape with {@code "format": "hashiya-jsonl/1"},
 *       metadata, status, relevance, tags, note and per span text, annotator, note and times.</li>
 * </ul>
 * A line that cannot be read, is not a JSON object or has no text string becomes one problem
 * "FILE:LINE: reason" and no document; a span or field that cannot be used becomes a problem in
 * its document, which still comes (see {@link JsonlRecord}, {@link JsonlSpans}). Offsets are
 * passed on as in the file: code points into the text exactly as the JSON gives it.
 */
public final class JsonlReader {
    /** A longer line is refused unread: an article is at most 20 MB, its spans a few more. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    // Jackson's default (20 million characters) is shorter than the longest article
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE_BYTES).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonlReader() {
    }

    /** Reads every line of {@code file}, handing documents and problems to {@code sink} in file order. */
    public static void read(Path file, AnnotatedDocumentSink sink) throws IOException {
        read(file, sink, MAX_LINE_BYTES);
    }

    static void read(Path file, AnnotatedDocumentSink sink, int maxLineBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Utf8Lines lines = new Utf8Lines(in, maxLineBytes);
            for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
                String where = file + ":" + line.number();
                if (line.problem() != null) {
                    sink.problem(where + ": " + line.problem());
                } else if (!isBlank(line.text())) {
                    readRecord(line.text(), where, sink);
                }
            }
        }
    }

    private static void readRecord(String line, String where, AnnotatedDocumentSink sink) {
        JsonNode record;
        try (JsonParser parser = MAPPER.createParser(line)) {
            record = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                sink.problem(where + ": more than one JSON value on the line");
                return;
            }
        } catch (JsonProcessingException e) {
            String reason = JsonlValues.oneLine(String.valueOf(e.getOriginalMessage()), 200);
            sink.problem(where + ": not JSON" + column(e) + ": " + reason);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: cannot happen
        }
        if (!record.isObject()) {
            sink.problem(where + ": not a JSON object");
            return;
        }
        String text = JsonlRecord.text(record);
        if (text == null) {
            sink.problem(where + ": no text (a string under \"text\" or \"data\")");
            return;
        }
        sink.document(JsonlRecord.document(record, text, where));
    }

    private static String column(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
    }

    /** Only JSON's own white space: any other character is a record to read (and to refuse). */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
