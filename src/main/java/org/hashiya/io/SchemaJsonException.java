package org.hashiya.io;

/** A schema JSON file could not be read or is not a valid schema. The message names the file and the problem. */
public class SchemaJsonException extends RuntimeException {
    public SchemaJsonException(String message) {
        super(message);
    }

    public SchemaJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
