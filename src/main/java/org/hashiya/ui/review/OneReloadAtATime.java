package org.hashiya.ui.review;

import javafx.beans.property.BooleanProperty;

/**
 * A review list's reloads, one at a time on the UI thread: a reload asked for while one runs
 * waits, and only the latest wish is kept. {@code busy} is true while one runs.
 */
final class OneReloadAtATime {
    private final BooleanProperty busy;
    private boolean loading;
    private Runnable pending;

    OneReloadAtATime(BooleanProperty busy) {
        this.busy = busy;
    }

    /** True when the reload may run now (it is then running); false when it waits, as {@code retry}, for the one running. */
    boolean start(Runnable retry) {
        if (loading) {
            pending = retry;
            return false;
        }
        loading = true;
        busy.set(true);
        return true;
    }

    /** The running reload is over (read or failed). */
    void finished() {
        loading = false;
        busy.set(false);
    }

    /** True when a reload waits to run. */
    boolean waiting() {
        return pending != null;
    }

    /** Runs the reload that waits, if one does. */
    void runWaiting() {
        Runnable next = pending;
        pending = null;
        if (next != null) {
            next.run();
        }
    }
}
