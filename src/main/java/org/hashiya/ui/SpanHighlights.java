package org.hashiya.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.reader.Highlight;

/**
 * Turns stored spans (code-point offsets) into the reading pane's highlights (UTF-16 offsets) in
 * their label's colour. Shared by the workbench and {@code hashiya render}, so a render shows
 * exactly what the user saw.
 */
public final class SpanHighlights {
    /** SpanLabel colours are painted translucent, so overlapping and nested spans both stay visible. */
    public static final double FILL_OPACITY = 0.55;
    static final String UNKNOWN_LABEL_COLOUR = "#d0d0d0";

    private SpanHighlights() {
    }

    /** Highlights for every span that lies inside the text (others are reported, not drawn). */
    public static List<Highlight> of(String text, List<Span> spans, LabelSchema schema) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<Highlight> highlights = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Highlight highlight = of(offsets, span, schema);
            if (highlight != null) {
                highlights.add(highlight);
            }
        }
        return highlights;
    }

    /** The span's highlight, or null for a span past the end of the text. */
    public static Highlight of(CodePointOffsets offsets, Span span, LabelSchema schema) {
        if (span.end() > offsets.codePointLength()) {
            return null;
        }
        return new Highlight(id(span.id()), offsets.toUtf16(span.start()), offsets.toUtf16(span.end()),
                fill(labelColour(schema, span.labelId())));
    }

    public static Color labelColour(LabelSchema schema, String labelId) {
        return Color.web(schema.byId(labelId).map(SpanLabel::colour).orElse(UNKNOWN_LABEL_COLOUR));
    }

    static Color fill(Color base) {
        return Color.color(base.getRed(), base.getGreen(), base.getBlue(), FILL_OPACITY);
    }

    /** A darker, stronger shade of a (pastel) label colour, visible as an outline on the page. */
    public static Color outlineOf(Color base) {
        return Color.hsb(base.getHue(), Math.min(1, base.getSaturation() * 2 + 0.3), base.getBrightness() * 0.55);
    }

    public static String id(long spanId) {
        return "span-" + spanId;
    }
}
