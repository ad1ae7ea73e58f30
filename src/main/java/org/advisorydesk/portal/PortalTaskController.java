package org.advisorydesk.portal;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.portal.PortalViews.Attempt;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A government completes one of its tasks with the task's form; a bad value re-shows the request page. */
@Controller
class PortalTaskController {

    private final GovernmentPortal portal;

    PortalTaskController(GovernmentPortal portal) {
        this.portal = portal;
    }

    @PostMapping("/portal/tasks/{id}")
    ModelAndView complete(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params) {
        try {
            String reference = portal.completeTask(user, id, params);
            return new ModelAndView("redirect:/portal/requests/" + reference);
        } catch (InvalidInputException e) {
            String reference = portal.referenceOfTask(user, id);
            Attempt attempt = new Attempt(id, params, e.problems());
            ModelAndView page = new ModelAndView("portal/request", HttpStatus.BAD_REQUEST);
            page.addObject("page", portal.requestPage(user, reference, attempt));
            page.addObject("attempt", attempt);
            return page;
        }
    }
}
