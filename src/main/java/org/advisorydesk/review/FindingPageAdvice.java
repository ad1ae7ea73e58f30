package org.advisorydesk.review;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Errors of the findings page as staff workspace pages: a request the user may not see, or without a
 * legislative review, is "not found".
 */
@ControllerAdvice(assignableTypes = FindingPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FindingPageAdvice extends PageErrorAdvice {

    FindingPageAdvice() {
        super("work/error");
    }
}
