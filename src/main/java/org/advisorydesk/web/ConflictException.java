package org.advisorydesk.web;

/** The thing exists but its state forbids the operation now (claimed by another, already closed): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
