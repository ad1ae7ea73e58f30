package org.advisorydesk.treaty;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the register's staff pages as workspace pages: an unknown State is "not found", a bad filter names it. */
@ControllerAdvice(assignableTypes = { TreatyPageController.class, TreatyImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TreatyPageAdvice extends PageErrorAdvice {

    TreatyPageAdvice() {
        super("work/error");
    }
}
