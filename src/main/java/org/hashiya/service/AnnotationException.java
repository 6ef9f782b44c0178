package org.hashiya.service;

/** An annotation request that cannot be carried out as asked; the message is meant for the user. */
public class AnnotationException extends RuntimeException {
    public AnnotationException(String message) {
        super(message);
    }
}
