package org.hashiya.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** For UI tests: run a piece of code on the JavaFX thread and wait for its result. */
public final class FxThread {
    private FxThread() {
    }

    public static <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (at most 20 s) until {@code condition}, checked on the JavaFX thread, holds; then for pending events. */
    public static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::get));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
