package org.hashiya.io.annotated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hashiya.domain.SpanUuid;
import org.hashiya.text.CodePointOffsets;

/**
 * Parses the lines of one brat {@code .ann} file against its text: {@code T} lines become spans
 * (fragments merged into one span from the first start to the last end), {@code #} AnnotatorNotes
 * become their notes, a {@code HashiyaSpanUUID} comment ({@link BratWriter#SPAN_UUID_COMMENT}) its UUID. A T line that cannot be trusted (bad number, offsets out of range or empty,
 * text field differing from the text at its fragments, duplicate id) is refused with one problem
 * "FILE:LINE: reason"; the rest still import.
 *
 * <p>{@code E} lines become events ({@code E1<TAB>ATTACK:T3 Attacker:T1 Place:T2 Place2:T5}; a
 * filler may also be another event, meaning its trigger), with the {@code A} (or older {@code M})
 * lines on them as raw attributes and their {@code AnnotatorNotes} as their note. An event whose
 * trigger the file does not define (or refused) is refused; an argument naming a span it does not
 * define is refused alone, the event stays. Lines of kinds not imported (R, N, *, attributes on
 * text spans, other comments) are only counted.
 */
final class StandoffParser {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");
    private static final Pattern TEXT_BOUND_ID = Pattern.compile("T[0-9]+");
    private static final Pattern EVENT_ID = Pattern.compile("E[0-9]+");
    private static final Pattern NUMBERED_ROLE = Pattern.compile(".*[^0-9][0-9]+");
    private static final int QUOTED_TEXT_LIMIT = 60;

    private final String file;
    private final String text;            // as in the file, BOM included
    private final int skippedPrefix;      // 1 when the text starts with a BOM the document drops
    private final CodePointOffsets offsets;
    private final Map<String, Entry> spans = new LinkedHashMap<>();
    private final Set<String> refused = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final BratEventRoles declaredRoles;
    private final Map<String, EventEntry> events = new LinkedHashMap<>();
    private final Set<String> refusedEvents = new HashSet<>();
    private final List<DocumentEvent> documentEvents = new ArrayList<>();
    private int notImported;

    /** A span read so far and the notes found for it. */
    private static final class Entry {
        final String label;
        final int start;
        final int end;
        final int line;
        final List<String> notes = new ArrayList<>();
        String uuid;

        Entry(String label, int start, int end, int line) {
            this.label = label;
            this.start = start;
            this.end = end;
            this.line = line;
        }
    }

    /** An event line as written: its type, trigger and arguments by brat id, then what attaches to it. */
    private static final class EventEntry {
        final String type;
        final String trigger;
        final List<String[]> arguments = new ArrayList<>(); // role, id
        final int line;
        final List<DocumentEvent.Attribute> attributes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int triggerIndex = -1;

        EventEntry(String type, String trigger, int line) {
            this.type = type;
            this.trigger = trigger;
            this.line = line;
        }
    }

    StandoffParser(String file, String text, boolean bom) {
        this(file, text, bom, BratEventRoles.NONE);
    }

    /**
     * @param file      the .ann file as messages name it
     * @param text      the .txt as decoded, a leading BOM still in (brat counts it)
     * @param bom       whether {@code text} starts with a BOM that the document leaves out
     * @param declaredRoles the roles the collection's annotation.conf declares (numbered names there are not folded)
     */
    StandoffParser(String file, String text, boolean bom, BratEventRoles declaredRoles) {
        this.file = file;
        this.declaredRoles = declaredRoles;
        this.text = text;
        this.skippedPrefix = bom ? 1 : 0;
        this.offsets = new CodePointOffsets(text);
    }

    /** The spans of {@code ann}, offsets into the text without its BOM, in file order. */
    List<DocumentSpan> parse(String ann) {
        List<String[]> notes = new ArrayList<>();
        List<String[]> attributes = new ArrayList<>();
        String[] lines = ann.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int number = i + 1;
            if (line.isBlank()) {
                continue;
            }
            switch (line.charAt(0)) {
                case 'T' -> textBound(line, number);
                case '#' -> notes.add(new String[] {line, Integer.toString(number)});
                case 'E' -> eventLine(line, number);
                case 'A', 'M' -> attributes.add(new String[] {line, Integer.toString(number)});
                case 'R', 'N', '*' -> notImported++;
                default -> problems.add(file + ":" + number + ": not a brat annotation line");
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (String id : spans.keySet()) {
            index.put(id, index.size());
        }
        resolveEvents(index);
        for (String[] attribute : attributes) {
            attribute(attribute[0], Integer.parseInt(attribute[1]));
        }
        for (String[] note : notes) {
            note(note[0], Integer.parseInt(note[1]));
        }
        for (EventEntry event : events.values()) {
            if (event.triggerIndex >= 0) {
                documentEvents.add(documentEvent(event, index));
            }
        }
        List<DocumentSpan> result = new ArrayList<>(spans.size());
        String document = text.substring(skippedPrefix == 0 ? 0 : 1);
        CodePointOffsets documentOffsets = new CodePointOffsets(document);
        for (Entry entry : spans.values()) {
            String covered = document.substring(documentOffsets.toUtf16(entry.start), documentOffsets.toUtf16(entry.end));
            result.add(new DocumentSpan(entry.label, entry.start, entry.end, covered, null,
                    String.join("\n", entry.notes), null, null, file + ":" + entry.line, "", null, entry.uuid));
        }
        return result;
    }

    /** The events of the file (after {@link #parse}), spans named by index into the spans it returned. */
    List<DocumentEvent> events() {
        return documentEvents;
    }

    /** Spans refused, one line each naming file, line and reason. */
    List<String> problems() {
        return problems;
    }

    /** How many lines (relations, normalizations, attributes of text spans, other comments) were not imported. */
    int notImported() {
        return notImported;
    }

    private void textBound(String line, int number) {
        String[] fields = line.split("\t", 3);
        String id = fields[0];
        if (!TEXT_BOUND_ID.matcher(id).matches() || fields.length < 2) {
            refuse(id, number, "expected T<number><TAB>LABEL START END<TAB>text");
            return;
        }
        String data = fields[1];
        int space = data.indexOf(' ');
        if (space <= 0) {
            refuse(id, number, "expected a label and offsets after " + id);
            return;
        }
        if (spans.containsKey(id)) {
            problems.add(file + ":" + number + ": " + id + " is defined twice (first on line " + spans.get(id).line
                    + "); this one is left out");
            return;
        }
        String label = data.substring(0, space);
        int[] fragments = fragments(id, number, data.substring(space + 1));
        if (fragments == null) {
            return;
        }
        if (fields.length == 3 && !checkText(id, number, fields[2], fragments)) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int i = 0; i < fragments.length; i += 2) {
            start = Math.min(start, fragments[i]);
            end = Math.max(end, fragments[i + 1]);
        }
        start = Math.max(0, start - skippedPrefix);
        end -= skippedPrefix;
        if (end <= start) {
            refuse(id, number, "covers nothing but the byte-order mark");
            return;
        }
        spans.put(id, new Entry(label, start, end, number));
    }

    /** Start and end of each fragment, flat; null (problem reported) when one is not usable. */
    private int[] fragments(String id, int number, String ranges) {
        String[] parts = ranges.split(";", -1);
        int[] result = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            String[] pair = parts[i].strip().split(" +", -1);
            if (pair.length != 2) {
                refuse(id, number, "expected START END, found '" + quote(parts[i]) + "'");
                return null;
            }
            for (int k = 0; k < 2; k++) {
                if (!NUMBER.matcher(pair[k]).matches()) {
                    refuse(id, number, "'" + quote(pair[k]) + "' is not an offset");
                    return null;
                }
                long value = Long.parseLong(pair[k]);
                if (value > offsets.codePointLength()) {
                    refuse(id, number, "offset " + value + " is beyond the end of the text ("
                            + offsets.codePointLength() + " characters)");
                    return null;
                }
                result[i * 2 + k] = (int) value;
            }
            if (result[i * 2 + 1] <= result[i * 2]) {
                refuse(id, number, "end " + result[i * 2 + 1] + " is not after start " + result[i * 2]);
                return null;
            }
        }
        return result;
    }

    private boolean checkText(String id, int number, String field, int[] fragments) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < fragments.length; i += 2) {
            if (i > 0) {
                expected.append(' ');
            }
            expected.append(text, offsets.toUtf16(fragments[i]), offsets.toUtf16(fragments[i + 1]));
        }
        if (field.contentEquals(expected)) {
            return true;
        }
        refuse(id, number, "text \"" + quote(field) + "\" differs from \"" + quote(expected.toString())
                + "\" at its offsets");
        return false;
    }

    private void note(String line, int number) {
        String[] fields = line.split("\t", 3);
        String[] typeAndTarget = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (typeAndTarget.length != 2) {
            problems.add(file + ":" + number + ": expected #<number><TAB>AnnotatorNotes TARGET<TAB>note");
            return;
        }
        String target = typeAndTarget[1];
        if (typeAndTarget[0].equals(BratWriter.SPAN_UUID_COMMENT) && spans.containsKey(target)) {
            String uuid = SpanUuid.normalized(fields.length == 3 ? fields[2] : "");
            if (uuid == null) {
                problems.add(file + ":" + number + ": " + quote(fields.length == 3 ? fields[2] : "")
                        + " is not a UUID; " + target + " is imported with a new one");
            } else {
                spans.get(target).uuid = uuid;
            }
            return;
        }
        if (typeAndTarget[0].equals("AnnotatorNotes") && EVENT_ID.matcher(target).matches()) {
            EventEntry event = events.get(target);
            if (event != null && event.triggerIndex >= 0) {
                event.notes.add(fields.length == 3 ? fields[2] : "");
            } else if (event == null && !refusedEvents.contains(target)) {
                problems.add(file + ":" + number + ": note on " + target + ", which the file does not define");
            }
            return;
        }
        if (!typeAndTarget[0].equals("AnnotatorNotes") || !TEXT_BOUND_ID.matcher(target).matches()) {
            notImported++;
            return;
        }
        Entry entry = spans.get(target);
        if (entry != null) {
            // several notes on one span are its lines (the writer splits a note at its line breaks)
            entry.notes.add(fields.length == 3 ? fields[2] : "");
        } else if (!refused.contains(target)) {
            problems.add(file + ":" + number + ": note on " + target + ", which the file does not define");
        }
    }

    /** Reads {@code E<n><TAB>TYPE:T<k> Role:T<m> ...}; ids are resolved once every line is read. */
    private void eventLine(String line, int number) {
        String[] fields = line.split("\t", 3);
        String id = fields[0];
        String[] tokens = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (!EVENT_ID.matcher(id).matches() || tokens.length == 0 || tokens[0].isEmpty()) {
            refuseEvent(id, number, "expected E<number><TAB>TYPE:TRIGGER Role:ID ...");
            return;
        }
        if (events.containsKey(id)) {
            problems.add(file + ":" + number + ": " + id + " is defined twice (first on line " + events.get(id).line
                    + "); this one is left out");
            return;
        }
        int colon = tokens[0].lastIndexOf(':');
        if (colon <= 0 || colon == tokens[0].length() - 1) {
            refuseEvent(id, number, "expected TYPE:TRIGGER after " + id + ", found '" + quote(tokens[0]) + "'");
            return;
        }
        EventEntry event = new EventEntry(tokens[0].substring(0, colon), tokens[0].substring(colon + 1), number);
        for (int i = 1; i < tokens.length; i++) {
            int at = tokens[i].lastIndexOf(':');
            if (at <= 0 || at == tokens[i].length() - 1) {
                problems.add(file + ":" + number + ": expected Role:ID in " + id + ", found '" + quote(tokens[i])
                        + "'; argument left out");
            } else {
                event.arguments.add(new String[] {tokens[i].substring(0, at), tokens[i].substring(at + 1)});
            }
        }
        events.put(id, event);
    }

    /** Finds each event's trigger (one event per trigger), then each argument's filler. */
    private void resolveEvents(Map<String, Integer> index) {
        Map<Integer, String> triggered = new HashMap<>();
        for (Map.Entry<String, EventEntry> e : events.entrySet()) {
            EventEntry event = e.getValue();
            Integer trigger = index.get(event.trigger);
            if (trigger == null) {
                refuseEvent(e.getKey(), event.line, "trigger " + event.trigger + missing(event.trigger));
            } else if (triggered.containsKey(trigger)) {
                refuseEvent(e.getKey(), event.line, "trigger " + event.trigger + " is already the trigger of "
                        + triggered.get(trigger) + " (one event per trigger)");
            } else {
                triggered.put(trigger, e.getKey());
                event.triggerIndex = trigger;
            }
        }
    }

    private DocumentEvent documentEvent(EventEntry event, Map<String, Integer> index) {
        String where = file + ":" + event.line;
        List<DocumentEvent.Argument> arguments = new ArrayList<>();
        for (String[] argument : event.arguments) {
            String role = argument[0];
            String filler = argument[1];
            Integer at = index.get(filler);
            EventEntry other = events.get(filler);
            if (at == null && other != null && other.triggerIndex >= 0) {
                at = other.triggerIndex; // another event fills the role: its trigger stands for it
            }
            if (at == null) {
                problems.add(where + ": argument " + quote(role) + ":" + quote(filler) + " left out: " + filler
                        + missing(filler));
                continue;
            }
            boolean numbered = NUMBERED_ROLE.matcher(role).matches() && !declaredRoles.declares(event.type, role);
            arguments.add(new DocumentEvent.Argument(role, at, numbered, where));
        }
        return new DocumentEvent(event.triggerIndex, event.type, arguments, event.attributes,
                String.join("\n", event.notes), where);
    }

    /** Why an id names nothing: " is not defined in the file" or " was left out (see above)". */
    private String missing(String id) {
        return refused.contains(id) || refusedEvents.contains(id) ? " was left out (see above)"
                : " is not defined in the file";
    }

    /** Reads {@code A<n><TAB>Name E<k> [value]}: kept on events, only counted on anything else. */
    private void attribute(String line, int number) {
        String[] fields = line.split("\t", 3);
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            problems.add(file + ":" + number + ": expected A<number><TAB>Name TARGET [value]; left out");
            return;
        }
        String target = parts[1];
        if (!EVENT_ID.matcher(target).matches()) {
            notImported++; // attributes of text spans, relations...: Hashiya has none
            return;
        }
        EventEntry event = events.get(target);
        if (event != null && event.triggerIndex >= 0) {
            event.attributes.add(new DocumentEvent.Attribute(parts[0], parts.length == 3 ? parts[2].strip() : "",
                    file + ":" + number));
        } else if (event == null && !refusedEvents.contains(target)) {
            problems.add(file + ":" + number + ": attribute " + quote(parts[0]) + " on " + target
                    + ", which the file does not define; left out");
        }
    }

    private void refuseEvent(String id, int number, String reason) {
        refusedEvents.add(id);
        problems.add(file + ":" + number + ": " + reason + "; event left out");
    }

    private void refuse(String id, int number, String reason) {
        refused.add(id);
        problems.add(file + ":" + number + ": " + reason + "; span left out");
    }

    /** A piece of the file fit for a one-line message: line breaks and tabs shown, long ones cut. */
    private static String quote(String s) {
        String shown = s;
        if (s.length() > QUOTED_TEXT_LIMIT) {
            int cut = Character.isHighSurrogate(s.charAt(QUOTED_TEXT_LIMIT - 1)) ? QUOTED_TEXT_LIMIT - 1 : QUOTED_TEXT_LIMIT;
            shown = s.substring(0, cut) + "…";
        }
        return shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
