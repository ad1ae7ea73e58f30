package org.advisorydesk.request;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.advisorydesk.web.FieldProblem;

/**
 * The body of a comment on a request or a task. A staff comment stays among staff unless
 * {@code toGovernment} addresses it to the requesting government; a government's comment is always read
 * by the agencies.
 */
public record NewComment(@NotBlank @Size(max = MAX_LENGTH) String text, Boolean toGovernment) {

    public static final int MAX_LENGTH = 4000;

    /** What is wrong with a comment a page sent as its field {@code text}, if anything (the API's rules). */
    public static Optional<FieldProblem> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new FieldProblem("text", "is required"));
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of(new FieldProblem("text", "must be at most " + MAX_LENGTH + " characters"));
        }
        return Optional.empty();
    }
}
