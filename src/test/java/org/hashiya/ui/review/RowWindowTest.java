package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.RowKey;
import org.junit.jupiter.api.Test;

class RowWindowTest {
    private final List<Long> skips = new ArrayList<>();

    private ReviewRows rows(int size) {
        ReviewRows.Source source = new ReviewRows.Source() {
            @Override
            public List<ReviewRow> rows(RowKey after, long skip, int limit) {
                skips.add(skip);
                return List.of();
            }

            @Override
            public List<ReviewRow> rowsBefore(RowKey before, int limit) {
                return List.of();
            }
        };
        return new ReviewRows(source, size, List.of(), Runnable::run, Runnable::run, e -> { });
    }

    @Test
    void aWindowAroundAPlaceIsCentredThereAsFarAsTheEndsAllow() {
        ReviewRows all = rows(1_000);
        assertThat(RowWindow.around(all, 500, 100).offset()).isEqualTo(450);
        assertThat(RowWindow.around(all, 10, 100).offset()).isZero();
        assertThat(RowWindow.around(all, 990, 100).offset()).isEqualTo(900);
        assertThat(RowWindow.around(all, 990, 100).size()).isEqualTo(100);
        assertThat(RowWindow.around(rows(30), 20, 100).size()).isEqualTo(30);
        assertThatThrownBy(() -> new RowWindow(all, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void placesAndTheTablesIndicesTurnIntoEachOther() {
        RowWindow window = new RowWindow(rows(1_000), 450, 100);
        assertThat(window.absolute(0)).isEqualTo(450);
        assertThat(window.absolute(99)).isEqualTo(549);
        assertThat(window.absolute(-1)).isEqualTo(-1);
        assertThat(window.relative(450)).isZero();
        assertThat(window.relative(549)).isEqualTo(99);
        assertThat(window.relative(550)).isEqualTo(-1);
        assertThat(window.relative(449)).isEqualTo(-1);
        assertThat(window.get(5).index()).as("the item is the whole list's, at its place").isEqualTo(455);
        assertThatThrownBy(() -> window.get(100)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(skips).as("the place's rows were read from their place in the list").contains(448L);
    }

    @Test
    void aPlaceIsHeldWellAwayFromAnEdgeThatIsNotAnEndOfTheList() {
        RowWindow middle = new RowWindow(rows(1_000), 450, 100);
        assertThat(middle.holdsWell(475, 25)).isTrue();
        assertThat(middle.holdsWell(474, 25)).isFalse();
        assertThat(middle.holdsWell(524, 25)).isTrue();
        assertThat(middle.holdsWell(525, 25)).isFalse();
        RowWindow first = new RowWindow(rows(1_000), 0, 100);
        assertThat(first.holdsWell(0, 25)).as("the list's own start is no edge to leave").isTrue();
        assertThat(first.holdsWell(80, 25)).isFalse();
        RowWindow last = new RowWindow(rows(1_000), 900, 100);
        assertThat(last.holdsWell(999, 25)).isTrue();
        assertThat(last.holdsWell(910, 25)).isFalse();
    }
}
