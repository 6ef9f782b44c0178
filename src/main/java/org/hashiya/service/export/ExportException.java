package org.hashiya.service.export;

/** An export could not be done; the message is meant for the user and names the file. */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
