package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void handsBackResultsInListOrder() {
        List<Integer> results = new ArrayList<>();
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(ITEMS, i -> {
            sleepMicros((200 - i) * 20L); // later items finish sooner
            return i * 10;
        }, i -> 1, 3, 16, 1_000)) {
            for (int i = 0; i < ITEMS.size(); i++) {
                results.add(ahead.next());
            }
        }
        assertThat(results).isEqualTo(ITEMS.stream().map(i -> i * 10).toList());
    }

    @Test
    void neverRunsMoreThanTheLimitAheadOfTheConsumer() {
        AtomicInteger started = new AtomicInteger();
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(ITEMS, i -> started.incrementAndGet(),
                i -> 1, 2, 8, 1_000)) {
            for (int consumed = 1; consumed <= 50; consumed++) {
                ahead.next();
                assertThat(started.get()).isLessThanOrEqualTo(consumed + 8);
            }
        }
    }

    @Test
    void alsoStopsAtTheWeightLimitButAlwaysTakesTheNextItem() {
        AtomicInteger started = new AtomicInteger();
        try (ReadAhead<Integer, Integer> ahead = new ReadAhead<>(ITEMS, i -> started.incrementAndGet(),
                i -> 100, 2, 50, 250)) {
            for (int consumed = 1; consumed <= 20; consumed++) {
                ahead.next();
                assertThat(started.get()).isLessThanOrEqualTo(consumed + 3);
            }
        }
    }

    @Test
    void withoutThreadsWorksOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        try (ReadAhead<Integer, Thread> ahead = new ReadAhead<>(ITEMS, i -> Thread.currentThread(), i -> 1, 0, 8, 100)) {
            assertThat(ahead.next()).isSameAs(caller);
        }
    }

    private static void sleepMicros(long micros) {
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
