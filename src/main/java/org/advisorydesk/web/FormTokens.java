package org.advisorydesk.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A fresh one-time token for every page, carried by its forms as the hidden field {@code formToken}:
 * a double click or a form sent again carries the same token, and {@link IdempotentPosts} answers it
 * once (one request, one comment, one completion).
 */
@ControllerAdvice
class FormTokens {

    @ModelAttribute(IdempotentPosts.FORM_TOKEN)
    String formToken() {
        return UUID.randomUUID().toString();
    }
}
