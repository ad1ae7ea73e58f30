package org.advisorydesk.treaty;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the public status page, on a page that needs no sign-in. */
@ControllerAdvice(assignableTypes = StatusPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatusPageAdvice extends PageErrorAdvice {

    StatusPageAdvice() {
        super("treaty/status-error");
    }
}
