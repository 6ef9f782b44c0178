package org.hashiya.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads on one thread while the caller writes on its own: an export's two halves (reading rows
 * from SQLite, formatting and encoding them), or an import's (parsing a file, storing it), then
 * run on both cores. At most {@code capacity}
 * items wait between them, so memory stays flat. An exception on either side stops both and
 * reaches the caller.
 */
public final class ReadingThread<T> {
    private static final Object END = new Object();

    private final int capacity;
    private final String name;

    /** {@code name} names the reading thread (seen in the log and a thread dump). */
    public ReadingThread(int capacity, String name) {
        this.capacity = capacity;
        this.name = name;
    }

    /** Feeds what {@code source} produces to {@code sink}, in order, until the source ends. */
    @SuppressWarnings("unchecked")
    public void run(Consumer<Consumer<T>> source, Consumer<T> sink) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        AtomicReference<Boolean> stopped = new AtomicReference<>(false);
        Thread reader = new Thread(() -> {
            try {
                source.accept(item -> {
                    if (stopped.get()) {
                        throw new CancellationException();
                    }
                    put(queue, item, stopped);
                });
            } catch (Throwable t) {
                if (!stopped.get()) {
                    readFailure.set(t);
                }
            } finally {
                if (!stopped.get()) {
                    put(queue, END, stopped);
                }
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    break;
                }
                sink.accept((T) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            stopped.set(true);
            queue.clear(); // frees a reader blocked on a full queue
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable failure = readFailure.get();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicReference<Boolean> stopped) {
        try {
            while (!queue.offer(item, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }
}
