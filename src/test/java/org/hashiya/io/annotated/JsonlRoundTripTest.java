package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link JsonlWriter} writes, {@link JsonlReader} reads back with nothing lost. */
class JsonlRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldComesBack() throws Exception {
        List<AnnotatedArticle> articles = AnnotatedSamples.all();
        Path file = write(articles);

        CollectingSink sink = new CollectingSink();
        JsonlReader.read(file, sink);

        assertThat(sink.allProblems()).isEmpty();
        assertThat(sink.documents).hasSameSizeAs(articles);
        for (int i = 0; i < articles.size(); i++) {
            assertSameArticle(sink.documents.get(i), articles.get(i), file + ":" + (i + 1));
        }
    }

    private static void assertSameArticle(AnnotatedDocument doc, AnnotatedArticle written, String where) {
        var article = written.article();
        var annotation = written.annotation();
        assertThat(doc.where()).isEqualTo(where);
        assertThat(doc.text()).isEqualTo(article.text());
        assertThat(doc.metadata()).isEqualTo(article.metadata());
        assertThat(doc.sourcePath()).isEqualTo(article.importRecord().sourcePath());
        assertThat(doc.encoding()).isEqualTo(article.importRecord().encoding());
        assertThat(doc.importedAt()).isEqualTo(article.importRecord().importedAt());
        assertThat(doc.status()).isEqualTo(annotation.status());
        assertThat(doc.relevance()).isEqualTo(annotation.relevance());
        assertThat(doc.tags()).isEqualTo(annotation.tags());
        assertThat(doc.note()).isEqualTo(annotation.note());
        assertThat(doc.spans()).hasSameSizeAs(written.spans());
        for (int k = 0; k < written.spans().size(); k++) {
            Span span = written.spans().get(k);
            DocumentSpan read = doc.spans().get(k);
            assertThat(read.label()).isEqualTo(span.labelId());
            assertThat(read.start()).isEqualTo(span.start());
            assertThat(read.end()).isEqualTo(span.end());
            assertThat(read.expectedText()).isEqualTo(span.text());
            // an empty annotator name is no name: the importer then applies its default
            assertThat(read.annotator()).isEqualTo(span.annotator().isEmpty() ? null : span.annotator());
            assertThat(read.note()).isEqualTo(span.note());
            assertThat(read.createdAt()).isEqualTo(span.createdAt());
            assertThat(read.updatedAt()).isEqualTo(span.updatedAt());
            assertThat(read.where()).isEqualTo(where);
        }
    }

    @Test
    void theSamplesReallyHoldWhatTheTestIsAbout() {
        AnnotatedArticle mixed = AnnotatedSamples.mixed();
        String text = mixed.article().text();
        assertThat(text.codePointCount(0, text.length())).isLessThan(text.length()); // emoji outside the BMP
        assertThat(text).contains("\r\n", "\u200F", "\u202B", "\u2028", "\u0085", "ِّ");
        assertThat(mixed.spans()).anySatisfy(s -> assertThat(s.note()).contains("\n", "\""));
        assertThat(mixed.spans()).anySatisfy(s -> assertThat(s.text()).contains("\r\n"));
        assertThat(mixed.annotation().note()).contains("\r\n", "\"");
        // a span after the emoji: its code-point offset differs from its UTF-16 index
        Span after = mixed.spans().stream().filter(s -> s.text().equals("end")).findFirst().orElseThrow();
        assertThat(text.indexOf("end")).isNotEqualTo(after.start());
    }

    /** As a Python script reads the file: json per line, text sliced by code points. */
    @Test
    void everyEntityCoversItsTextInCodePoints() throws Exception {
        Path file = write(AnnotatedSamples.all());
        ObjectMapper mapper = new ObjectMapper();
        int entities = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode record = mapper.readTree(line);
            int[] text = record.get("text").textValue().codePoints().toArray();
            for (JsonNode entity : record.get("entities")) {
                int start = entity.get("start_offset").intValue();
                int end = entity.get("end_offset").intValue();
                String covered = new String(text, start, end - start);
                assertThat(covered).as(entity.toString()).isEqualTo(entity.get("text").textValue());
                entities++;
            }
        }
        assertThat(entities).isEqualTo(12);
    }

    @Test
    void writingWhatWasReadGivesTheSameFile() throws Exception {
        List<AnnotatedArticle> articles = AnnotatedSamples.all();
        Path first = write(articles);
        CollectingSink sink = new CollectingSink();
        JsonlReader.read(first, sink);

        List<AnnotatedArticle> again = sink.documents.stream().map(JsonlRoundTripTest::restore).toList();
        Path second = write(again, "second.jsonl");

        // ids aside (restored here from the first file's order), byte for byte
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
    }

    /** The article a document describes, ids and sha256 taken from the originals (the library assigns them). */
    private static AnnotatedArticle restore(AnnotatedDocument doc) {
        AnnotatedArticle original = AnnotatedSamples.all().stream()
                .filter(a -> a.article().text().equals(doc.text())).findFirst().orElseThrow();
        long id = original.article().id();
        var record = new ImportRecord(doc.sourcePath(), doc.encoding(), doc.importedAt(),
                original.article().importRecord().sha256());
        var article = new Article(id, doc.text(), doc.metadata(), record, doc.status());
        var annotation = new ArticleAnnotation(id, doc.status(), doc.relevance(), doc.tags(), doc.note());
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < doc.spans().size(); i++) {
            DocumentSpan s = doc.spans().get(i);
            spans.add(new Span(original.spans().get(i).id(), id, s.label(), s.start(), s.end(), s.expectedText(),
                    s.annotator(), s.createdAt(), s.updatedAt(), s.note()));
        }
        return new AnnotatedArticle(article, annotation, spans);
    }

    private Path write(List<AnnotatedArticle> articles) throws Exception {
        return write(articles, "out.jsonl");
    }

    private Path write(List<AnnotatedArticle> articles, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, AnnotatedSamples.jsonl(articles), StandardCharsets.UTF_8);
        return file;
    }
}
