package org.advisorydesk.dashboard;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the alerts page as staff workspace pages: a user who may not see or change alerts gets 403. */
@ControllerAdvice(assignableTypes = AlertPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertPageAdvice extends PageErrorAdvice {

    AlertPageAdvice() {
        super("work/error");
    }
}
