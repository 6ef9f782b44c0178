package org.hashiya.io.annotated;

import java.util.List;

/**
 * An event as an annotated file gives it (a brat {@code E} line with its {@code A} lines and
 * notes, a JSONL {@code "events"} entry or doccano {@code "relations"} from one span), before
 * anything is stored. {@code trigger} and each argument's {@code filler} are indexes into the
 * document's {@link AnnotatedDocument#spans()}: the reader has already refused what names a span
 * the document does not have. {@code label} is the event type as the file names it (null when it
 * names none: the trigger's label is the type). {@code attributes} are the raw name/value pairs
 * in file order, names as brat's attribute names ({@link #EVENT_DATE}, {@link #CERTAINTY}...),
 * values as written; the importer matches them without regard to case. {@code note} is "" when
 * there is none; {@code where} names the file and line for messages ("a.ann:7").
 */
public record DocumentEvent(int trigger, String label, List<Argument> arguments, List<Attribute> attributes,
                            String note, String where) {
    public static final String EVENT_DATE = "EventDate";
    public static final String DATE_PRECISION = "DatePrecision";
    public static final String CERTAINTY = "Certainty";
    public static final String POLARITY = "Polarity";
    public static final String MODALITY = "Modality";
    public static final String FATALITIES = "Fatalities";
    public static final String INJURED = "Injured";
    /** The exported incident id: events sharing one within an import become one new incident. */
    public static final String INCIDENT = "Incident";

    public DocumentEvent {
        arguments = List.copyOf(arguments);
        attributes = List.copyOf(attributes);
        note = note == null ? "" : note;
    }

    /**
     * A filled role: the role's name as the file writes it, the filler span's index, and whether
     * the name may carry brat's numbering of a repeated role ({@code Place2} for the second
     * {@code Place}) that the importer folds back when the schema has no role of that name.
     */
    public record Argument(String role, int filler, boolean numbered, String where) {
    }

    /** One attribute as written; {@code value} is "" for a brat binary attribute (no value). */
    public record Attribute(String name, String value, String where) {
        public Attribute {
            value = value == null ? "" : value;
        }
    }
}
