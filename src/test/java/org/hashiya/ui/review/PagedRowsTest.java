package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.RowKey;
import org.junit.jupiter.api.Test;

/** Paged rows over a source of numbered rows: every place gets its own row, whichever way it is reached. */
class PagedRowsTest {
    /** Rows 0..n-1 whose key is their number; counts the queries. */
    static final class Numbers implements PagedRows.Source<Integer> {
        final int n;
        final List<String> queries = new ArrayList<>();

        Numbers(int n) {
            this.n = n;
        }

        @Override
        public List<Integer> rows(RowKey after, long skip, int limit) {
            int from = (after == null ? 0 : (Integer) after.values().get(0) + 1) + (int) skip;
            queries.add("after " + (after == null ? "-" : after.values().get(0)) + " skip " + skip);
            List<Integer> rows = new ArrayList<>();
            for (int i = from; i < n && rows.size() < limit; i++) {
                rows.add(i);
            }
            return rows;
        }

        @Override
        public List<Integer> rowsBefore(RowKey before, int limit) {
            int to = before == null ? n : (Integer) before.values().get(0);
            queries.add("before " + (before == null ? "-" : before.values().get(0)));
            List<Integer> rows = new ArrayList<>();
            for (int i = Math.max(0, to - limit); i < to; i++) {
                rows.add(i);
            }
            return rows;
        }
    }

    private static PagedRows<Integer> rows(Numbers source, List<Integer> first) {
        return new PagedRows<>(source, i -> new RowKey(List.of(i)), source.n, first, Runnable::run, Runnable::run,
                e -> { throw e; });
    }

    @Test
    void theFirstRowsShowAtOnceTheEndIsReadBackwardsAndAJumpSkipsFromTheNearestPlaceReached() {
        Numbers source = new Numbers(10_000);
        PagedRows<Integer> rows = rows(source, source.rows(null, 0, PagedRows.PAGE * 2));
        source.queries.clear();
        assertThat(rows.get(5).row()).isEqualTo(5);
        assertThat(rows.get(PagedRows.PAGE * 2 - 1).row()).isEqualTo(PagedRows.PAGE * 2 - 1);
        assertThat(source.queries).as("first two pages were handed in").isEmpty();

        assertThat(rows.get(9_999).row()).isEqualTo(9_999);
        assertThat(source.queries).containsExactly("before -");
        assertThat(rows.get(PagedRows.PAGE * 2).row()).as("next page after a page held").isEqualTo(PagedRows.PAGE * 2);
        assertThat(source.queries.get(1)).isEqualTo("after " + (PagedRows.PAGE * 2 - 1) + " skip 0");
        assertThat(rows.get(5_000).row()).isEqualTo(5_000);
        assertThat(source.queries.get(2)).startsWith("after " + (PagedRows.PAGE * 3 - 1) + " skip ");
        for (int i = 9_999; i >= 9_000; i -= 37) {
            assertThat(rows.get(i).row()).isEqualTo(i);
        }
        assertThat(rows.isSettled()).isTrue();
    }

    @Test
    void atMostKeptPagesAreHeldWhateverWasVisited() {
        Numbers source = new Numbers(100_000);
        PagedRows<Integer> rows = rows(source, List.of());
        for (int i = 0; i < 100_000; i += PagedRows.PAGE) {
            assertThat(rows.get(i).row()).isEqualTo(i);
        }
        int before = source.queries.size();
        rows.get(0);
        assertThat(source.queries).as("the first page was forgotten and read again").hasSize(before + 1);
        assertThat(rows.get(PagedRows.PAGE * 3 + 1).row()).isEqualTo(PagedRows.PAGE * 3 + 1);
    }
}
