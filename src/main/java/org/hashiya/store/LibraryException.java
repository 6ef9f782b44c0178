package org.hashiya.store;

/** A library could not be opened, read or written. The message is meant for the user. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
