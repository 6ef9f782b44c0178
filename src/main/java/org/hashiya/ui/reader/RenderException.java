package org.hashiya.ui.reader;

/** Rendering an article to an image failed; the message says why in one line. */
public final class RenderException extends Exception {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
