package org.advisorydesk.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of a comment on a request or a task. */
public record NewComment(@NotBlank @Size(max = 4000) String text) {
}
