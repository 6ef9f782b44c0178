package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.KeywordInContext;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.Span;
import org.junit.jupiter.api.Test;

/**
 * The paged list over a source of 100,000 rows (made up on request, as a library would read
 * them): which queries it makes while scrolling, jumping and coming back, and how few rows it holds.
 */
class ReviewRowsTest {
    static final int SIZE = 100_000;

    /** Rows 0..SIZE-1 whose key is their number; counts the queries and the rows handed out. */
    static final class CountingSource implements ReviewRows.Source {
        final List<String> queries = new ArrayList<>();
        long rowsRead;

        static ReviewRow row(int i) {
            Span span = new Span(i + 1, 1, "PERSON", 0, 1, "س" + i, "a", Instant.EPOCH, Instant.EPOCH, "");
            return new ReviewRow(span, "t", ArticleStatus.NEW, KeywordInContext.NONE, false, new RowKey(List.of(i)));
        }

        @Override
        public List<ReviewRow> rows(RowKey after, long skip, int limit) {
            int from = (after == null ? 0 : (Integer) after.values().get(0) + 1) + (int) skip;
            queries.add("after " + (after == null ? "-" : after.values().get(0)) + " skip " + skip);
            return range(from, Math.min(SIZE, from + limit));
        }

        @Override
        public List<ReviewRow> rowsBefore(RowKey before, int limit) {
            int to = before == null ? SIZE : (Integer) before.values().get(0);
            queries.add("before " + (before == null ? "end" : before.values().get(0)));
            return range(Math.max(0, to - limit), to);
        }

        private List<ReviewRow> range(int from, int to) {
            List<ReviewRow> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                rows.add(row(i));
            }
            rowsRead += rows.size();
            return rows;
        }
    }

    private final CountingSource source = new CountingSource();

    private ReviewRows direct() {
        return new ReviewRows(source, SIZE, source.rows(null, 0, 128), Runnable::run, Runnable::run, e -> {
            throw e;
        });
    }

    private static int number(ReviewRows rows, int index) {
        return (Integer) rows.get(index).row().key().values().get(0);
    }

    @Test
    void theFirstScreenComesWithTheListAndScrollingReadsEachBlockOnceFromItsNeighbour() {
        ReviewRows rows = direct();
        source.queries.clear();
        assertThat(number(rows, 0)).isZero();
        assertThat(number(rows, 127)).isEqualTo(127);
        assertThat(source.queries).as("the first two blocks came with the list").isEmpty();
        for (int i = 0; i < 2000; i++) {
            assertThat(number(rows, i)).isEqualTo(i);
        }
        assertThat(source.queries).hasSize(2000 / ReviewRows.BLOCK - 2 + 1)
                .allMatch(q -> q.endsWith("skip 0"), "each block continues after the last key of the one before");
    }

    @Test
    void jumpingToTheEndReadsBackwardsFromItAndScrollingUpContinuesBeforeTheFirstKey() {
        ReviewRows rows = direct();
        source.queries.clear();
        assertThat(number(rows, SIZE - 1)).isEqualTo(SIZE - 1);
        assertThat(source.queries).containsExactly("before end");
        assertThat(number(rows, SIZE - ReviewRows.BLOCK - 1)).isEqualTo(SIZE - ReviewRows.BLOCK - 1);
        assertThat(source.queries).last().asString().startsWith("before ");
    }

    @Test
    void aJumpIntoTheMiddleSkipsFromTheNearestPlaceAlreadyReached() {
        ReviewRows rows = direct();
        source.queries.clear();
        assertThat(number(rows, 50_000)).isEqualTo(50_000);
        assertThat(source.queries).containsExactly("after 127 skip " + (50_000 / ReviewRows.BLOCK * ReviewRows.BLOCK - 128));
        assertThat(number(rows, 60_000)).isEqualTo(60_000);
        assertThat(source.queries.get(1)).startsWith("after " + (50_000 / ReviewRows.BLOCK * ReviewRows.BLOCK
                + ReviewRows.BLOCK - 1) + " skip ");
    }

    @Test
    void onlyTheBlocksAskedForLatelyAreHeldWhateverTheSize() {
        ReviewRows rows = direct();
        List<ReviewItem> held = new ArrayList<>();
        for (int i = 0; i < SIZE; i += 7) {
            held.add(rows.get(i)); // what a table that scrolled through everything would have touched
        }
        assertThat(source.rowsRead).isLessThanOrEqualTo(SIZE + 128L);
        // the list holds at most CACHED_BLOCKS blocks of rows; the rest is forgotten and read again if asked
        long queriesBefore = source.queries.size();
        assertThat(number(rows, 0)).isZero();
        assertThat(source.queries.size()).as("block 0 was forgotten and read again").isEqualTo(queriesBefore + 1);
        assertThat(number(rows, SIZE - 1)).isEqualTo(SIZE - 1);
        assertThat(source.queries.size()).as("the last block is still held").isEqualTo(queriesBefore + 1);
    }

    @Test
    void readsRunInTheBackgroundOneAtATimeNewestFirstAndPlacesFillInWhenTheyCome() {
        Deque<Runnable> background = new ArrayDeque<>();
        ReviewRows rows = new ReviewRows(source, SIZE, List.of(), background::add, Runnable::run, e -> {
            throw e;
        });
        ReviewItem a = rows.get(10_000);
        ReviewItem b = rows.get(20_000);
        ReviewItem c = rows.get(30_000);
        assertThat(a.row()).isNull();
        assertThat(background).as("one read at a time").hasSize(1);
        background.poll().run(); // block of 10,000: asked first, already running
        assertThat(a.row()).isNotNull();
        background.poll().run(); // then the newest wish: 30,000
        assertThat(c.row()).isNotNull();
        assertThat(b.row()).isNull();
        background.poll().run();
        assertThat(b.row().key().values()).containsExactly(20_000);
        assertThat(rows.isSettled()).isTrue();
    }

    @Test
    void aKeyIsFoundForAnyPlaceEvenOneNeverShown() {
        ReviewRows rows = direct();
        assertThat(rows.keyAt(5).values()).containsExactly(5);
        assertThat(rows.keyAt(77_777).values()).containsExactly(77_777);
        assertThat(rows.keyAt(SIZE)).isNull();
    }

    @Test
    void aRowShownInTheSecondHalfOfItsBlockHasTheNextBlockReadAheadAfterWhatIsWanted() {
        Deque<Runnable> background = new ArrayDeque<>();
        ReviewRows rows = new ReviewRows(source, SIZE, source.rows(null, 0, 128), background::add, Runnable::run, e -> {
            throw e;
        });
        source.queries.clear();
        rows.readAhead(ReviewRows.BLOCK + 10); // first half of block 1: block 0 is held, nothing to read
        rows.readAhead(ReviewRows.BLOCK + ReviewRows.AHEAD - 1);
        assertThat(background).isEmpty();
        rows.readAhead(2 * ReviewRows.BLOCK - ReviewRows.AHEAD); // second half of block 1: block 2 is read ahead
        assertThat(background).hasSize(1);
        rows.readAhead(2 * ReviewRows.BLOCK - 1);
        ReviewItem far = rows.get(50_000); // wanted while the read ahead runs: goes first after it
        background.poll().run();
        assertThat(source.queries).containsExactly("after 127 skip 0");
        assertThat(rows.rowAt(2 * ReviewRows.BLOCK).key().values()).containsExactly(2 * ReviewRows.BLOCK);
        assertThat(far.row()).isNull();
        background.poll().run();
        assertThat(far.row()).isNotNull();
        assertThat(background).as("nothing read twice").isEmpty();
        assertThat(rows.isSettled()).isTrue();
    }

    @Test
    void aRowShownInTheFirstHalfOfItsBlockHasTheBlockBeforeReadAheadAndNothingPastTheEnds() {
        ReviewRows rows = direct();
        assertThat(number(rows, SIZE - 1)).isEqualTo(SIZE - 1); // the last block, 32 rows from 99,968
        source.queries.clear();
        rows.readAhead(SIZE - 1);
        assertThat(source.queries).containsExactly("before 99968");
        rows.readAhead(SIZE - 1);
        rows.readAhead(3); // before the first block there is nothing
        rows.readAhead(-1);
        rows.readAhead(SIZE);
        assertThat(source.queries).hasSize(1);

        ReviewRows small = new ReviewRows(source, 100, source.rows(null, 0, 100), Runnable::run, Runnable::run, e -> {
            throw e;
        });
        source.queries.clear();
        small.readAhead(99); // the second half of the last block: no block after it
        assertThat(source.queries).isEmpty();
    }
}
