package org.hashiya.ui.reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/** The bundled Noto Naskh Arabic, loaded once so every machine renders alike. */
final class ReaderFont {
    static final double BASE_SIZE = 20;
    private static final String RESOURCE = "/assets/fonts/NotoNaskhArabic-Regular.ttf";
    private static String family;

    private ReaderFont() {
    }

    static synchronized String family() {
        if (family == null) {
            try (InputStream in = ReaderFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + RESOURCE + " is missing from the classpath");
                }
                Font font = Font.loadFont(in, BASE_SIZE);
                if (font == null) {
                    throw new IllegalStateException("font " + RESOURCE + " could not be loaded");
                }
                family = font.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + RESOURCE + " could not be read", e);
            }
        }
        return family;
    }

    static Font atScale(double scale) {
        return Font.font(family(), BASE_SIZE * scale);
    }
}
