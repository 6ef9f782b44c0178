package org.hashiya.io.annotated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;

/**
 * The two configuration files that make a folder of standoff files a brat collection.
 *
 * <p>{@code annotation.conf}: every label of the schema (retired ones too, their spans may be
 * exported) as an entity type, and one {@code <OVERLAP>} rule so brat accepts spans that nest,
 * cross or coincide, as Hashiya's do (without it brat's validation marks them as errors). No
 * relations, events or attributes yet.
 *
 * <p>{@code visual.conf}: each label's names ({@code ID | Arabic name | English name}), its colour
 * as the span background, and {@code Text direction:rtl} in {@code [options]}: brat (since its
 * 2016 right-to-left support, nlplab/brat commit 58d929b, not in the 1.3 release) reads the text
 * direction from there ({@code visual_options_get_text_direction} in server/src/projectconfig.py).
 */
final class BratConfiguration {
    static final String ANNOTATION_CONF = "annotation.conf";
    static final String VISUAL_CONF = "visual.conf";

    private BratConfiguration() {
    }

    static String annotationConf(LabelSchema schema, Collection<String> labelsOutsideSchema) {
        StringBuilder conf = new StringBuilder();
        conf.append("# brat annotation types written by Hashiya: each label of the schema is an entity type.\n");
        conf.append("[entities]\n");
        for (SpanLabel label : schema.labels()) {
            conf.append(label.id()).append('\n');
        }
        for (String id : labelsOutsideSchema) {
            conf.append(id).append('\n');
        }
        conf.append("\n[relations]\n");
        conf.append("# Hashiya's spans may nest, cross and coincide.\n");
        conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        conf.append("\n[events]\n");
        conf.append("\n[attributes]\n");
        return conf.toString();
    }

    static String visualConf(LabelSchema schema) {
        StringBuilder conf = new StringBuilder();
        conf.append("# brat display settings written by Hashiya: label names and colours, right-to-left text.\n");
        conf.append("[labels]\n");
        for (SpanLabel label : schema.labels()) {
            conf.append(String.join(" | ", names(label))).append('\n');
        }
        conf.append("\n[drawing]\n");
        conf.append("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n");
        conf.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
        for (SpanLabel label : schema.labels()) {
            conf.append(label.id()).append("\tbgColor:").append(label.colour()).append('\n');
        }
        conf.append("\n[options]\n");
        conf.append("Text direction:rtl\n");
        return conf.toString();
    }

    /** The id, then the Arabic and English names as brat can read them, without repeats. */
    private static List<String> names(SpanLabel label) {
        List<String> names = new ArrayList<>();
        names.add(label.id());
        for (String name : List.of(label.arabicName(), label.englishName())) {
            String clean = displayName(name);
            if (!clean.isEmpty() && !names.contains(clean)) {
                names.add(clean);
            }
        }
        return names;
    }

    /**
     * A name brat's [labels] line keeps as given: "|" separates names there, a tab starts
     * arguments, a line break ends the line and a leading "!" marks a type unused.
     */
    static String displayName(String name) {
        String clean = name.replace('|', '/').replaceAll("[\\t\\n\\r\\u0085\\u2028\\u2029]+", " ").strip();
        while (clean.startsWith("!")) {
            clean = clean.substring(1).strip();
        }
        return clean;
    }
}
