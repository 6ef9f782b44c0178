package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.EventLibraries;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.review.EventReviewService;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events mode's state without a window: reads only when shown, follows the span filters, sorts, opens. */
class EventReviewViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private EventLibraries.Reports reports;
    private EventReviewViewModel model;
    private final List<EventReviewRow> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        reports = EventLibraries.reports(library);
        model = new EventReviewViewModel(Runnable::run, Runnable::run);
        model.setOpener(opened::add);
        model.setService(new EventReviewService(library, new ReviewService(library, "هدى")));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<Long> shownIds() {
        PagedRows<EventReviewRow> rows = model.rowsProperty().get();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ids.add(rows.get(i).row().event().id());
        }
        return ids;
    }

    @Test
    void readsOnlyWhileShownAndThenFollowsTheSpanTablesFiltersFreeTextReachingFillers() {
        assertThat(model.rowsProperty().get()).as("hidden: nothing read").isNull();
        model.setReviewFilter(ReviewFilter.ALL.withSpans(SpanFilter.ALL.withAnnotators(List.of("omar"))));
        assertThat(model.rowsProperty().get()).isNull();

        model.setActive(true);
        assertThat(shownIds()).containsExactly(reports.meeting().id());
        assertThat(model.countProperty().get()).isEqualTo(1);

        // «الحديدة» is in no trigger: the attack lists because its Place is «مدينة الحديدة»
        model.setReviewFilter(ReviewFilter.ALL.withText("الحديدة"));
        assertThat(shownIds()).containsExactly(reports.attack().id());
        // and the Arabic way: without «ال», with a clitic-free form of the trigger «وقال»
        model.setReviewFilter(ReviewFilter.ALL.withText("قال"));
        assertThat(shownIds()).contains(reports.statement().id());

        model.setReviewFilter(ReviewFilter.ALL);
        model.setMissingRequiredOnly(true);
        assertThat(shownIds()).containsExactly(reports.arrest().id(), reports.meeting().id());
        assertThat(model.rowsProperty().get().get(1).row().missingRoles()).containsExactly("Participant");

        model.setActive(false);
        PagedRows<EventReviewRow> before = model.rowsProperty().get();
        model.setMissingRequiredOnly(false);
        assertThat(model.rowsProperty().get()).as("hidden again: not read").isSameAs(before);
        model.setActive(true);
        assertThat(model.countProperty().get()).isEqualTo(4);
    }

    @Test
    void sortsByTheEventsOwnDateAndOpensTheRowAsked() {
        model.setActive(true);
        model.setSort(new EventReviewSort(EventReviewSort.Column.EVENT_DATE, true));
        assertThat(shownIds()).startsWith(reports.attack().id(), reports.arrest().id()); // 2026-11-19, then 2026-11
        EventReviewRow attack = model.rowsProperty().get().get(0).row();
        assertThat(EventReviewViewModel.rolesText(attack))
                .isEqualTo("Attacker: طائرات التحالف الدولي · Target: جماعة الحوثي · Place: مدينة الحديدة");

        assertThat(model.open(1)).isTrue();
        assertThat(model.open(99)).isFalse();
        assertThat(opened).extracting(r -> r.event().id()).containsExactly(reports.arrest().id());
        assertThat(opened.get(0).trigger().text()).isEqualTo("اعتقلت");
    }

    @Test
    void anEventsIncidentListsItsMembersUnderTheSameFiltersUntilShownAllAgain() {
        long incident = library.events().newIncident(java.time.Instant.EPOCH);
        library.events().put(reports.attack().withIncident(incident));
        library.events().put(library.events().find(reports.meeting().id()).orElseThrow().withIncident(incident));
        model.setActive(true);
        model.setSort(new EventReviewSort(EventReviewSort.Column.INCIDENT, true));
        // incidents down, then event ids down: the meeting (4), the attack (1), then those in none
        assertThat(shownIds()).startsWith(reports.meeting().id(), reports.attack().id()).hasSize(4);
        assertThat(model.rowsProperty().get().get(2).row().event().incidentId()).isZero();

        assertThat(model.showIncidentOf(2)).as("an event in no incident").isFalse();
        assertThat(model.filterProperty().get().incident()).isZero();
        assertThat(model.showIncidentOf(1)).isTrue();
        assertThat(model.filterProperty().get().incident()).isEqualTo(incident);
        assertThat(shownIds()).containsExactly(reports.meeting().id(), reports.attack().id());
        assertThat(model.countProperty().get()).isEqualTo(2);
        // the span table's filters still apply: omar made only the meeting's trigger
        model.setReviewFilter(ReviewFilter.ALL.withSpans(SpanFilter.ALL.withAnnotators(List.of("omar"))));
        assertThat(shownIds()).containsExactly(reports.meeting().id());

        model.setReviewFilter(ReviewFilter.ALL);
        model.setSort(new EventReviewSort(EventReviewSort.Column.EVENT_ID, false));
        model.showIncident(0);
        assertThat(shownIds()).containsExactly(reports.attack().id(), reports.statement().id(), reports.arrest().id(),
                reports.meeting().id());

        model.showIncident(incident);
        model.setService(new EventReviewService(library, new ReviewService(library, "هدى")));
        assertThat(model.filterProperty().get().incident()).as("another library: its own incident numbers").isZero();
    }
}
