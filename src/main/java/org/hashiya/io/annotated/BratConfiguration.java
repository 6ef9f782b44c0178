package org.hashiya.io.annotated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;

/**
 * The two configuration files that make a folder of standoff files a brat collection.
 *
 * <p>{@code annotation.conf}: every label of the schema (retired ones too, their spans may be
 * exported) as an entity type, or, for event labels, as an event type in {@code [events]} with its
 * roles in brat's syntax ({@code MEET<TAB>Participant+:STATE_GOV|PERSON, Host?:..., Place?:LOCATION};
 * label kinds spelled out as the label ids of that kind, a role that takes any label lists them all,
 * and a role the export wrote that the schema lacks is added as optional and repeatable); one
 * {@code <OVERLAP>} rule so brat accepts spans that nest, cross or coincide, as Hashiya's do
 * (without it brat's validation marks them as errors); and in {@code [attributes]} the event
 * attributes: Certainty, Polarity and Modality with the schema's value lists (and any value written
 * that the schema no longer lists), DatePrecision with its values, EventDate,
 * Fatalities, Injured and Incident with the values the export wrote (a line only when it wrote one).
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
        return annotationConf(schema, labelsOutsideSchema, new BratEvents());
    }

    /**
     * Event labels (the schema's, and any label an exported event was anchored on) are event types
     * with their roles; every other label is an entity type. {@code events}: what the export wrote.
     */
    static String annotationConf(LabelSchema schema, Collection<String> labelsOutsideSchema, BratEvents events) {
        Set<String> eventLabels = new LinkedHashSet<>();
        schema.labels().stream().filter(l -> l.kind() == LabelKind.EVENT).forEach(l -> eventLabels.add(l.id()));
        eventLabels.addAll(events.rolesWritten().keySet());
        List<String> allLabels = new ArrayList<>();
        schema.labels().forEach(l -> allLabels.add(l.id()));
        labelsOutsideSchema.stream().filter(id -> !allLabels.contains(id)).forEach(allLabels::add);

        StringBuilder conf = new StringBuilder();
        conf.append("# brat annotation types written by Hashiya: each label of the schema is an entity type,\n");
        conf.append("# or an event type with its roles when it is an event label.\n");
        conf.append("[entities]\n");
        for (String id : allLabels) {
            if (!eventLabels.contains(id)) {
                conf.append(id).append('\n');
            }
        }
        conf.append("\n[relations]\n");
        conf.append("# Hashiya's spans may nest, cross and coincide.\n");
        conf.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        conf.append("\n[events]\n");
        conf.append("# Role:fillers, ? optional, * optional and repeatable, + required and repeatable.\n");
        for (String label : eventLabels) {
            conf.append(label);
            List<String> roles = roles(schema, label, events.rolesWritten().getOrDefault(label, Set.of()), allLabels);
            if (!roles.isEmpty()) {
                conf.append('\t').append(String.join(", ", roles));
            }
            conf.append('\n');
        }
        conf.append("\n[attributes]\n");
        EventAttributeValues allowed = schema.eventAttributes();
        attribute(conf, BratEvents.CERTAINTY, allowed.certainty(), events.valuesWritten(BratEvents.CERTAINTY));
        attribute(conf, BratEvents.POLARITY, allowed.polarity(), events.valuesWritten(BratEvents.POLARITY));
        attribute(conf, BratEvents.MODALITY, allowed.modality(), events.valuesWritten(BratEvents.MODALITY));
        attribute(conf, BratEvents.DATE_PRECISION, java.util.Arrays.stream(EventAttributes.Precision.values())
                .map(EventAttributes.Precision::id).toList(), Set.of());
        for (String name : BratEvents.WRITTEN_VALUES) {
            Set<String> values = events.valuesWritten(name);
            if (!values.isEmpty()) {
                conf.append(name).append("\tArg:<EVENT>, Value:").append(String.join("|", values)).append('\n');
            }
        }
        return conf.toString();
    }

    /** The schema's roles of the label, then any other role its written events used (optional, repeatable, any label). */
    private static List<String> roles(LabelSchema schema, String label, Set<String> written, List<String> allLabels) {
        List<String> roles = new ArrayList<>();
        Set<String> named = new HashSet<>();
        schema.eventType(label).ifPresent(type -> type.roles().forEach(role -> {
            List<String> fillers = fillers(schema, role, allLabels);
            if (!fillers.isEmpty()) { // a role no label of the schema may fill is left out, as in Hashiya
                named.add(role.name());
                roles.add(role.shortForm() + ":" + String.join("|", fillers));
            }
        }));
        for (String role : written) {
            if (named.add(role)) {
                roles.add(role + "*:" + String.join("|", allLabels));
            }
        }
        return roles;
    }

    /**
     * The label ids that may fill the role, kinds spelled out; every label when the role takes any;
     * none when it names kinds the schema has no label of (it cannot be filled).
     */
    private static List<String> fillers(LabelSchema schema, EventRole role, List<String> allLabels) {
        if (role.fillers().isEmpty()) {
            return allLabels;
        }
        return schema.labels().stream().filter(role::accepts).map(SpanLabel::id).toList();
    }

    /** The schema's values in its order, then any written value it does not list (kept from an older schema). */
    private static void attribute(StringBuilder conf, String name, List<String> listed, Set<String> written) {
        Set<String> values = new LinkedHashSet<>(listed);
        values.addAll(written);
        conf.append(name).append("\tArg:<EVENT>, Value:").append(String.join("|", values)).append('\n');
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
