package org.advisorydesk.web;

import org.advisorydesk.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the start page every signed-in user lands on. */
@Controller
class PageController {

    /** The sign-in page; {@code wait} (seconds) when the last attempts failed too often from here. */
    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        if (wait != null) {
            // what the guard redirected with; anything else a reader typed reads as a minute
            model.addAttribute("waitSeconds", wait.matches("[0-9]{1,6}") ? Long.parseLong(wait) : 60L);
        }
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
