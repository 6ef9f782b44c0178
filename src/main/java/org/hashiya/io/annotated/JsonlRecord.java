package org.hashiya.io.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;

/**
 * Turns one JSONL record that has a text into an {@link AnnotatedDocument}. Every shape gives the
 * text, the spans and, where they are strings, {@code title, source, url, published}. Hashiya's
 * own shape (a {@code "format"} of {@code hashiya-jsonl/...}) also gives {@code source_path,
 * encoding, imported_at, status, relevance, tags, note} and, per span, {@code annotator, note,
 * created_at, updated_at, reviewed_by, reviewed_at}, and the definitions of the labels it uses
 * ({@link JsonlLabels}); a value there that cannot be used is a problem and is left empty.
 */
final class JsonlRecord {
    private static final String HASHIYA_FORMAT_PREFIX = "hashiya-jsonl/";

    private JsonlRecord() {
    }

    /** The text of a record: {@code "text"}, or doccano's older {@code "data"}; null when neither is a string. */
    static String text(JsonNode record) {
        String text = JsonlValues.stringIfAny(record, JsonlFields.TEXT);
        return text != null ? text : JsonlValues.stringIfAny(record, JsonlFields.DATA);
    }

    static boolean isHashiyaShape(JsonNode record) {
        String format = JsonlValues.stringIfAny(record, JsonlFields.FORMAT);
        return format != null && format.startsWith(HASHIYA_FORMAT_PREFIX);
    }

    /** The document a record gives; {@code text} is {@link #text(JsonNode)}, not null. */
    static AnnotatedDocument document(JsonNode record, String text, String where) {
        boolean hashiya = isHashiyaShape(record);
        JsonlValues values = new JsonlValues(where);
        ArticleMetadata metadata = metadata(record, hashiya, values);
        if (!hashiya) {
            JsonlSpans.Read spans = JsonlSpans.read(record, text, false, values);
            List<DocumentEvent> events = JsonlEvents.read(record, spans, values);
            return new AnnotatedDocument(where, text, metadata, null, null, null, null, null, null, null, spans.spans(),
                    values.problems(), events);
        }
        String sourcePath = values.string(record, JsonlFields.SOURCE_PATH, JsonlValues.RECORD);
        String encoding = values.string(record, JsonlFields.ENCODING, JsonlValues.RECORD);
        Instant importedAt = values.time(record, JsonlFields.IMPORTED_AT, JsonlValues.RECORD);
        ArticleStatus status = status(values.string(record, JsonlFields.STATUS, JsonlValues.RECORD), values);
        Relevance relevance = relevance(values.string(record, JsonlFields.RELEVANCE, JsonlValues.RECORD), values);
        List<String> tags = values.strings(record, JsonlFields.TAGS, JsonlValues.RECORD);
        String note = values.string(record, JsonlFields.NOTE, JsonlValues.RECORD);
        JsonlSpans.Read spans = JsonlSpans.read(record, text, true, values);
        List<DocumentEvent> events = JsonlEvents.read(record, spans, values);
        java.util.Map<String, DocumentLabel> labels = JsonlLabels.read(record, values);
        return new AnnotatedDocument(where, text, metadata, sourcePath, encoding, importedAt, status, relevance, tags,
                note, spans.spans(), values.problems(), events, labels);
    }

    /** Title, source, URL and date: checked in Hashiya's shape, taken where they are strings in the others. */
    private static ArticleMetadata metadata(JsonNode record, boolean hashiya, JsonlValues values) {
        String[] fields = {JsonlFields.TITLE, JsonlFields.SOURCE, JsonlFields.URL, JsonlFields.PUBLISHED};
        String[] read = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            read[i] = hashiya ? values.string(record, fields[i], JsonlValues.RECORD)
                    : JsonlValues.stringIfAny(record, fields[i]);
        }
        return new ArticleMetadata(read[0], read[1], read[2], read[3]);
    }

    private static ArticleStatus status(String id, JsonlValues values) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.fromId(id.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            values.problem("", JsonlFields.STATUS + " " + JsonlValues.quote(id)
                    + " is not one of new, in_progress, done, reviewed; left empty");
            return null;
        }
    }

    private static Relevance relevance(String id, JsonlValues values) {
        try {
            return Relevance.fromId(id);
        } catch (IllegalArgumentException e) {
            values.problem("", JsonlFields.RELEVANCE + " " + JsonlValues.quote(id)
                    + " is not one of relevant, not_relevant, unset; left empty");
            return Relevance.UNSET;
        }
    }
}
