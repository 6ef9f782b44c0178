package org.hashiya.ui;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Label;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.reader.Highlight;

/**
 * Turns stored spans (code-point offsets) into the reading pane's highlights (UTF-16 offsets) in
 * their label's colour. Shared by the workbench and {@code hashiya render}, so a render shows what
 * the user saw.
 */
public final class SpanHighlights {
    static final String UNKNOWN_LABEL_COLOUR = "#d0d0d0";

    private SpanHighlights() {
    }

    public static List<Highlight> of(String text, List<Span> spans, LabelSchema schema) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        int length = offsets.codePointLength();
        List<Highlight> highlights = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (span.end() > length) {
                continue; // a span past the text is reported by the verifier, not drawn somewhere wrong
            }
            highlights.add(of(offsets, span, schema));
        }
        return highlights;
    }

    public static Highlight of(CodePointOffsets offsets, Span span, LabelSchema schema) {
        String colour = schema.byId(span.labelId()).map(Label::colour).orElse(UNKNOWN_LABEL_COLOUR);
        return Highlight.of(id(span.id()), offsets.toUtf16(span.start()), offsets.toUtf16(span.end()), colour);
    }

    public static String id(long spanId) {
        return "span-" + spanId;
    }
}
