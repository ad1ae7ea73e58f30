package org.advisorydesk.web;

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

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("userId", authentication.getName());
        model.addAttribute("groups", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
        model.addAttribute("administrator", authentication.getAuthorities().stream()
                .anyMatch(a -> "camunda-admin".equals(a.getAuthority())));
        return "home";
    }
}
