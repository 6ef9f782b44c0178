package org.hashiya.ui.review;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Cuts one line of text to a width with an ellipsis where it is cut, as a JavaFX label would,
 * but measuring the text a handful of times. JavaFX's own cut measures it once per character kept
 * whenever the line is right to left or mixed (Arabic with a digit or a full stop) and always when
 * it cuts at the start: some thirty text layouts for each cut cell, most of a screen's redraw in the
 * review table. Here a guess from the average character width and a search around it find the same
 * cut; the label is then given text that fits, so its skin has nothing left to cut.
 *
 * <p>Use on the UI thread.
 */
final class LineFit {
    static final String ELLIPSIS = "…";
    /** As JavaFX compares a text's width with the room it has. */
    private static final double SLACK = 0.001;
    private static final Text MEASURE = new Text();

    private LineFit() {
    }

    /** The width of {@code text} on one line in {@code font}, as a label measures it. */
    static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * {@code text} as shown in {@code room} pixels: whole when it fits, else as much of it as fits
     * with {@link #ELLIPSIS} in place of the rest, cut at its end ({@code cutEnd}) or at its start.
     */
    static String fit(String text, Font font, double room, boolean cutEnd) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        double whole = width(text, font);
        if (whole - room < SLACK) {
            return text;
        }
        double ellipsis = width(ELLIPSIS, font);
        if (room < ellipsis) {
            return "";
        }
        double left = room - ellipsis;
        int n = text.length();
        // kept(lo) fits, kept(hi) does not: start from a guess by the average width and widen by doubling steps
        int guess = Math.max(0, Math.min(n - 1, (int) (n * left / whole)));
        int lo;
        int hi;
        if (fits(text, guess, cutEnd, font, left)) {
            lo = guess;
            int step = 1;
            while (lo + step < n && fits(text, lo + step, cutEnd, font, left)) {
                lo += step;
                step *= 2;
            }
            hi = Math.min(n, lo + step);
        } else {
            hi = guess;
            int step = 1;
            while (hi - step > 0 && !fits(text, hi - step, cutEnd, font, left)) {
                hi -= step;
                step *= 2;
            }
            lo = Math.max(0, hi - step);
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (fits(text, mid, cutEnd, font, left)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // the cut letter may change its shape next to the ellipsis: check the line as it will be shown
        String shown = shown(text, lo, cutEnd);
        while (lo > 0 && width(shown, font) - room >= SLACK) {
            shown = shown(text, --lo, cutEnd);
        }
        return shown;
    }

    /**
     * One control's cut text, remembered: cut again only when the text, the font or the room
     * changed (a control is laid out far more often than it is given new text).
     */
    static final class Cut {
        private final boolean cutEnd;
        private String text;
        private Font font;
        private double room = -1;
        private String shown;

        /** @param cutEnd cut at the text's end (else at its start) */
        Cut(boolean cutEnd) {
            this.cutEnd = cutEnd;
        }

        /** {@code text} as shown in {@code room} pixels in {@code font} (see {@link LineFit#fit}). */
        String shown(String text, Font font, double room) {
            double r = Math.max(0, room);
            if (!text.equals(this.text) || !font.equals(this.font) || r != this.room) {
                this.shown = fit(text, font, r, cutEnd);
                this.text = text;
                this.font = font;
                this.room = r;
            }
            return shown;
        }
    }

    private static boolean fits(String text, int kept, boolean cutEnd, Font font, double left) {
        return width(kept(text, kept, cutEnd), font) - left < SLACK;
    }

    private static String shown(String text, int kept, boolean cutEnd) {
        String part = kept(text, kept, cutEnd);
        return cutEnd ? part + ELLIPSIS : ELLIPSIS + part;
    }

    /** {@code kept} characters from the start (or the end) of {@code text}, never half a surrogate pair. */
    static String kept(String text, int kept, boolean cutEnd) {
        int n = text.length();
        if (cutEnd) {
            int end = kept;
            if (end > 0 && end < n && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            return text.substring(0, end);
        }
        int start = n - kept;
        if (start > 0 && start < n && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }
}
