package org.advisorydesk.web;

/**
 * The thing exists but its state forbids the operation now (claimed by another, already closed, changed
 * by someone else at the same moment): 409. {@link #messageKey()} names the text a page shows (bundle
 * {@code conflicts}); the message is the API's English detail.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String message) {
        this("conflict.generic", message);
    }

    public ConflictException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
