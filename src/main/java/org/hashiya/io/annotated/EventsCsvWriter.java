package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.Span;

/**
 * events-csv: events in tidy long form, one row per event argument (an event without arguments
 * gives one row with {@code role} to {@code canonical_entry} empty), a header row, {@link #COLUMNS}
 * in that order. Events come in article order, then by trigger start; arguments in the order they
 * were filled. Offsets are code points, end exclusive ({@code article_text[start:end]} in Python).
 * An unknown value is an empty cell. {@code annotator} is the trigger span's annotator;
 * {@code canonical_entry} the registry entry the filler span links to. The same CSV rules as
 * spans-csv ({@link CsvCells}): in Excel mode the texts and the annotator are defused, ids, offsets
 * and coded values never.
 */
public final class EventsCsvWriter implements ExportWriter {
    public static final List<String> COLUMNS = List.of("event_id", "incident_id", "article_id", "event_label",
            "trigger_span_id", "trigger_text", "trigger_start", "trigger_end", "event_date", "date_precision",
            "certainty", "polarity", "modality", "fatalities", "injured", "role", "filler_span_id", "filler_label",
            "filler_text", "filler_start", "filler_end", "canonical_entry", "annotator");

    private final CsvCells cells;

    public EventsCsvWriter(Writer out, boolean excel) throws IOException {
        this.cells = new CsvCells(out, excel, COLUMNS.toArray(String[]::new));
    }

    @Override
    public void write(AnnotatedArticle annotated) throws IOException {
        if (annotated.events().isEmpty()) {
            return;
        }
        Map<Long, Span> spans = new HashMap<>();
        for (Span span : annotated.spans()) {
            spans.put(span.id(), span);
        }
        String articleId = Long.toString(annotated.article().id());
        for (Event event : annotated.events()) {
            Span trigger = spans.get(event.triggerSpanId());
            if (event.arguments().isEmpty()) {
                writeEvent(articleId, event, trigger);
                writeFiller(null, null, null);
                cells.text(trigger.annotator());
                cells.endRow();
            }
            for (EventArgument argument : event.arguments()) {
                writeEvent(articleId, event, trigger);
                Span filler = spans.get(argument.fillerSpanId());
                writeFiller(argument.role(), filler, annotated.entries().get(filler.id()));
                cells.text(trigger.annotator());
                cells.endRow();
            }
        }
    }

    private void writeEvent(String articleId, Event event, Span trigger) throws IOException {
        EventAttributes a = event.attributes();
        cells.plain(event.id());
        cells.plain(event.incidentId() == 0 ? "" : Long.toString(event.incidentId()));
        cells.plain(articleId);
        cells.plain(trigger.labelId());
        cells.plain(trigger.id());
        cells.text(trigger.text());
        cells.plain(trigger.start());
        cells.plain(trigger.end());
        cells.plain(a.date());
        cells.plain(a.precisionId());
        cells.plain(a.certaintyId());
        cells.plain(a.polarity());
        cells.plain(a.modality());
        cells.plain(a.fatalitiesText());
        cells.plain(a.injuredText());
    }

    /** role, filler_span_id, filler_label, filler_text, filler_start, filler_end, canonical_entry; all empty without a filler. */
    private void writeFiller(String role, Span filler, Long entry) throws IOException {
        if (filler == null) {
            for (int i = 0; i < 7; i++) {
                cells.plain("");
            }
            return;
        }
        cells.text(role);
        cells.plain(filler.id());
        cells.plain(filler.labelId());
        cells.text(filler.text());
        cells.plain(filler.start());
        cells.plain(filler.end());
        cells.plain(entry == null ? "" : entry.toString());
    }

    /** Rows written: one per event argument, one per event without any. */
    @Override
    public long rows() {
        return cells.rows();
    }

    @Override
    public void close() throws IOException {
        cells.close();
    }
}
