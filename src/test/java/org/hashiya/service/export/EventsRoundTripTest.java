package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events through export and back (issue 11): a library with events -> JSONL or brat -> an empty
 * library holds the same events: trigger, attributes, note, roles with their fillers in fill
 * order, and the same grouping into incidents.
 */
class EventsRoundTripTest {
    @TempDir
    Path dir;
    EventsFixture f;

    @BeforeEach
    void setUp() {
        f = EventsFixture.create(dir.resolve("lib.db"));
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"JSONL", "BRAT"})
    void eventsComeBackTheSame(ExportFormat format) {
        Path out = dir.resolve(format == ExportFormat.BRAT ? "brat" : "all.jsonl");
        new ExportService(f.library).export(new ExportRequest(format, SpanFilter.ALL, out, false, false),
                ExportListener.NONE, () -> false);
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            new SchemaService(copy).ensureSchema();
            ImportReport report = ArticleImporter.into(copy, Clock.systemUTC(), "amal", "fallback-user")
                    .importPaths(List.of(out), ImportListener.NONE, () -> false);
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();
            List<String> before = events(f.library);
            assertThat(before).hasSize(4);
            assertThat(events(copy)).isEqualTo(before);
            assertThat(incidentGroups(copy)).isEqualTo(incidentGroups(f.library)).isEqualTo(List.of(List.of(0, 3)));
        }
    }

    /** Each event as a line: article hash, trigger, attributes, note, roles with their fillers. */
    private static List<String> events(Library library) {
        List<String> lines = new ArrayList<>();
        library.selection().forEachArticle(SpanFilter.ALL, a -> {
            Map<Long, Span> spans = spansById(a);
            for (Event e : a.events()) {
                EventAttributes at = e.attributes();
                StringBuilder line = new StringBuilder(a.article().importRecord().sha256().substring(0, 8))
                        .append(' ').append(describe(spans.get(e.triggerSpanId())))
                        .append(" date=").append(at.date()).append('/').append(at.precisionId())
                        .append(" certainty=").append(at.certaintyId()).append(" polarity=").append(at.polarity())
                        .append(" modality=").append(at.modality()).append(" fatalities=").append(at.fatalitiesText())
                        .append(" injured=").append(at.injuredText()).append(" note=[").append(at.note()).append(']');
                for (EventArgument arg : e.arguments()) {
                    line.append(" | ").append(arg.role()).append(": ").append(describe(spans.get(arg.fillerSpanId())));
                }
                lines.add(line.toString());
            }
        });
        return lines;
    }

    /** Which events (by their place in {@link #events}) share an incident. */
    private static List<List<Integer>> incidentGroups(Library library) {
        Map<Long, List<Integer>> groups = new HashMap<>();
        int[] at = {0};
        library.selection().forEachArticle(SpanFilter.ALL, a -> {
            for (Event e : a.events()) {
                if (e.incidentId() != 0) {
                    groups.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(at[0]);
                }
                at[0]++;
            }
        });
        return new ArrayList<>(groups.values());
    }

    private static Map<Long, Span> spansById(AnnotatedArticle a) {
        Map<Long, Span> byId = new HashMap<>();
        for (Span s : a.spans()) {
            byId.put(s.id(), s);
        }
        return byId;
    }

    private static String describe(Span s) {
        return s == null ? "(missing)" : s.labelId() + " " + s.start() + "-" + s.end() + " [" + s.text() + "]";
    }
}
