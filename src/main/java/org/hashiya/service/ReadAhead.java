package org.hashiya.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Applies {@code work} to a list of items on a few threads while the caller consumes the
 * results in list order, so reading and decoding files overlaps with storing earlier ones. It
 * stays at most {@code maxAhead} items and {@code maxWeightAhead} (bytes) ahead of the caller,
 * so a folder of large files never fills the memory. With no threads, the work runs in
 * {@link #next()} on the caller's thread.
 */
final class ReadAhead<E, T> implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private record Task<T>(Future<T> future, long weight) {
    }

    private final List<E> items;
    private final Function<E, T> work;
    private final ToLongFunction<E> weight;
    private final int maxAhead;
    private final long maxWeightAhead;
    private final ExecutorService pool;
    private final Deque<Task<T>> ahead = new ArrayDeque<>();
    private int submitted;
    private int consumed;
    private long weightAhead;

    ReadAhead(List<E> items, Function<E, T> work, ToLongFunction<E> weight, int threads, int maxAhead,
              long maxWeightAhead) {
        this.items = items;
        this.work = work;
        this.weight = weight;
        this.maxAhead = maxAhead;
        this.maxWeightAhead = maxWeightAhead;
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        this.pool = threads <= 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hashiya-import-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true); // never keeps the program alive
            return t;
        });
    }

    /** The result for the next item in list order. */
    T next() {
        if (consumed >= items.size()) {
            throw new IllegalStateException("no more items");
        }
        if (pool == null) {
            return work.apply(items.get(consumed++));
        }
        fill();
        Task<T> task = ahead.removeFirst();
        consumed++;
        weightAhead -= task.weight();
        T result = await(task.future());
        fill();
        return result;
    }

    private void fill() {
        // the next item is always submitted, however heavy, or the caller would wait forever
        while (submitted < items.size() && (ahead.isEmpty()
                || (ahead.size() < maxAhead && weightAhead < maxWeightAhead))) {
            E item = items.get(submitted++);
            long w = weight.applyAsLong(item);
            weightAhead += w;
            ahead.addLast(new Task<>(pool.submit(() -> work.apply(item)), w));
        }
    }

    private static <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true; // finish this item; the caller decides about stopping
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Drops the work not consumed (reading has no side effects) and ends the threads. */
    @Override
    public void close() {
        if (pool != null) {
            for (Task<T> task : ahead) {
                task.future().cancel(true);
            }
            ahead.clear();
            pool.shutdownNow();
        }
    }
}
