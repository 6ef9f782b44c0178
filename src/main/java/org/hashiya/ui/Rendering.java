package org.hashiya.ui;

/**
 * How JavaFX paints the window, set before its toolkit starts (the workbench, the {@code render}
 * command, the benchmarks).
 *
 * <p>Region caching off: by default JavaFX paints a region with more than one background fill
 * (each table row is two: its bottom line and its colour; the table, its headers and the buttons
 * too) into a small image once and then copies that image, stretched in nine slices, to the
 * region's size at every paint. On a graphics card that copy is cheap; in software rendering,
 * which this machine and many without a usable driver get, it is the slowest way there is: in the
 * review table it was about 85% of the renderer's time per screen (JFR native samples in
 * {@code PiscesRenderer.drawImage} under {@code NGRegion.renderBackgroundRectangleFromCache}),
 * where filling the same rectangles directly is a plain fill. The picture is the same (screenshots
 * of the review view under Xvfb with caching on and off differ by at most 2/255 on some control edges).
 */
public final class Rendering {
    /** JavaFX's own switch (Prism reads it once, when the toolkit starts). */
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";

    private Rendering() {
    }

    /** Sets what is not set already (a {@code -D} given on the command line wins). */
    public static void prepare() {
        if (System.getProperty(REGION_CACHING_OFF) == null) {
            System.setProperty(REGION_CACHING_OFF, "true");
        }
    }
}
