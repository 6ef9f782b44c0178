package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.SpanLabel;
import org.junit.jupiter.api.Test;

/** The shape of each line {@link JsonlWriter} writes, and how it finishes. */
class JsonlWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void oneArticleALineEachEndedByNewline() {
        String out = AnnotatedSamples.jsonl(AnnotatedSamples.all());

        assertThat(out).doesNotStartWith("\uFEFF").endsWith("}\n").doesNotContain("\r");
        assertThat(out.split("\n", -1)).hasSize(4).endsWith("");
    }

    @Test
    void lineBreaksOutsideAsciiAreEscapedSoNoLineSplitterCutsARecord() {
        String out = AnnotatedSamples.jsonl(List.of(AnnotatedSamples.mixed()));

        assertThat(out).doesNotContain("\u2028", "\u2029", "\u0085")
                .contains("\\u2028", "\\u0085", "\\r\\n");
        assertThat(out.strip().lines()).hasSize(1); // Java's line splitting: \n, \r
        assertThat(out.strip().split("\\R")).hasSize(1); // any Unicode line break
    }

    @Test
    void eachLineDefinesTheLabelsItsEntitiesUseAndNoOthers() throws Exception {
        LabelSchema schema = LabelSchema.of(List.of(
                        new SpanLabel("LOCATION", "مكان", "Location", LabelKind.PLACE, "#0072b2", "3", 0, false),
                        new SpanLabel("ATTACK", "هجوم", "Attack", LabelKind.EVENT, "#D55E00", "4", 1, false),
                        new SpanLabel("UNUSED", "", "Unused", LabelKind.ACTOR, "#111111", "", 2, false)),
                List.of(new EventType("ATTACK", List.of(new EventRole("Place", true, false, List.of("place", "LOCATION")),
                        new EventRole("Weapon", false, true, List.of())))));
        StringWriter out = new StringWriter();
        try (JsonlWriter writer = new JsonlWriter(out, schema)) {
            writer.write(AnnotatedSamples.mixed());
            writer.write(AnnotatedSamples.unannotated());
        }
        List<String> lines = out.toString().lines().toList();
        JsonNode labels = MAPPER.readTree(lines.get(0)).get("labels");
        List<String> ids = new ArrayList<>();
        labels.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).as("in order of first use; labels the schema lacks are not defined").containsExactly("ATTACK", "LOCATION");
        assertThat(labels.get("LOCATION").toString()).isEqualTo(
                "{\"kind\":\"place\",\"arabic_name\":\"مكان\",\"english_name\":\"Location\",\"colour\":\"#0072b2\"}");
        assertThat(labels.get("ATTACK").toString()).isEqualTo("{\"kind\":\"event\",\"arabic_name\":\"هجوم\","
                + "\"english_name\":\"Attack\",\"colour\":\"#d55e00\",\"roles\":["
                + "{\"name\":\"Place\",\"required\":true,\"repeatable\":false,\"fillers\":[\"place\",\"LOCATION\"]},"
                + "{\"name\":\"Weapon\",\"required\":false,\"repeatable\":true,\"fillers\":[]}]}");
        assertThat(MAPPER.readTree(lines.get(1)).get("labels").toString()).as("no entities, no labels").isEqualTo("{}");
    }

    @Test
    void doccanoFieldsComeFirstThenHashiyasOwn() throws Exception {
        JsonNode line = MAPPER.readTree(AnnotatedSamples.jsonl(List.of(AnnotatedSamples.mixed())));

        List<String> names = new ArrayList<>();
        line.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "text", "entities", "relations", "format", "title", "source", "url",
                "published", "sha256", "source_path", "encoding", "imported_at", "status", "relevance", "tags", "note",
                "events", "labels");
        assertThat(line.get("id").isIntegralNumber()).isTrue();
        assertThat(line.get("id").longValue()).isEqualTo(41);
        assertThat(line.get("relations").isArray()).isTrue();
        assertThat(line.get("relations")).isEmpty();
        assertThat(line.get("format").textValue()).isEqualTo("hashiya-jsonl/1");
        assertThat(line.get("status").textValue()).isEqualTo("reviewed");
        assertThat(line.get("relevance").textValue()).isEqualTo("not_relevant");
        assertThat(line.get("imported_at").textValue()).isEqualTo("2024-05-01T10:00:00.500Z");
        assertThat(line.get("tags").isArray()).isTrue();

        JsonNode entity = line.get("entities").get(0);
        List<String> entityNames = new ArrayList<>();
        entity.fieldNames().forEachRemaining(entityNames::add);
        assertThat(entityNames).containsExactly("id", "label", "start_offset", "end_offset", "text", "annotator", "note",
                "created_at", "updated_at", "reviewed_by", "reviewed_at", "span_uuid");
        assertThat(entity.get("reviewed_by").textValue()).as("not reviewed").isEmpty();
        assertThat(entity.get("reviewed_at").isNull()).isTrue();
        assertThat(entity.get("id").longValue()).isEqualTo(1);
        assertThat(entity.get("label").textValue()).isEqualTo("STATE_GOV");
        assertThat(entity.get("start_offset").isInt()).isTrue();
        assertThat(entity.get("created_at").textValue()).isEqualTo("2024-05-02T08:15:30.123456789Z");
    }

    @Test
    void unsetRelevanceIsEmptyAndAnUnknownImportTimeIsNull() throws Exception {
        JsonNode plain = MAPPER.readTree(AnnotatedSamples.jsonl(List.of(AnnotatedSamples.plain())));
        JsonNode unannotated = MAPPER.readTree(AnnotatedSamples.jsonl(List.of(AnnotatedSamples.unannotated())));

        assertThat(plain.get("relevance").textValue()).isEmpty();
        assertThat(plain.get("status").textValue()).isEqualTo("new");
        assertThat(unannotated.get("relevance").textValue()).isEqualTo("relevant");
        assertThat(unannotated.get("imported_at").isNull()).isTrue();
        assertThat(unannotated.get("entities")).isEmpty();
    }

    @Test
    void rowsCountArticles() throws IOException {
        try (JsonlWriter writer = new JsonlWriter(new StringWriter(), LabelSchema.of(List.of()))) {
            assertThat(writer.rows()).isZero();
            for (AnnotatedArticle article : AnnotatedSamples.all()) {
                writer.write(article);
            }
            assertThat(writer.rows()).isEqualTo(3);
        }
    }

    @Test
    void closeFlushesAndClosesTheWriterOnceHoweverOftenCalled() throws IOException {
        CountingWriter out = new CountingWriter();
        JsonlWriter writer = new JsonlWriter(out, LabelSchema.of(List.of()));
        writer.write(AnnotatedSamples.plain());

        writer.close();
        writer.close();

        assertThat(out.closes).isEqualTo(1);
        assertThat(out.toString()).startsWith("{\"id\":42,").endsWith("}\n");
    }

    /** Remembers how often it was closed. */
    private static final class CountingWriter extends StringWriter {
        int closes;

        @Override
        public void close() throws IOException {
            closes++;
            super.close();
        }
    }
}
