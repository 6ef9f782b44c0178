package org.hashiya.io;

/**
 * A file that cannot become an article. The message is a one-line reason meant for the user,
 * without the file name (the caller knows which file it asked for and names it).
 */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
