package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hashiya.EventLibraries;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.EventReviewRepository;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review view's events as the store reads them: rows, roles, filters, every order, keyset paging. */
class SqliteEventReviewRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void anEventRowCarriesItsTriggerInContextItsRolesInSchemaOrderAndItsMissingRequiredRoles() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            EventLibraries.Reports r = EventLibraries.reports(lib);
            EventReviewRepository events = lib.eventReview();
            List<EventReviewRow> all = events.rows(EventReviewFilter.ALL, "", EventReviewSort.LIBRARY, null, 0, 100);
            assertThat(all).extracting(row -> row.trigger().text()).containsExactly("قصفت", "وقال", "اعتقلت", "واجتمع");
            assertThat(events.count(EventReviewFilter.ALL, "")).isEqualTo(4);

            EventReviewRow attack = all.get(0);
            assertThat(attack.event().id()).isEqualTo(r.attack().id());
            assertThat(attack.articleTitle()).isEqualTo("غارات على الحديدة");
            assertThat(attack.context().keyword()).isEqualTo("قصفت");
            assertThat(attack.context().after()).startsWith(" طائرات التحالف");
            // filled Place, Attacker, Target; the schema lists Attacker, Target, ..., Place
            assertThat(attack.fillers()).extracting(EventReviewRow.Filler::role).containsExactly("Attacker", "Target", "Place");
            assertThat(attack.fillers()).extracting(EventReviewRow.Filler::text)
                    .containsExactly("طائرات التحالف الدولي", "جماعة الحوثي", "مدينة الحديدة");
            assertThat(attack.event().attributes().date()).isEqualTo("2026-11-19");
            assertThat(attack.event().attributes().certaintyId()).isEqualTo("reported");
            assertThat(attack.missingRoles()).isEmpty();

            assertThat(all.get(1).fillers()).extracting(EventReviewRow.Filler::text).containsExactly("متحدث باسم التحالف", "قصفت");
            assertThat(all.get(2).missingRoles()).containsExactly("Detainee");
            assertThat(all.get(3).missingRoles()).containsExactly("Participant");
            assertThat(all.get(3).fillers()).isEmpty();
        }
    }

    @Test
    void filtersAskTheTriggerAndMissingRequiredRolesAndCombine() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            EventLibraries.Reports r = EventLibraries.reports(lib);
            EventReviewRepository events = lib.eventReview();
            EventReviewFilter missing = EventReviewFilter.ALL.withMissingRequiredOnly(true);
            assertThat(ids(events, missing)).containsExactly(r.arrest().id(), r.meeting().id());
            assertThat(events.count(missing, "")).isEqualTo(2);

            EventReviewFilter omar = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withAnnotators(List.of("omar"))));
            assertThat(ids(events, omar)).containsExactly(r.meeting().id());
            EventReviewFilter attacks = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withLabels(List.of("ATTACK", "ARREST"))));
            assertThat(ids(events, attacks)).containsExactly(r.attack().id(), r.arrest().id());
            assertThat(ids(events, attacks.withMissingRequiredOnly(true))).containsExactly(r.arrest().id());
            EventReviewFilter secondArticle = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withArticles(List.of(r.arrestArticle()))));
            assertThat(ids(events, secondArticle)).containsExactly(r.arrest().id(), r.meeting().id());
            EventReviewFilter lateDays = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withDates(java.time.LocalDate.parse("2026-11-21"), null)));
            assertThat(ids(events, lateDays)).containsExactly(r.meeting().id());
        }
    }

    @Test
    void anIncidentFilterListsThatIncidentsEventsAcrossArticlesUnderTheOtherFilters() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            EventLibraries.Reports r = EventLibraries.reports(lib);
            long incident = lib.events().newIncident(java.time.Instant.EPOCH);
            lib.events().put(r.attack().withIncident(incident));
            lib.events().put(lib.events().find(r.arrest().id()).orElseThrow().withIncident(incident));
            long other = lib.events().newIncident(java.time.Instant.EPOCH);
            lib.events().put(lib.events().find(r.statement().id()).orElseThrow().withIncident(other));
            EventReviewRepository events = lib.eventReview();

            EventReviewFilter one = EventReviewFilter.ALL.withIncident(incident);
            assertThat(ids(events, one)).containsExactly(r.attack().id(), r.arrest().id());
            assertThat(events.count(one, "")).isEqualTo(2);
            assertThat(ids(events, EventReviewFilter.ALL.withIncident(other))).containsExactly(r.statement().id());
            assertThat(ids(events, one.withMissingRequiredOnly(true))).containsExactly(r.arrest().id());
            assertThat(events.rows(one, "", new EventReviewSort(EventReviewSort.Column.ARTICLE, true), null, 0, 10))
                    .extracting(row -> row.event().incidentId()).containsOnly(incident);
            assertThat(ids(events, EventReviewFilter.ALL.withIncident(other + 1000))).isEmpty();
            assertThat(events.rows(EventReviewFilter.ALL, "", EventReviewSort.LIBRARY, null, 0, 10))
                    .extracting(row -> row.event().incidentId()).containsExactly(incident, other, incident, 0L);
        }
    }

    private static List<Long> ids(EventReviewRepository events, EventReviewFilter filter) {
        return events.rows(filter, "", EventReviewSort.LIBRARY, null, 0, 100).stream().map(row -> row.event().id()).toList();
    }

    @Test
    void everyOrderListsEachEventOnceAndPagesForwardBackwardAndBySkipAlike() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            List<Event> made = EventLibraries.many(lib, 3, 60);
            // three incidents over every fifth event (ties on the incident, broken by id), the rest in none
            long[] incidents = {lib.events().newIncident(java.time.Instant.EPOCH), lib.events().newIncident(java.time.Instant.EPOCH),
                lib.events().newIncident(java.time.Instant.EPOCH)};
            for (int i = 0; i < made.size(); i += 5) {
                lib.events().put(lib.events().find(made.get(i).id()).orElseThrow().withIncident(incidents[i % 3]));
            }
            Set<Long> everyId = Set.copyOf(made.stream().map(Event::id).toList());
            EventReviewRepository events = lib.eventReview();
            EventReviewFilter article2 = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withArticles(List.of(made.get(25).articleId()))));
            for (EventReviewFilter filter : List.of(EventReviewFilter.ALL, article2)) {
                long count = events.count(filter, "");
                for (EventReviewSort.Column column : EventReviewSort.Column.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        EventReviewSort sort = new EventReviewSort(column, descending);
                        String what = column + (descending ? " descending" : "") + " over " + count;
                        List<EventReviewRow> whole = events.rows(filter, "", sort, null, 0, 1000);
                        assertThat(whole).as(what).hasSize((int) count);
                        assertThat(whole.stream().map(row -> row.event().id()).distinct().count()).as(what).isEqualTo(count);
                        if (filter == EventReviewFilter.ALL) {
                            assertThat(whole.stream().map(row -> row.event().id()).toList()).as(what)
                                    .containsExactlyInAnyOrderElementsOf(everyId);
                        }
                        assertThat(pagedForward(events, filter, sort, 7)).as(what).isEqualTo(whole);
                        assertThat(pagedBackward(events, filter, sort, 6)).as(what).isEqualTo(whole);
                        assertThat(events.rows(filter, "", sort, null, 10, 5)).as(what).isEqualTo(whole.subList(10, 15));
                        assertThat(events.rows(filter, "", sort, whole.get(3).key(), 4, 3)).as(what)
                                .isEqualTo(whole.subList(8, 11));
                    }
                }
            }
            List<EventReviewRow> byDate = events.rows(EventReviewFilter.ALL, "",
                    new EventReviewSort(EventReviewSort.Column.EVENT_DATE, false), null, 0, 1000);
            assertThat(byDate).extracting(row -> row.event().attributes().date())
                    .isSortedAccordingTo(Comparator.naturalOrder()).startsWith("", "").endsWith("2026-11-02");
            List<EventReviewRow> byIncident = events.rows(EventReviewFilter.ALL, "",
                    new EventReviewSort(EventReviewSort.Column.INCIDENT, false), null, 0, 1000);
            assertThat(byIncident).extracting(row -> row.event().incidentId()).isSortedAccordingTo(Comparator.naturalOrder())
                    .startsWith(0L).endsWith(java.util.Arrays.stream(incidents).max().orElseThrow());
            assertThat(byIncident.stream().filter(row -> row.event().incidentId() == incidents[1]).map(row -> row.event().id())
                    .toList()).as("one incident's events together, by id").isSorted().hasSize(4);
            assertThat(events.rows(EventReviewFilter.ALL, "", new EventReviewSort(EventReviewSort.Column.EVENT_ID, true),
                    null, 0, 1000)).extracting(row -> row.event().id()).isSortedAccordingTo(Comparator.reverseOrder())
                    .hasSize(made.size());
            List<EventReviewRow> byLabelDown = events.rows(EventReviewFilter.ALL, "",
                    new EventReviewSort(EventReviewSort.Column.LABEL, true), null, 0, 1000);
            assertThat(byLabelDown).extracting(row -> row.trigger().labelId())
                    .isSortedAccordingTo(Comparator.reverseOrder());
            EventReviewRow last = byDate.get(byDate.size() - 1);
            EventReviewFilter justOne = EventReviewFilter.ALL.withReview(ReviewFilter.ALL.withSpans(
                    SpanFilter.ALL.withArticles(List.of(last.trigger().articleId())).withAnnotators(
                            List.of(last.trigger().annotator())).withLabels(List.of(last.trigger().labelId()))));
            assertThat(events.rows(justOne, "", EventReviewSort.LIBRARY, null, 0, 100))
                    .allMatch(row -> row.trigger().articleId() == last.trigger().articleId()
                            && row.trigger().labelId().equals(last.trigger().labelId()));
        }
    }

    private static List<EventReviewRow> pagedForward(EventReviewRepository events, EventReviewFilter filter,
                                                     EventReviewSort sort, int page) {
        List<EventReviewRow> all = new ArrayList<>();
        RowKey after = null;
        while (true) {
            List<EventReviewRow> rows = events.rows(filter, "", sort, after, 0, page);
            all.addAll(rows);
            if (rows.size() < page) {
                return all;
            }
            after = rows.get(rows.size() - 1).key();
        }
    }

    private static List<EventReviewRow> pagedBackward(EventReviewRepository events, EventReviewFilter filter,
                                                      EventReviewSort sort, int page) {
        List<EventReviewRow> all = new ArrayList<>();
        RowKey before = null;
        while (true) {
            List<EventReviewRow> rows = events.rowsBefore(filter, "", sort, before, page);
            all.addAll(0, rows);
            if (rows.size() < page) {
                return all;
            }
            before = rows.get(0).key();
        }
    }
}
