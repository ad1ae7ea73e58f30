package org.advisorydesk.dashboard;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the dashboard's pages as workspace pages: a bad filter names its field, a refusal is a 403 page. */
@ControllerAdvice(assignableTypes = DashboardPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardPageAdvice extends PageErrorAdvice {

    DashboardPageAdvice() {
        super("work/error");
    }
}
