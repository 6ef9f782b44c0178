package org.hashiya.io.annotated;

/**
 * The field names of Hashiya's JSONL, shared by {@link JsonlWriter} and {@link JsonlReader} so the
 * two cannot drift apart. The doccano fields come first; the rest are Hashiya's own.
 */
final class JsonlFields {
    /** The value of {@link #FORMAT} in what Hashiya writes. */
    static final String FORMAT_ID = "hashiya-jsonl/1";

    // doccano's sequence-labelling shape
    static final String ID = "id";
    static final String TEXT = "text";
    static final String DATA = "data";  // doccano's older name for the text
    static final String ENTITIES = "entities";
    static final String RELATIONS = "relations";
    static final String LABEL = "label";
    static final String START_OFFSET = "start_offset";
    static final String END_OFFSET = "end_offset";

    // Hashiya's own, per article
    static final String FORMAT = "format";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    static final String SHA256 = "sha256";
    static final String SOURCE_PATH = "source_path";
    static final String ENCODING = "encoding";
    static final String IMPORTED_AT = "imported_at";
    static final String STATUS = "status";
    static final String RELEVANCE = "relevance";
    static final String TAGS = "tags";
    static final String NOTE = "note";

    // Hashiya's own, per entity (besides TEXT and NOTE)
    static final String ANNOTATOR = "annotator";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    /** Who marked the span reviewed ("" while it is not) and when (null while it is not). */
    static final String REVIEWED_BY = "reviewed_by";
    static final String REVIEWED_AT = "reviewed_at";
    /** The span's global identity (a UUID), the same name as spans-csv's column. */
    static final String SPAN_UUID = "span_uuid";

    // doccano's relations: one per event argument, from the trigger's entity to the filler's
    static final String FROM_ID = "from_id";
    static final String TO_ID = "to_id";
    static final String TYPE = "type";

    // Hashiya's own, per article: its events (besides ID, LABEL and NOTE)
    static final String EVENTS = "events";
    static final String TRIGGER = "trigger";
    static final String INCIDENT = "incident";
    static final String DATE = "date";
    static final String DATE_PRECISION = "date_precision";
    static final String CERTAINTY = "certainty";
    static final String POLARITY = "polarity";
    static final String MODALITY = "modality";
    static final String FATALITIES = "fatalities";
    static final String INJURED = "injured";

    // Hashiya's own, per article: the definitions of the labels its entities use, by label id
    static final String LABELS = "labels";
    static final String KIND = "kind";
    static final String ARABIC_NAME = "arabic_name";
    static final String ENGLISH_NAME = "english_name";
    static final String COLOUR = "colour";
    /** An event label's roles, each {@code {"name", "required", "repeatable", "fillers"}}. */
    static final String ROLES = "roles";
    static final String NAME = "name";
    static final String REQUIRED = "required";
    static final String REPEATABLE = "repeatable";
    static final String FILLERS = "fillers";

    private JsonlFields() {
    }
}
