package org.hashiya.ui.reader;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts JavaFX for callers that run outside a JavaFX application (the {@code render} command):
 * on Monocle's headless platform with software rendering when there is no display, so rendering
 * works on servers and in CI.
 */
final class FxToolkit {
    private static boolean started;

    private FxToolkit() {
    }

    static synchronized void ensureStarted() throws InterruptedException {
        if (started) {
            return;
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            // must be set before the toolkit starts; Monocle comes with openjfx-monocle
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", "1600x1200-32");
        }
        org.hashiya.ui.Rendering.prepare();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // started by the application or a test harness: use it as it is
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs the task on the JavaFX thread and waits for its result. */
    static <T> T call(Supplier<T> task, long timeoutSeconds) throws InterruptedException, ExecutionException, TimeoutException {
        if (Platform.isFxApplicationThread()) {
            return task.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
