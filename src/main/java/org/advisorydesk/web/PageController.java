package org.advisorydesk.web;

import org.advisorydesk.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page every signed-in user lands on. */
@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Governments go to their portal and staff to their workspace; anyone else sees their groups. */
    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        if (user.isGovernment()) {
            return "redirect:/portal";
        }
        if (user.isStaff()) {
            return "redirect:/work";
        }
        model.addAttribute("userId", authentication.getName());
        model.addAttribute("groups", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
        model.addAttribute("administrator", authentication.getAuthorities().stream()
                .anyMatch(a -> "camunda-admin".equals(a.getAuthority())));
        return "home";
    }
}
