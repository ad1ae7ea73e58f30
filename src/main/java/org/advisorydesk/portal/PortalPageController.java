package org.advisorydesk.portal;

import org.advisorydesk.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The government portal's home (the State's requests) and the State's treaty status. */
@Controller
class PortalPageController {

    private final GovernmentPortal portal;

    PortalPageController(GovernmentPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/portal")
    String home(CurrentUser user, Model model, @RequestParam(defaultValue = "0") int page) {
        PortalViews.HomePage home = portal.home(user, page);
        model.addAttribute("state", user.state().orElseThrow());
        model.addAttribute("result", home.result());
        model.addAttribute("rows", home.rows());
        return "portal/home";
    }

    @GetMapping("/portal/treaty")
    String treaty(CurrentUser user, Model model) {
        model.addAttribute("stateView", portal.treatyStatus(user));
        return "portal/treaty";
    }
}
