package org.advisorydesk.portal;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.Attempt;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A government completes one of its tasks with the task's form; a bad value re-shows the request page. */
@Controller
class PortalTaskController {

    private final GovernmentPortal portal;
    private final TaskInbox inbox;

    PortalTaskController(GovernmentPortal portal, TaskInbox inbox) {
        this.portal = portal;
        this.inbox = inbox;
    }

    @PostMapping("/portal/tasks/{id}")
    ModelAndView complete(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes flash) {
        try {
            String reference = inbox.completeFromPage(user, id, params);
            flash.addFlashAttribute(PortalRequestController.CONFIRMED, "sent");
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
