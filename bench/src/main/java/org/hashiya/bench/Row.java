package org.hashiya.bench;

/**
 * One line of the report: what was measured at what size, how long it took (median and spread of
 * the measured runs), the throughput, the peak heap, and, where a feature issue sets one, the
 * target and whether it was met.
 */
public record Row(String what, int size, String sizeUnit, Timing.Stats stats, double work, String workUnit,
                  String target, Boolean met, String note) {

    /** Work units per second at the median time. */
    public double throughput() {
        return stats.median() == 0 ? 0 : work / stats.median();
    }

    public Row withTarget(String newTarget, boolean isMet) {
        return new Row(what, size, sizeUnit, stats, work, workUnit, newTarget, isMet, note);
    }

    /** The same row with no target to meet (a size of a series that is not the one the target names). */
    public Row withoutMet() {
        return new Row(what, size, sizeUnit, stats, work, workUnit, null, null, note);
    }

    public Row withNote(String newNote) {
        return new Row(what, size, sizeUnit, stats, work, workUnit, target, met, newNote);
    }
}
