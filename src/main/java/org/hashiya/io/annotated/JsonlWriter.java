package org.hashiya.io.annotated;

import org.hashiya.text.IsoInstants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;

/**
 * Writes one article a line in doccano's sequence-labelling shape,
 * <pre>
 * {"id": 7, "text": "...", "entities": [{"id": 31, "label": "ATTACK", "start_offset": 4, "end_offset": 9, ...}, ...],
 *  "relations": [{"id": 1, "from_id": 31, "to_id": 32, "type": "Place"}],
 *  "format": "hashiya-jsonl/1", "title": "...", ..., "note": "...",
 *  "events": [{"id": 5, "trigger": 31, "label": "ATTACK", "incident": null, "date": "2024-03", ...}],
 *  "labels": {"ATTACK": {"kind": "event", "arabic_name": "هجوم", "english_name": "Attack", "colour": "#f7a1d5",
 *             "roles": [{"name": "Attacker", "required": false, "repeatable": true, "fillers": ["actor"]}]}, ...}}
 * </pre>
 * plus Hashiya's own fields, so that nothing is lost when the file comes back in: per article
 * {@code title, source, url, published, sha256, source_path, encoding, imported_at, status,
 * relevance, tags, note}; per entity {@code text, annotator, note, created_at, updated_at, reviewed_by,
 * reviewed_at, span_uuid} (reviewed_by "" and reviewed_at null while the span is not reviewed;
 * span_uuid the span's global identity, kept when the file is imported again). Events: each event
 * argument is one doccano relation from the trigger's entity to the filler's, typed by the role,
 * in event order then fill order; {@code events} keeps per event its id, trigger entity, label,
 * incident (null: none), date ("" unknown), date_precision, certainty, polarity, modality,
 * fatalities, injured (null: unknown) and note. {@code labels} defines each label the entities use
 * (kind, Arabic and English names, colour, an event label's roles), keyed by id, so that an import
 * into another library adds a missing label as it was. Only events whose trigger is among the entities
 * are written, and only arguments whose filler is (see {@link AnnotatedArticle}). Offsets
 * are code points, end exclusive; times are ISO 8601 in UTC; labels go out by id.
 *
 * <p>UTF-8 (as the given Writer encodes), no BOM, each line ended by {@code \n}. Jackson escapes
 * what JSON requires; besides, U+0085, U+2028 and U+2029 are written as {@code \\u} escapes so that
 * no tool that splits lines on them (Python's {@code str.splitlines}) cuts a record in two.
 */
public final class JsonlWriter implements ExportWriter {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .characterEscapes(new LineBreakEscapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT) // a line that failed half-way stays unfinished
            .build();

    private final JsonGenerator json;
    private final Map<String, SpanLabel> labels = new HashMap<>();
    private final Map<String, EventType> eventTypes = new HashMap<>();
    private long rows;
    private boolean closed;

    /** Each line defines the labels of {@code schema} that its entities use (see {@link #writeLabels}). */
    public JsonlWriter(Writer out, LabelSchema schema) throws IOException {
        this.json = FACTORY.createGenerator(out);
        schema.labels().forEach(l -> labels.put(l.id(), l));
        schema.eventTypes().forEach(t -> eventTypes.put(t.labelId(), t));
    }

    @Override
    public void write(AnnotatedArticle annotated) throws IOException {
        Article article = annotated.article();
        json.writeStartObject();
        json.writeNumberField(JsonlFields.ID, article.id());
        json.writeStringField(JsonlFields.TEXT, article.text());
        json.writeArrayFieldStart(JsonlFields.ENTITIES);
        for (Span span : annotated.spans()) {
            writeEntity(span);
        }
        json.writeEndArray();
        writeRelations(annotated);
        json.writeStringField(JsonlFields.FORMAT, JsonlFields.FORMAT_ID);
        writeMetadata(article);
        writeAnnotation(annotated.annotation());
        writeEvents(annotated);
        writeLabels(annotated);
        json.writeEndObject();
        json.writeRaw('\n');
        rows++;
    }

    private void writeEntity(Span span) throws IOException {
        json.writeStartObject();
        json.writeNumberField(JsonlFields.ID, span.id());
        json.writeStringField(JsonlFields.LABEL, span.labelId());
        json.writeNumberField(JsonlFields.START_OFFSET, span.start());
        json.writeNumberField(JsonlFields.END_OFFSET, span.end());
        json.writeStringField(JsonlFields.TEXT, span.text());
        json.writeStringField(JsonlFields.ANNOTATOR, span.annotator());
        json.writeStringField(JsonlFields.NOTE, span.note());
        writeTime(JsonlFields.CREATED_AT, span.createdAt());
        writeTime(JsonlFields.UPDATED_AT, span.updatedAt());
        json.writeStringField(JsonlFields.REVIEWED_BY, span.reviewedBy());
        writeTime(JsonlFields.REVIEWED_AT, span.reviewedAt());
        json.writeStringField(JsonlFields.SPAN_UUID, span.uuid());
        json.writeEndObject();
    }

    /** One doccano relation per event argument, in event order then fill order, ids 1-based within the line. */
    private void writeRelations(AnnotatedArticle annotated) throws IOException {
        json.writeArrayFieldStart(JsonlFields.RELATIONS);
        int id = 0;
        for (Event event : annotated.events()) {
            for (EventArgument argument : event.arguments()) {
                json.writeStartObject();
                json.writeNumberField(JsonlFields.ID, ++id);
                json.writeNumberField(JsonlFields.FROM_ID, event.triggerSpanId());
                json.writeNumberField(JsonlFields.TO_ID, argument.fillerSpanId());
                json.writeStringField(JsonlFields.TYPE, argument.role());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /** Hashiya's events: what the relations cannot say (label, incident, attributes, note). */
    private void writeEvents(AnnotatedArticle annotated) throws IOException {
        json.writeArrayFieldStart(JsonlFields.EVENTS);
        if (!annotated.events().isEmpty()) {
            Map<Long, String> labelOfSpan = new HashMap<>();
            annotated.spans().forEach(s -> labelOfSpan.put(s.id(), s.labelId()));
            for (Event event : annotated.events()) {
                EventAttributes a = event.attributes();
                json.writeStartObject();
                json.writeNumberField(JsonlFields.ID, event.id());
                json.writeNumberField(JsonlFields.TRIGGER, event.triggerSpanId());
                json.writeStringField(JsonlFields.LABEL, labelOfSpan.get(event.triggerSpanId()));
                if (event.incidentId() == 0) {
                    json.writeNullField(JsonlFields.INCIDENT);
                } else {
                    json.writeNumberField(JsonlFields.INCIDENT, event.incidentId());
                }
                json.writeStringField(JsonlFields.DATE, a.date());
                writeIdOrNull(JsonlFields.DATE_PRECISION, a.precision() == null ? null : a.precision().id());
                writeIdOrNull(JsonlFields.CERTAINTY, a.certainty());
                writeIdOrNull(JsonlFields.POLARITY, a.polarity());
                writeIdOrNull(JsonlFields.MODALITY, a.modality());
                writeCount(JsonlFields.FATALITIES, a.fatalities());
                writeCount(JsonlFields.INJURED, a.injured());
                json.writeStringField(JsonlFields.NOTE, a.note());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    /**
     * {@code "labels": {"ID": {"kind", "arabic_name", "english_name", "colour", "roles"}, ...}}: the
     * definitions of the labels this line's entities use, in order of first use, so that an import
     * into a library without them adds them as they are here. On every line, so that any line of the
     * file (split, sampled, shuffled) still carries them; doccano ignores the field.
     */
    private void writeLabels(AnnotatedArticle annotated) throws IOException {
        json.writeObjectFieldStart(JsonlFields.LABELS);
        Set<String> written = new HashSet<>();
        for (Span span : annotated.spans()) {
            SpanLabel label = labels.get(span.labelId());
            if (label == null || !written.add(label.id())) {
                continue;
            }
            json.writeObjectFieldStart(label.id());
            json.writeStringField(JsonlFields.KIND, label.kind().id());
            json.writeStringField(JsonlFields.ARABIC_NAME, label.arabicName());
            json.writeStringField(JsonlFields.ENGLISH_NAME, label.englishName());
            json.writeStringField(JsonlFields.COLOUR, label.colour());
            EventType type = eventTypes.get(label.id());
            if (label.kind() == LabelKind.EVENT && type != null) {
                json.writeArrayFieldStart(JsonlFields.ROLES);
                for (EventRole role : type.roles()) {
                    json.writeStartObject();
                    json.writeStringField(JsonlFields.NAME, role.name());
                    json.writeBooleanField(JsonlFields.REQUIRED, role.required());
                    json.writeBooleanField(JsonlFields.REPEATABLE, role.repeatable());
                    json.writeArrayFieldStart(JsonlFields.FILLERS);
                    for (String filler : role.fillers()) {
                        json.writeString(filler);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void writeIdOrNull(String field, String id) throws IOException {
        if (id == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, id);
        }
    }

    private void writeCount(String field, Integer count) throws IOException {
        if (count == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, count);
        }
    }

    private void writeMetadata(Article article) throws IOException {
        json.writeStringField(JsonlFields.TITLE, article.metadata().title());
        json.writeStringField(JsonlFields.SOURCE, article.metadata().source());
        json.writeStringField(JsonlFields.URL, article.metadata().url());
        json.writeStringField(JsonlFields.PUBLISHED, article.metadata().published());
        ImportRecord record = article.importRecord();
        json.writeStringField(JsonlFields.SHA256, record == null ? "" : emptyIfNull(record.sha256()));
        json.writeStringField(JsonlFields.SOURCE_PATH, record == null ? "" : emptyIfNull(record.sourcePath()));
        json.writeStringField(JsonlFields.ENCODING, record == null ? "" : emptyIfNull(record.encoding()));
        writeTime(JsonlFields.IMPORTED_AT, record == null ? null : record.importedAt());
    }

    private void writeAnnotation(ArticleAnnotation annotation) throws IOException {
        json.writeStringField(JsonlFields.STATUS, annotation.status().id());
        json.writeStringField(JsonlFields.RELEVANCE, annotation.relevance().id());
        json.writeArrayFieldStart(JsonlFields.TAGS);
        for (String tag : annotation.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField(JsonlFields.NOTE, annotation.note());
    }

    private void writeTime(String field, Instant time) throws IOException {
        if (time == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, IsoInstants.format(time));
        }
    }

    private static String emptyIfNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public long rows() {
        return rows;
    }

    /** Flushes and closes the Writer; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        json.close();
    }

    /** JSON's own escapes, plus the line breaks outside ASCII that some line splitters honour. */
    private static final class LineBreakEscapes extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString NEL = new SerializedString("\\u0085");
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x85 -> NEL;
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
