package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSONL export carries the definitions of its labels: custom labels come back as they were. */
class JsonlLabelsRoundTripTest {
    static final SpanLabel GROUP = new SpanLabel("PROTEST_GROUP", "مجموعة احتجاجية", "Protest group", LabelKind.ACTOR,
            "#123456", "", 0, false);
    static final SpanLabel SIT_IN = new SpanLabel("SIT_IN", "اعتصام", "Sit-in", LabelKind.EVENT, "#a0522d", "", 0, false);
    static final List<EventRole> SIT_IN_ROLES = List.of(
            new EventRole("Organizer", true, true, List.of("PROTEST_GROUP", "actor")),
            new EventRole("Place", false, false, List.of("place")));

    @TempDir
    Path dir;
    ExportFixture f;
    Path file;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        SchemaService schema = new SchemaService(f.library);
        schema.addLabel(SIT_IN); // before the label its role names
        schema.addLabel(GROUP);
        schema.setRoles("SIT_IN", SIT_IN_ROLES);
        String text = ExportFixture.ARTICLE_3; // "مقال بلا تعليقات": one code unit a character
        span(text, "SIT_IN", "مقال");
        span(text, "PROTEST_GROUP", "تعليقات");
        file = dir.resolve("set.jsonl");
        new ExportService(f.library).export(new ExportRequest(ExportFormat.JSONL, SpanFilter.ALL, file, false, false),
                ExportListener.NONE, () -> false);
    }

    private void span(String text, String label, String covered) {
        int start = text.indexOf(covered);
        f.library.spans().add(new NewSpan(f.a3, label, start, start + covered.length(), covered, "amal", "",
                Instant.parse("2026-12-01T10:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private ImportReport importInto(Library target, List<String> notices) {
        new SchemaService(target).ensureSchema();
        return ArticleImporter.into(target, Clock.systemUTC(), null, "fallback-user")
                .importPaths(List.of(file), new ImportListener() {
                    @Override
                    public void notice(String message) {
                        notices.add(message);
                    }
                }, () -> false);
    }

    /** The id the copy gave the article with the custom spans. */
    private static long copyArticle(Library copy) {
        return copy.articles().listSummaries().stream().filter(a -> a.title().equals("@ثالث")).findFirst().orElseThrow().id();
    }

    private static SpanLabel label(Library lib, String id) {
        return new SchemaService(lib).schema().byId(id).orElseThrow(() -> new AssertionError("no label " + id));
    }

    @Test
    void aCustomLabelComesBackWithItsKindNamesColourAndRoles() throws Exception {
        assertThat(Files.readString(file)).contains("\"labels\":{").contains("\"PROTEST_GROUP\":{\"kind\":\"actor\"");
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            List<String> notices = new ArrayList<>();
            ImportReport report = importInto(copy, notices);
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();
            for (SpanLabel mine : List.of(GROUP, SIT_IN)) {
                SpanLabel back = label(copy, mine.id());
                assertThat(back.kind()).as(mine.id()).isEqualTo(mine.kind());
                assertThat(back.arabicName()).isEqualTo(mine.arabicName());
                assertThat(back.englishName()).isEqualTo(mine.englishName());
                assertThat(back.colour()).isEqualTo(mine.colour());
            }
            assertThat(new SchemaService(copy).rolesOf("SIT_IN")).as("the filler PROTEST_GROUP kept though defined later")
                    .isEqualTo(SIT_IN_ROLES);
            List<String> labelled = copy.spans().findByArticle(copyArticle(copy)).stream().map(Span::labelId).toList();
            assertThat(labelled).containsExactlyInAnyOrder("SIT_IN", "PROTEST_GROUP");
            assertThat(notices).anyMatch(n -> n.startsWith("new label PROTEST_GROUP added to the schema as the file defines it"));
            assertThat(notices).noneMatch(n -> n.contains("kind other"));
        }
    }

    @Test
    void aLabelTheLibraryHasStaysAsItIsAndOneOfAnotherKindIsKeptApart() throws Exception {
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            SchemaService schema = new SchemaService(copy);
            schema.ensureSchema();
            schema.addLabel(new SpanLabel("PROTEST_GROUP", "", "Protesters", LabelKind.ACTOR, "#00ff00", "", 0, false));
            schema.addLabel(new SpanLabel("SIT_IN", "", "Sit-in place", LabelKind.PLACE, "#0000ff", "", 0, false));
            List<String> notices = new ArrayList<>();
            ImportReport report = importInto(copy, notices);
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();

            assertThat(label(copy, "PROTEST_GROUP").englishName()).as("same kind: the library's label as it was")
                    .isEqualTo("Protesters");
            assertThat(label(copy, "PROTEST_GROUP").colour()).isEqualTo("#00ff00");
            assertThat(label(copy, "SIT_IN").kind()).isEqualTo(LabelKind.PLACE);
            SpanLabel apart = label(copy, "SIT_IN_EVENT");
            assertThat(apart.kind()).isEqualTo(LabelKind.EVENT);
            assertThat(apart.englishName()).isEqualTo("Sit-in");
            assertThat(apart.colour()).isEqualTo("#a0522d");
            assertThat(notices).contains("label SIT_IN is place here but event in " + file + ":3: theirs kept apart as SIT_IN_EVENT");
            List<String> labelled = copy.spans().findByArticle(copyArticle(copy)).stream().map(Span::labelId).toList();
            assertThat(labelled).containsExactlyInAnyOrder("SIT_IN_EVENT", "PROTEST_GROUP");
        }
    }

    @Test
    void aDefinitionTheSchemaCannotTakeFallsBackToTheRulesForUndefinedLabels() throws Exception {
        Files.writeString(file, "{\"text\": \"نص قصير\", \"format\": \"hashiya-jsonl/1\", \"entities\": [{\"label\":"
                + " \"ODD_ONE\", \"start_offset\": 0, \"end_offset\": 2}], \"labels\": {\"ODD_ONE\": {\"kind\": \"actor\","
                + " \"english_name\": \"Odd\", \"colour\": \"red\"}}}\n");
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            List<String> notices = new ArrayList<>();
            ImportReport report = importInto(copy, notices);
            assertThat(report.spansAdded()).isEqualTo(1);
            assertThat(notices).anyMatch(n -> n.startsWith("label ODD_ONE as " + file + ":1 defines it cannot be added (")
                    && n.contains("colour 'red'"));
            assertThat(label(copy, "ODD_ONE").kind()).isEqualTo(LabelKind.OTHER);
        }
    }
}
