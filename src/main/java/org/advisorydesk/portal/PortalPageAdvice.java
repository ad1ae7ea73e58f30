package org.advisorydesk.portal;

import org.advisorydesk.web.PageErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Errors of the portal's pages as portal pages: another State's request is "not found". */
@ControllerAdvice(assignableTypes = { PortalPageController.class, PortalRequestController.class,
        PortalTaskController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPageAdvice extends PageErrorAdvice {

    PortalPageAdvice() {
        super("portal/error");
    }
}
